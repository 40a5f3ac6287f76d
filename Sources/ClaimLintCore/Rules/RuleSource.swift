/// The text of one rule file and where it came from.
public struct RuleSource: Sendable {
  /// Shown in errors and in `explain` (e.g. `Rules/causal.yml` or the path given to `--rules`).
  public var name: String
  public var text: String
  /// False to load only the file's lexicons (used by `--no-default-rules`, which keeps shared vocabulary).
  public var includesRules: Bool
  /// True for a file carried in the binary; the built-in files of `Rules/analyzer/` define the analyzer's
  /// lists (see ``AnalyzerLists``).
  public var isBuiltIn = false

  public init(name: String, text: String, includesRules: Bool = true) {
    self.name = name
    self.text = text
    self.includesRules = includesRules
  }

  /// True for a vocabulary (`.tsv`) rather than a YAML rule file.
  public var isVocabulary: Bool { name.hasSuffix(".tsv") }

  /// The default rule files carried in the binary.
  public static func defaults(includingRules: Bool = true) -> [RuleSource] {
    EmbeddedRuleFiles.files.map {
      var source = RuleSource(name: $0.name, text: $0.contents, includesRules: includingRules)
      source.isBuiltIn = true
      return source
    }
  }
}
