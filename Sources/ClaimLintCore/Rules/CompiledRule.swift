/// A rule ready to run: metadata plus compiled patterns, conditions and kind. Immutable and shareable
/// across threads.
public struct CompiledRule: Sendable {
  public let metadata: RuleMetadata
  /// The rule's pattern; `nil` for rules that report claim-analysis cues only.
  let target: Pattern?
  /// The term lexicon the target consists of (`lexicon: NAME` of a vocabulary lexicon), found from the
  /// document's term index instead of by running `target`.
  var targetLexicon: Int? = nil
  /// Claim-analysis cues reported as hits, besides pattern matches.
  let cueTarget: Set<ClaimCue.Kind>
  /// At most one hit per sentence, paragraph or document.
  let oncePer: MatchScope?
  /// Capture group reported as the span; `nil` for the whole match.
  let capture: Int?
  let scope: MatchScope
  let blocks: Set<Block.Kind>?
  let when: [Condition]
  let unless: [Condition]
  let message: MessageTemplate
  let kind: Kind

  enum Kind: Sendable {
    case match
    case requires(Requirement)
    case substitution(Replacement)
    case dose(DoseCheck)
  }

  /// What a `dose` rule checks.
  struct DoseCheck: Sendable {
    let limit: (value: Double, unit: DoseUnit)?
    let conversions: [DoseUnit: Double]
    let implausibleUnits: Set<DoseUnit>
    /// Every substance an amount could belong to; `nil` pairs with the rule's own lexicon only.
    let pairing: ContextPattern?
  }

  /// The caveat a `requires` rule looks for.
  struct Requirement: Sendable {
    let caveat: ContextPattern
    let scope: ContextScope
    let note: String
  }

  /// What a `substitution` rule offers instead of the match.
  struct Replacement: Sendable {
    /// The replacement template, for `replace:` rules.
    let template: MessageTemplate?
    /// For `swap:` rules: capture group number → replacement; the group that took part names the term.
    let swap: [Int: String]
    let fixMessage: String?
  }

  public var id: String { metadata.id }
}
