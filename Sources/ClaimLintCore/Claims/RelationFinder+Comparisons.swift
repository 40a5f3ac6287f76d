/// Group comparisons and change statements: "had higher rates … than", "was lower among", "levels
/// increased over time". These state a difference or a change, which Yu et al. 2019 code as correlational.
extension RelationFinder {

  /// "had higher glucose … than", "was higher among X": group comparisons the lexicon cannot list.
  func comparativeCandidates(excluding existing: [RelationCandidate]) -> [RelationCandidate] {
    var found: [RelationCandidate] = []
    for index in parse.tokens.indices
    where parse.word(index, isIn: .comparatives) || parse.word(index, isIn: .stateParticiples) {
      if existing.contains(where: { $0.match.tokens.contains(index) }) { continue }
      if parse.matches.contains(where: {
        $0.tokens.contains(index) && $0.category.relation != nil && $0.category != .causalVerb
      }) {
        continue
      }
      let clause = parse.clauseRanges[parse.clauseOf[index]]
      let isPositive = parse.word(index, isIn: .positiveDegrees)
      let window = (index + 1)..<clause.upperBound
      let marked = !isPositive && window.contains { parse.word($0, isIn: .comparisonMarkers) }
      var before = index - 1
      while before >= 0,
        parse.classes(before).contains(.adverb) || parse.tokens[before].kind == .number
          || parse.word(before) == "%" || parse.word(before, isIn: .amountWords)
      {
        before -= 1
      }
      let beforeWord = parse.word(before)
      // "was higher in/among …", "is more severe in …": a predicative comparative and the group.
      // "more than 50%", "higher than 5 mg/L": a quantity, not a comparison of groups.
      if parse.word(index + 1) == "than",
        parse.tokens.indices.contains(index + 2) && parse.tokens[index + 2].kind == .number
          || parse.classes(index + 2).contains(.quantifier) || parse.word(index + 2, isIn: .amountAfterThan)
      {
        continue
      }
      let groupMarker = parse.knowledge[isPositive ? .positiveGroupMarkers : .groupMarkers]
      let predicative =
        parse.classes(before).contains(.be)
        && (groupMarker.contains(parse.word(index + 1)) || groupMarker.contains(parse.word(index + 2)))
      // "patients had higher rates", "carriers have high levels": a group's measured difference.
      let possessed =
        parse.knowledge[.possessionVerbs].contains(beforeWord)
        && (!isPositive || (index + 1...index + 2).contains { parse.word($0, isIn: .measureNouns) })
      // "higher … risk", "increased breast cancer risk": a comparative on a measure.
      let measured =
        !isPositive && !parse.knowledge[.unmeasuredPrepositions].contains(beforeWord)
        && (index + 1...index + 3).contains { parse.word($0, isIn: .measureNouns) }
      let afterVerb = !isPositive && parse.word(index - 1, isIn: .comparedVerbs)
      guard marked || predicative || possessed || measured || afterVerb else { continue }
      let match = CueMatch(category: .comparison, tokens: index..<(index + 1), head: index, form: nil)
      guard var built = nominalCandidate(match, .correlational, keepTopics: true) else { continue }
      built.tier = .mainComparison
      found.append(built)
    }
    return found
  }


  /// True for an unmodalized change verb with no object: "levels **increased** after surgery", "status was
  /// **worsening** with age", "rates **decreased** by 30%".
  func isIntransitiveChange(_ match: CueMatch, _ group: VerbGroup) -> Bool {
    let verb = parse.word(match.head)
    guard parse.knowledge[.changeVerbs].contains(where: { verb.hasPrefix(String($0.dropLast())) }) else { return false }
    guard match.tokens.count == 1,
      !group.modifiers.contains(where: {
        $0.category.relation == nil && [.conditionalModal, .canModal].contains($0.category)
      })
    else { return false }
    var next = match.tokens.upperBound
    while next < parse.tokens.count, parse.classes(next).contains(.adverb) { next += 1 }
    guard next < parse.tokens.count else { return true }
    let token = parse.tokens[next]
    if token.kind == .punctuation { return !["(", "\"", "'"].contains(token.norm) }
    let word = token.norm
    if word == "by" { return next + 1 < parse.tokens.count && parse.tokens[next + 1].kind == .number }
    return parse.knowledge[.changeFollowers].contains(word)
  }




  /// True when the words at `index` name the state of risk: "at risk", "at increased risk".
  private func isAtRisk(_ index: Int) -> Bool {
    guard parse.word(index) == "at" else { return false }
    return parse.word(index + 1, isIn: .riskNouns) || parse.word(index + 2, isIn: .riskNouns)
  }

  /// The causative "make X worse", "made people sick", "put X at risk": a causal verb whose object is
  /// followed by its result.
  func resultativeCandidates(excluding existing: [RelationCandidate]) -> [RelationCandidate] {
    var found: [RelationCandidate] = []
    for index in parse.tokens.indices {
      let word = parse.word(index)
      let placesAtRisk = parse.knowledge[.riskPlacers].contains(word)
      guard placesAtRisk || parse.knowledge[.causatives].contains(word) else { continue }
      if existing.contains(where: { $0.match.tokens.contains(index) }) { continue }
      let clause = parse.clauseRanges[parse.clauseOf[index]]
      let window = (index + 1)..<min(clause.upperBound, index + 6)
      guard
        let result = window.first(where: {
          placesAtRisk
            ? isAtRisk($0)
            : parse.word($0, isIn: .resultatives)
              || parse.word(index + 1) == "it" && parse.word($0, isIn: .expletiveResultatives)
        }),
        !(index + 1..<result).contains(where: { parse.tokens[$0].kind == .punctuation })
      else { continue }
      let form: VerbForm =
        word.hasSuffix("ing")
        ? .gerund
        : word.hasSuffix("s")
          ? .thirdPerson
          : parse.knowledge[.pastCausatives].contains(word) ? .past : .base
      let match = CueMatch(category: .causalVerb, tokens: index..<(index + 1), head: index, form: form)
      let group = VerbGroup(parse, endingBefore: index)
      let role = PredicateRole.of(match, group: group, in: parse, lightHeads: [])
      guard role == .finite || role == .secondary || role == .coordinated else { continue }
      if role == .coordinated, let first = firstConjunct(of: match, in: existing) {
        found.append(conjunct(match, .causal, sharing: first, group))
        continue
      }
      var built = candidate(match, .causal, role == .secondary ? .secondary : .main, group)
      built.isFinite = true
      found.append(built)
    }
    return found
  }
}
