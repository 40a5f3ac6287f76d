/// A `when` / `unless` entry. `Subject` is what a pattern condition holds: the pattern as written
/// while a rule file is read (``PatternSubject``), the shared compiled pattern once the rule is compiled.
indirect enum ConditionForm<Subject> {
  /// A pattern found in a scope; `raw` searches the original file's bytes of the scope instead of the prose.
  case pattern(Subject, ContextScope, raw: Bool)
  /// At least one of the nested conditions holds.
  case any([ConditionForm])
  /// Every nested condition holds (for use inside `any`).
  case all([ConditionForm])
  /// Claim-analysis cues of these kinds in a scope (`hedged`, `negated`, `reported`).
  case cue(Set<ClaimCue.Kind>, ContextScope)
  /// The sentence is a question, or the match sits in a "whether" clause.
  case question
  /// The match is inside quotation marks.
  case quoted
  /// A negation word shortly before the match in its clause (see ``LocalNegation``).
  case locallyNegated
  /// The sentence's claim strength is one of these.
  case strength(Set<ClaimStrength>)
  /// Evidence of these kinds (any kind when `nil`) from these places; `sameExposure`: the evidence's
  /// sentence must mention the exposure of the match's sentence.
  case evidence(Set<EvidenceKind>?, Set<EvidenceSource>, sameExposure: Bool)
  /// The sentence relates an exposure to an outcome.
  case claim(Bool)
  /// The sentence gives readers advice.
  case advice(Bool)
  /// The match lies in a block of one of these kinds.
  case block(Set<Block.Kind>)
  /// The match lies in a blockquote.
  case blockquote(Bool)
  /// The match's section is copy of one of these kinds (a product page, news…).
  case context(Set<DocumentKind>)

  /// The same condition with every pattern replaced by `transform`'s result; `nil` if any fails.
  func mapPatterns<Other>(_ transform: (Subject) -> Other?) -> ConditionForm<Other>? {
    switch self {
    case .pattern(let subject, let scope, let raw): transform(subject).map { .pattern($0, scope, raw: raw) }
    case .any(let nested): Self.mapAll(nested, transform).map { .any($0) }
    case .all(let nested): Self.mapAll(nested, transform).map { .all($0) }
    case .cue(let kinds, let scope): .cue(kinds, scope)
    case .question: .question
    case .quoted: .quoted
    case .locallyNegated: .locallyNegated
    case .strength(let levels): .strength(levels)
    case .evidence(let kinds, let sources, let same): .evidence(kinds, sources, sameExposure: same)
    case .claim(let flag): .claim(flag)
    case .advice(let flag): .advice(flag)
    case .block(let kinds): .block(kinds)
    case .blockquote(let flag): .blockquote(flag)
    case .context(let kinds): .context(kinds)
    }
  }

  private static func mapAll<Other>(
    _ nested: [ConditionForm], _ transform: (Subject) -> Other?
  ) -> [ConditionForm<Other>]? {
    // Every pattern is transformed, even after a failure, so that all errors get reported.
    let mapped = nested.map { $0.mapPatterns(transform) }
    let result = mapped.compactMap { $0 }
    return result.count == nested.count ? result : nil
  }

  /// True when the condition says the same for every span inside one sentence and needs no claim
  /// analysis: patterns in the sentence or a wider scope, the block, the section's kind. Such a condition
  /// can rule a sentence out before it is judged.
  var isSentenceWide: Bool {
    switch self {
    case .pattern(_, let scope, _): scope.isSentenceWide
    case .any(let conditions), .all(let conditions): conditions.allSatisfy(\.isSentenceWide)
    case .block, .blockquote, .context: true
    default: false
    }
  }

  /// True when evaluating the condition needs the claim analysis of the document.
  var needsClaims: Bool {
    switch self {
    case .cue, .question, .strength, .evidence, .claim, .advice: true
    case .any(let conditions), .all(let conditions): conditions.contains(where: \.needsClaims)
    default: false
    }
  }
}

extension ConditionForm: Sendable where Subject: Sendable {}

/// A compiled condition, evaluated against one match in a document.
typealias Condition = ConditionForm<ContextPattern>

/// A condition's pattern as written: the spec and whether it ignores case.
struct PatternSubject {
  var spec: PatternSpec
  var caseSensitive: Bool
}

/// A pattern used as context (in a condition or a `requires` caveat), shared by every rule that uses it.
struct ContextPattern: Sendable {
  /// Index into the rule set's context patterns; a document computes each one's matches at most once.
  let id: Int
  let pattern: Pattern
  /// The pattern as written, for notes.
  let source: String
  /// The term lexicon the pattern consists of, when it is one vocabulary lexicon and nothing else.
  var termLexicon: Int? = nil
}

