/// Group comparisons and change statements: "had higher rates … than", "was lower among", "levels
/// increased over time". These state a difference or a change, which Yu et al. 2019 code as correlational.
extension RelationFinder {
  /// Comparative words that state a difference between groups when a comparison frame follows.
  static let comparatives: Set<String> = [
    "higher", "lower", "greater", "more", "less", "fewer", "larger", "smaller", "better", "worse", "poorer",
    "longer", "shorter", "stronger", "weaker", "earlier", "later", "faster", "slower", "heavier", "older",
    "younger", "richer", "increased", "decreased", "reduced", "elevated", "high", "low", "worst", "best",
    "highest", "lowest", "greatest", "poorest", "heightened", "most", "least", "harder",
  ]
  /// Verbs after which a bare comparative compares groups: "people who walk daily **live longer**".
  static let comparedVerbs: Set<String> = [
    "live", "lived", "living", "earn", "earned", "eat", "ate", "sleep", "slept", "weigh", "weighed", "score",
    "scored", "perform", "performed", "fare", "fared", "spend", "spent", "received", "receive", "report",
    "reported", "experience", "experienced", "try", "cope", "recover", "recovered", "die", "died", "survive",
    "survived", "gain", "gained", "lose", "lost", "walk", "walked", "consume", "consumed", "drink", "drank",
    "smoke", "smoked", "exercise", "exercised", "tell", "do", "did", "suffer", "suffered",
  ]
  /// Words that open the standard of a comparison.
  static let comparisonMarkers: Set<String> = ["than", "compared", "versus", "vs", "relative", "comparison"]

  /// "had higher glucose … than", "was higher among X": group comparisons the lexicon cannot list.
  func comparativeCandidates(excluding existing: [RelationCandidate]) -> [RelationCandidate] {
    var found: [RelationCandidate] = []
    for index in parse.tokens.indices
    where Self.comparatives.contains(parse.word(index)) || PredicateRole.stateParticiples.contains(parse.word(index)) {
      if existing.contains(where: { $0.match.tokens.contains(index) }) { continue }
      if parse.matches.contains(where: {
        $0.tokens.contains(index) && $0.category.relation != nil && $0.category != .causalVerb
      }) {
        continue
      }
      let clause = parse.clauseRanges[parse.clauseOf[index]]
      let isPositive = parse.word(index) == "high" || parse.word(index) == "low"
      let window = (index + 1)..<clause.upperBound
      let marked = !isPositive && window.contains { Self.comparisonMarkers.contains(parse.word($0)) }
      var before = index - 1
      while before >= 0,
        parse.classes(before).contains(.adverb) || parse.tokens[before].kind == .number
          || [
            "%", "times", "fold", "than", "more", "less", "about", "approximately", "nearly", "almost", "a", "an",
            "the",
          ]
          .contains(parse.word(before))
      {
        before -= 1
      }
      let beforeWord = parse.word(before)
      // "was higher in/among …", "is more severe in …": a predicative comparative and the group.
      // "more than 50%", "higher than 5 mg/L": a quantity, not a comparison of groups.
      if parse.word(index + 1) == "than",
        parse.tokens.indices.contains(index + 2) && parse.tokens[index + 2].kind == .number
          || parse.classes(index + 2).contains(.quantifier) || ["a", "twice", "once"].contains(parse.word(index + 2))
      {
        continue
      }
      let groupMarker = isPositive ? ["among", "amongst"] : ["in", "among", "amongst", "for", "with", "on", "at"]
      let predicative =
        parse.classes(before).contains(.be)
        && (groupMarker.contains(parse.word(index + 1)) || groupMarker.contains(parse.word(index + 2)))
      // "patients had higher rates", "carriers have high levels": a group's measured difference.
      let possessed =
        ["have", "has", "had", "having", "showed", "show", "shows", "exhibited", "presented"]
        .contains(beforeWord)
        && (!isPositive || (index + 1...index + 2).contains { PredicateRole.measureNouns.contains(parse.word($0)) })
      // "higher … risk", "increased breast cancer risk": a comparative on a measure.
      let measured =
        !isPositive && !["with", "without", "of", "for"].contains(beforeWord)
        && (index + 1...index + 3).contains { PredicateRole.measureNouns.contains(parse.word($0)) }
      let afterVerb = !isPositive && Self.comparedVerbs.contains(parse.word(index - 1))
      guard marked || predicative || possessed || measured || afterVerb else { continue }
      let match = CueMatch(category: .comparison, tokens: index..<(index + 1), head: index, form: nil)
      guard var built = nominalCandidate(match, .correlational, keepTopics: true) else { continue }
      built.tier = .mainComparison
      found.append(built)
    }
    return found
  }

