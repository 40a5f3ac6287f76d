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
  /// Profile that enables the rule (`eu`, `us-label`), or `nil` for rules on by default.
  public var profile: String?
  /// The rule file and 1-based line where the rule is defined.
  public var file: String
  public var line: Int

  public init(
    id: String, defaultSeverity: Severity, kind: String, summary: String, explanation: String = "",
    references: [String] = [], flagExamples: [String] = [], passExamples: [String] = [],
    profile: String? = nil, file: String = "", line: Int = 0
  ) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.kind = kind
    self.summary = summary
    self.explanation = explanation
    self.references = references
    self.flagExamples = flagExamples
    self.passExamples = passExamples
    self.profile = profile
    self.file = file
    self.line = line
  }

  /// The family part of the ID (`causal` in `causal/observational`).
  public var family: String { String(id.prefix { $0 != "/" }) }
}
