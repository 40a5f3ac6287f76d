/// The rules claimlint itself reports about suppression comments; configurable like any other rule.
public enum MetaRules {
  /// A control comment that cannot be understood, names an unknown rule, or enables what was not disabled.
  public static let invalidSuppression = "claimlint/invalid-suppression"
  /// A suppression comment that suppressed nothing.
  public static let unusedSuppression = "claimlint/unused-suppression"

  public static let ids = [invalidSuppression, unusedSuppression]

  /// Their metadata, for listings and SARIF.
  public static let metadata: [RuleMetadata] = [
    RuleMetadata(
      id: invalidSuppression, defaultSeverity: .warning, kind: "meta",
      summary: "A claimlint control comment that cannot be used",
      explanation: """
        A `claimlint-…` comment that is misspelt, names an unknown rule, or enables rules that no earlier \
        `claimlint-disable` turned off. Fix the comment so it does what it says.
        """),
    RuleMetadata(
      id: unusedSuppression, defaultSeverity: .info, kind: "meta",
      summary: "A suppression comment that suppresses nothing",
      explanation: """
        The rule this comment turns off reported nothing where the comment applies, so the comment can go. \
        Stale suppressions hide future findings in the same place.
        """),
  ]

  /// The metadata of a meta rule.
  public static func rule(_ id: String) -> RuleMetadata? {
    metadata.first { $0.id == id }
  }
}
