import ClaimLintCore

/// The rule sets of a run: one per distinct list of extra rule paths (`--rules`, or a configuration's
/// `rule-paths`), each loaded once.
struct RuleSetCatalog {
  let options: RuleOptions
  private(set) var sets: [RuleSet] = []
  private var index: [[String]: Int] = [:]
  /// Errors from reading and compiling rule files, each file's once.
  private(set) var errors: [ToolError] = []

  init(options: RuleOptions) {
    self.options = options
  }

  /// The index of the rule set for `configuration`; `--rules` wins over `rule-paths`.
  mutating func setIndex(for configuration: Configuration) -> Int {
    let paths = options.rulePaths.isEmpty ? configuration.rulePaths : options.rulePaths
    if let known = index[paths] { return known }
    let (sources, readErrors) = RuleFiles.sources(defaultRules: !options.noDefaultRules, paths: paths)
    let (ruleSet, loadErrors) = RuleSet.load(sources)
    // The built-in files are loaded for every set; report their problems once.
    for error in readErrors + loadErrors where !errors.contains(error) { errors.append(error) }
    sets.append(ruleSet)
    index[paths] = sets.count - 1
    return sets.count - 1
  }

  /// Metadata of every rule of every set, one per id, sorted, plus the meta rules.
  func allRules(profiles: Set<String>?) -> [RuleMetadata] {
    var seen = Set<String>()
    var rules: [RuleMetadata] = []
    for set in sets {
      for rule in set.rules where seen.insert(rule.id).inserted {
        if let profiles, let profile = rule.metadata.profile, !profiles.contains(profile) { continue }
        rules.append(rule.metadata)
      }
    }
    rules += MetaRules.metadata
    return rules.sorted { $0.id < $1.id }
  }
}
