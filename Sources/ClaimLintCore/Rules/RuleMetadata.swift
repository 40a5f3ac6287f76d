/// What a rule tells users about itself: for `rules`, `explain`, SARIF and the test harness.
public struct RuleMetadata: Sendable, Hashable {
  /// Stable ID, `family/name`.
  public var id: String
  /// The severity the rule file gives it.
  public var defaultSeverity: Severity
  /// `match`, `requires` or `substitution`.
  public var kind: String
  /// One line for listings.
  public var summary: String
  /// Markdown: why the rule exists and how to fix what it flags.
  public var explanation: String
  /// Sources the rule rests on.
  public var references: [String]
  /// Examples that must flag, with the expected span marked `⟦…⟧`.
  public var flagExamples: [String]
  /// Examples that must pass.
  public var passExamples: [String]
  /// Every example with its format and position in the rule file, flag examples first.
  public var examples: [RuleExample]
  /// Profile that enables the rule (`eu`, `us-label`), or `nil` for rules on by default.
  public var profile: String?
  /// The rule file and 1-based line where the rule is defined.
  public var file: String
  public var line: Int

  public init(
    id: String, defaultSeverity: Severity, kind: String, summary: String, explanation: String = "",
    references: [String] = [], flagExamples: [String] = [], passExamples: [String] = [],
    examples: [RuleExample]? = nil, profile: String? = nil, file: String = "", line: Int = 0
  ) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.kind = kind
    self.summary = summary
    self.explanation = explanation
    self.references = references
    self.flagExamples = flagExamples
    self.passExamples = passExamples
    self.examples =
      examples
      ?? flagExamples.map { RuleExample(text: $0, expectsFinding: true) }
      + passExamples.map { RuleExample(text: $0, expectsFinding: false) }
    self.profile = profile
    self.file = file
    self.line = line
  }

  /// The family part of the ID (`causal` in `causal/observational`).
  public var family: String { String(id.prefix { $0 != "/" }) }
}

/// One example from a rule file: text that must flag (spans marked `⟦…⟧`) or must pass.
public struct RuleExample: Sendable, Hashable {
  /// The example as written, markers included.
  public var text: String
  public var format: DocumentFormat
  /// True for `flag` examples, false for `pass` examples.
  public var expectsFinding: Bool
  /// Where the example is written in the rule file (1-based; 0 when unknown).
  public var line: Int
  public var column: Int
  /// For a flag example, its text once its fix-its are applied, when the rule file states it.
  public var fixed: String?

  public init(
    text: String, format: DocumentFormat = .markdown, expectsFinding: Bool, line: Int = 0, column: Int = 0,
    fixed: String? = nil
  ) {
    self.text = text
    self.format = format
    self.expectsFinding = expectsFinding
    self.line = line
    self.column = column
    self.fixed = fixed
  }
}
