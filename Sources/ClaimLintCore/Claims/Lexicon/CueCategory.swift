/// What a lexicon phrase signals. The scope rules read these; ``ClaimCue/Kind`` is what callers see.
enum CueCategory: UInt8, Sendable, Hashable, CaseIterable {
  // MARK: Relations (domain.md §1.3)
  /// A verb that states causation: "reduces", "leads to", "protects against".
  case causalVerb
  /// A verb whose object decides: "helps (to) reduce" defers to "reduce"; "helps predict" is not causal.
  case lightCausalVerb
  /// A predicative adjective that states causation: "is effective", "is beneficial", "is responsible for".
  case causalAdjective
  /// A noun that names a causal relation: "effect of", "impact on", "efficacy", "causal role".
  case causalNoun
  /// A connective that attributes a cause: "due to", "because of", "attributable to".
  case causalConnective
  /// A verb or participle that states an association: "is associated with", "correlates", "predicts".
  case correlationalVerb
  /// A noun that names an association: "association between", "risk factor", "predictor".
  case correlationalNoun
  /// A comparison between groups: "higher risk", "more likely", "lower rates … than".
  case comparison

  // MARK: Modifiers of a relation (domain.md §1.3, §2)
  /// may, might, could, would: a causal claim becomes conditional.
  case conditionalModal
  /// can: placed with direct causal claims (domain.md §1.3: "can + verb" → direct 59%).
  case canModal
  /// Deontic modals and needs: should, must, need to. The relation is advice or a plan, not a finding.
  case deonticModal
  /// possibly, probably, likely, perhaps, presumably: hedge the verb they sit on.
  case hedgeAdverb
  /// appear to, seem to, is likely to, is thought to: a hedging verb that raises the claim it governs.
  case hedgeRaising
  /// potential, possible, putative: a hedge on a relation noun.
  case hedgeAdjective
  /// shown to, found to, proven to, known to: a raising verb that keeps the claim's strength.
  case factiveRaising
  /// failed to, did not, no evidence that: negation.
  case negation
  /// little or no difference, no significant difference, similar: a null result.
  case nullResult
  /// clearly, proven, definitely: certainty boosters.
  case booster

  // MARK: Frames that decide whose claim it is and whether it is asserted
  /// suggest, indicate, show, demonstrate, confirm, find that: the writer's own claim follows.
  case reportingVerb
  /// suggest, indicate, imply: a reporting verb that also hedges (recorded, but transparent in Yu 2019).
  case evidentialHedge
  /// claims that, alleges, touted, so-called, supposedly: someone else's claim, with distance.
  case attribution
  /// say, said, according to, warn: neutral reported speech; the claim is relayed, not disowned.
  case speech
  /// believe, think, suspect: a belief; the claim it introduces is hedged.
  case belief
  /// whether, if (indirect question), "?": the relation is asked about, not stated.
  case question
  /// how, why: an embedded question that presupposes its content ("reveals how X raises Y"); it blocks
  /// only under a research aim or uncertainty ("to establish how", "unclear why").
  case embeddedQuestion
  /// to determine, to examine, to investigate, to evaluate: a research aim.
  case researchAim
  /// unclear, unknown, uncertain, remains to be: the relation is not known.
  case uncertainty
  /// needed, warranted, required, future research: a need, not a finding.
  case need
  /// Introduces a purpose clause: "in order to", "aimed at", "designed to".
  case purpose
  /// if, when, unless: a condition clause.
  case condition
  /// although, because, since, whereas, while: an adverbial subordinate clause.
  case subordinate

  // MARK: Advice (domain.md §1.4)
  /// should, recommend, advise, is recommended, you need to.
  case advice
  /// Imperative verbs that open advice: take, eat, avoid, try, talk to.
  case imperative

  // MARK: Evidence (domain.md §1.4)
  case observational
  case randomized
  case metaAnalysis
  case animal
  case inVitro
  case mechanistic
}

extension CueCategory {
  /// The relation this category states, if it is a relation head.
  var relation: ClaimStrength? {
    switch self {
    case .causalVerb, .lightCausalVerb, .causalAdjective, .causalNoun, .causalConnective: .causal
    case .correlationalVerb, .correlationalNoun, .comparison: .correlational
    default: nil
    }
  }

  /// The evidence kind this category names, if any.
  var evidence: EvidenceKind? {
    switch self {
    case .observational: .observational
    case .randomized: .randomized
    case .metaAnalysis: .metaAnalysis
    case .animal: .animal
    case .inVitro: .inVitro
    case .mechanistic: .mechanistic
    default: nil
    }
  }
}
