/// Turns the relation candidates of a parsed sentence into a ``ClaimAnalysis``.
///
/// Precedence: relations blocked by a frame (question, research aim, need, attribution, scare quote,
/// condition, advice) do not count. Among the rest, the most prominent tier wins (main clause, then a
/// comparison in the main clause, then subordinate clauses and connectives); within the tier, the first
/// clause that has one (the main claim comes first); within that clause the strongest stated relation
/// (causal > conditional > correlational), affirmed before denied.
struct SentenceJudge {
  let parse: SentenceParse

  func analysis() -> ClaimAnalysis { judge().analysis }

  /// The analysis and the evidence mentions (kind and byte range) behind its `evidence` list.
  func judge() -> (analysis: ClaimAnalysis, mentions: [(kind: EvidenceKind, range: Range<Int>)]) {
    guard !parse.isEmpty else { return (ClaimAnalysis(strength: .none, isClaim: false), []) }
    var candidates = RelationFinder(parse: parse).candidates()
    FrameScope(parse: parse).apply(to: &candidates)
    let adviceRange = AdviceDetector(parse: parse).adviceCue()
    var cues: [ClaimCue] = []
    var stated = ClaimStrength.none
    var negated = false
    let active = candidates.filter { $0.blockedBy == nil }
    if let tier = active.map(\.tier).min() {
      let tierCandidates = active.filter { $0.tier == tier }
      let firstClause = tierCandidates.map { parse.clauseOf[$0.match.head] }.min()!
      let top = tierCandidates.filter { parse.clauseOf[$0.match.head] == firstClause }
      let winner = top.max { rank($0) < rank($1) }!
      stated = winner.stated
      negated = winner.isNegated
      for candidate in top {
        cues.append(cue(candidate.relation == .causal ? .causal : .correlational, candidate.match.tokens))
      }
      cues += modifierCues(winner)
      let arguments = ArgumentChunker(parse: parse).arguments(of: winner)
      if let exposure = arguments.exposure { cues.append(cue(.exposure, exposure)) }
      if let outcome = arguments.outcome { cues.append(cue(.outcome, outcome)) }
    } else {
      let givesAdvice = adviceRange != nil
      for candidate in candidates {
        guard let blocker = candidate.blockedBy else { continue }
        // A plan for research ("should be evaluated") is not advice to readers: report it as not asserted.
        cues.append(cue(blocker.kind == .advice && !givesAdvice ? .question : blocker.kind, blocker.tokens))
        cues.append(cue(candidate.relation == .causal ? .causal : .correlational, candidate.match.tokens))
        // A hedge or negation still governs the relation word: rules read `hedged` and `negated` from these.
        cues += modifierCues(candidate).filter { [.hedge, .negation, .can].contains($0.kind) }
      }
    }
    if let adviceRange { cues.append(cue(.advice, adviceRange)) }
    var evidence: [EvidenceKind] = []
    let found = EvidenceDetector(parse: parse).mentions()
    for mention in found {
      cues.append(cue(.evidence, mention.tokens))
      if !evidence.contains(mention.kind) { evidence.append(mention.kind) }
    }
    let mentions = found.map { (kind: $0.kind, range: parse.byteRange($0.tokens)) }
    let analysis = ClaimAnalysis(
      strength: negated ? .none : stated, isClaim: stated != .none, isAdvice: adviceRange != nil,
      cues: Self.ordered(cues), evidence: evidence, statedStrength: stated, isNegated: negated && stated != .none)
    return (analysis, mentions)
  }

  /// The evidence mentions ``judge()`` gives, found without judging the sentence's claim (the sentences
  /// around a judged one lend it their evidence).
  func mentions() -> [(kind: EvidenceKind, range: Range<Int>)] {
    guard !parse.isEmpty else { return [] }
    return EvidenceDetector(parse: parse).mentions().map { (kind: $0.kind, range: parse.byteRange($0.tokens)) }
  }

  /// Sort key: stated strength, then affirmed over denied.
  private func rank(_ candidate: RelationCandidate) -> Int {
    let strength: Int
    switch candidate.stated {
    case .none: strength = 0
    case .correlational: strength = 1
    case .conditional: strength = 2
    case .causal: strength = 3
    }
    return strength * 2 + (candidate.isNegated ? 0 : 1)
  }

  private func modifierCues(_ candidate: RelationCandidate) -> [ClaimCue] {
    var cues: [ClaimCue] = []
    for modifier in candidate.modifiers {
      switch modifier.category {
      case .speech, .attribution: cues.append(cue(.reportedSpeech, modifier.tokens))
      case .conditionalModal, .hedgeAdverb, .hedgeRaising, .hedgeAdjective, .evidentialHedge, .belief:
        cues.append(cue(.hedge, modifier.tokens))
      case .canModal: cues.append(cue(.can, modifier.tokens))
      case .negation, .nullResult: cues.append(cue(.negation, modifier.tokens))
      case .deonticModal: cues.append(cue(.advice, modifier.tokens))
      default: break
      }
    }
    for token in candidate.negationTokens { cues.append(cue(.negation, token..<(token + 1))) }
    return cues
  }

  private func cue(_ kind: ClaimCue.Kind, _ tokens: Range<Int>) -> ClaimCue {
    ClaimCue(kind: kind, text: parse.text(tokens), range: parse.byteRange(tokens))
  }

  /// Cues in text order without duplicates (same kind and range).
  static func ordered(_ cues: [ClaimCue]) -> [ClaimCue] {
    var seen = Set<ClaimCue>()
    return cues.filter { seen.insert($0).inserted }.sorted {
      ($0.range.lowerBound, $0.range.upperBound, $0.kind.rawValue)
        < ($1.range.lowerBound, $1.range.upperBound, $1.kind.rawValue)
    }
  }
}