  /// Verbs of changing amount or state, which are also used without an object.
  static let changeVerbs = [
    "increase", "decrease", "reduce", "improve", "worsen", "decline", "rise", "fall", "elevate", "lower",
    "diminish", "deteriorate", "alter", "slow", "accelerate", "normalize", "normalise", "lessen", "double",
    "triple", "halve", "shorten", "lengthen", "weaken", "strengthen", "ease", "quadruple", "narrow", "widen",
    "heighten",
  ]

  /// True for an unmodalized change verb with no object: "levels **increased** after surgery", "status was
  /// **worsening** with age", "rates **decreased** by 30%".
  func isIntransitiveChange(_ match: CueMatch, _ group: VerbGroup) -> Bool {
    let verb = parse.word(match.head)
    guard Self.changeVerbs.contains(where: { verb.hasPrefix(String($0.dropLast())) }) else { return false }
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
    return [
      "over", "after", "during", "with", "from", "across", "between", "among", "since", "until", "throughout", "in",
      "at",
    ]
    .contains(word)
  }

  /// Adjectives that name the result of a causative "make": "makes symptoms **worse**".
  static let resultatives: Set<String> = [
    "worse", "better", "healthier", "sicker", "fatter", "thinner", "weaker", "stronger", "happier", "ill", "sick",
    "fat", "obese", "tired", "deaf", "infertile", "smarter", "slimmer", "sharp", "sharper", "young", "younger",
    "healthy", "fit", "fitter", "alert", "slim", "strong", "away", "bay",
    // "makes older drivers less likely to crash", "left them prone to infection".
    "likely", "unlikely", "prone", "susceptible", "vulnerable", "resistant",
  ]

  /// Results of "make it …": "makes it easier for mould to grow", "made it harder to sleep".
  static let expletiveResultatives: Set<String> = ["easier", "harder", "difficult", "possible", "impossible"]

  /// Verbs that place their object in a state of risk: "puts their health at risk".
  static let riskPlacers: Set<String> = [
    "put", "puts", "putting", "place", "places", "placed", "placing", "leave", "leaves", "left", "leaving",
  ]

  /// True when the words at `index` name the state of risk: "at risk", "at increased risk".
  private func isAtRisk(_ index: Int) -> Bool {
    guard parse.word(index) == "at" else { return false }
    return parse.word(index + 1) == "risk" || parse.word(index + 2) == "risk"
  }

  /// The causative "make X worse", "made people sick", "put X at risk": a causal verb whose object is
  /// followed by its result.
  func resultativeCandidates(excluding existing: [RelationCandidate]) -> [RelationCandidate] {
    var found: [RelationCandidate] = []
    let causatives = ["make", "makes", "made", "making", "keep", "keeps", "kept", "keeping"]
    for index in parse.tokens.indices {
      let word = parse.word(index)
      let placesAtRisk = Self.riskPlacers.contains(word)
      guard placesAtRisk || causatives.contains(word) else { continue }
      if existing.contains(where: { $0.match.tokens.contains(index) }) { continue }
      let clause = parse.clauseRanges[parse.clauseOf[index]]
      let window = (index + 1)..<min(clause.upperBound, index + 6)
      guard
        let result = window.first(where: {
          placesAtRisk
            ? isAtRisk($0)
            : Self.resultatives.contains(parse.word($0))
              || parse.word(index + 1) == "it" && Self.expletiveResultatives.contains(parse.word($0))
        }),
        !(index + 1..<result).contains(where: { parse.tokens[$0].kind == .punctuation })
      else { continue }
      let form: VerbForm =
        word.hasSuffix("ing")
        ? .gerund
        : word.hasSuffix("s")
          ? .thirdPerson
          : ["made", "kept", "put", "placed", "left"].contains(word) ? .past : .base
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
