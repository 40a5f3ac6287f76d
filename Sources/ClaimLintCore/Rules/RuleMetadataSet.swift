/// What the rules of a set say about themselves, for `rules` and `explain`: their metadata, sorted by ID.
///
/// The built-in rule files are only parsed, on every core: `swift test` compiles each of them whole
/// (patterns, lexicons, vocabularies, analyzer lists), and a test checks that their metadata is the
/// same both ways. Any other file is loaded in full, so `rules` reports its errors as `lint` does.
public struct RuleMetadataSet: Sendable {
  public let rules: [RuleMetadata]

  init(rules: [RuleMetadata]) {
    self.rules = rules.sorted { $0.id < $1.id }
  }

  /// The metadata of the rules `sources` define, and every problem loading them.
  public static func load(_ sources: [RuleSource]) -> (rules: RuleMetadataSet, errors: [ToolError]) {
    if sources.allSatisfy(\.isBuiltIn), let rules = parsed(sources) { return (RuleMetadataSet(rules: rules), []) }
    let (ruleSet, errors) = RuleSet.load(sources)
    return (RuleMetadataSet(rules: ruleSet.rules.map(\.metadata)), errors)
  }

  /// The metadata of the rules of these files, read without compiling them; `nil` when a file has a
  /// problem, or a rule has no summary of its own, so the full load decides.
  static func parsed(_ sources: [RuleSource]) -> [RuleMetadata]? {
    let files = sources.filter { $0.includesRules && !$0.isVocabulary && !AnalyzerLists.defines($0) }
    let perFile = files.concurrentMap { source -> [RuleMetadata]? in
      let parser = RuleFileParser(file: source.name, text: source.text)
      let rules = parser.parse().rules
      guard parser.reader.errors.isEmpty else { return nil }
      let locators = [source.name: ScalarLocator(text: source.text)]
      var metadata: [RuleMetadata] = []
      for rule in rules {
        guard let summary = rule.summary else { return nil }
        metadata.append(RuleSetLoader.metadata(rule, summary: summary, locators: locators))
      }
      return metadata
    }
    var all: [RuleMetadata] = []
    for metadata in perFile {
      guard let metadata else { return nil }
      all += metadata
    }
    guard Set(all.map(\.id)).count == all.count else { return nil }
    return all
  }

  /// The rule with this ID.
  public func rule(_ id: String) -> RuleMetadata? {
    rules.first { $0.id == id }
  }

  /// The profiles rules ask for, sorted.
  public var profiles: [String] {
    Array(Set(rules.compactMap(\.profile))).sorted()
  }

  /// The rules that run under these profiles (``RuleSet/active(profiles:)``).
  public func active(profiles: Set<String>) -> RuleMetadataSet {
    let keys = Set(profiles.map(RuleSet.profileKey))
    return RuleMetadataSet(rules: rules.filter { RuleSet.runs($0, underProfileKeys: keys) })
  }
}
