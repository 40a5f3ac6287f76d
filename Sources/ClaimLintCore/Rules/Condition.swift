/// A compiled `when` / `unless` entry, evaluated against one match in a document.
indirect enum Condition: Sendable {
  /// `raw` searches the original file's bytes of the scope instead of the prose.
  case pattern(ContextPattern, ContextScope, raw: Bool)
  case any([Condition])
  case all([Condition])
  case cue(Set<ClaimCue.Kind>, ContextScope)
  case question
  case quoted
  /// A negation word shortly before the match in its clause (see ``LocalNegation``).
  case locallyNegated
  case strength(Set<ClaimStrength>)
  /// `sameExposure`: the evidence's sentence must mention the exposure of the match's sentence.
  case evidence(Set<EvidenceKind>?, Set<EvidenceSource>, sameExposure: Bool)
  case claim(Bool)
  case advice(Bool)
  case block(Set<Block.Kind>)
  case blockquote(Bool)

  /// True when evaluating the condition needs the claim analysis of the document.
  var needsClaims: Bool {
    switch self {
    case .cue, .question, .strength, .evidence, .claim, .advice: true
    case .any(let conditions), .all(let conditions): conditions.contains(where: \.needsClaims)
    default: false
    }
  }
}

/// A pattern used as context (in a condition or a `requires` caveat), shared by every rule that uses it.
struct ContextPattern: Sendable {
  /// Index into the rule set's context patterns; a document computes each one's matches at most once.
  let id: Int
  let pattern: Pattern
  /// The pattern as written, for notes.
  let source: String
}

