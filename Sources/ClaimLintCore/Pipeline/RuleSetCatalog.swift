/// The rule sets of a workspace: one per distinct list of extra rule paths (`--rules`, or a configuration's
/// `rule-paths`), each compiled once and again only when one of its files changes.
struct RuleSetCatalog: Sendable {
  let files: RuleFiles
  /// Whether the built-in rules run (their lexicons are always loaded).
  let defaultRules: Bool
  /// `--rules` as given, which wins over every configuration's `rule-paths`; empty when not given.
  let commandLinePaths: [String]
  private var entries: [[String]: Entry] = [:]

  /// One compiled set with what it was compiled from.
  struct Entry: Sendable {
    var ruleSet: RuleSet
    /// Problems reading and compiling its files.
    var errors: [ToolError]
    var gathered: RuleFiles.Gathered
  }

  init(files: RuleFiles, defaultRules: Bool, commandLinePaths: [String]) {
    self.files = files
    self.defaultRules = defaultRules
    self.commandLinePaths = commandLinePaths
  }

  /// The rule paths that pick the set for `configuration`; `--rules` wins over `rule-paths`.
  func paths(for configuration: Configuration) -> [String] {
    commandLinePaths.isEmpty ? configuration.rulePaths : commandLinePaths
  }

  /// The set for these rule paths, compiled on first use.
  mutating func entry(for paths: [String]) -> Entry {
    if let known = entries[paths] { return known }
    let gathered = files.gather(defaultRules: defaultRules, paths: paths)
    // A set is loaded to lint with: its vocabularies will be wanted, so start building them now, once,
    // on other cores (the prefilter only for a run that uses it: ``LintWorkspace/Options/prefilterMinimumBytes``).
    let (ruleSet, errors) = RuleSet.load(gathered.sources, preparing: true)
    ruleSet.prepareInBackground()
    let entry = Entry(ruleSet: ruleSet, errors: gathered.errors + errors, gathered: gathered)
    entries[paths] = entry
    return entry
  }

  /// Forgets the sets whose files changed or went since they were read; `touched` also names files that
  /// may be new (a file inside a walked folder, or a path a set names).
  mutating func dropStale(touched: [String] = []) {
    let fileSystem = files.fileSystem
    entries = entries.filter { paths, entry in
      let changed = entry.gathered.stamps.contains { fileSystem.stamp(of: $0.key) != $0.value }
      let absolute = paths.map { PathName.absolute($0, in: files.currentFolder) }
      let covers = touched.contains { path in
        absolute.contains(path) || entry.gathered.folders.contains { PathName.relative(path, to: $0) != nil }
      }
      return !changed && !covers
    }
  }

  /// Every rule file the catalog has read (absolute).
  var ruleFiles: Set<String> {
    Set(entries.values.flatMap(\.gathered.stamps.keys))
  }
}
