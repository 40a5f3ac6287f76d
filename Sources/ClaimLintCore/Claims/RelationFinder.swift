/// Finds the relation words of a sentence and decides, for each, its role, verb group and modifiers.
///
/// Frames (questions, attribution, research aims…) are applied afterwards by ``FrameScope``.
struct RelationFinder {
  let parse: SentenceParse

  /// Heads of light causal verbs ("help", "aid", "enable").
  private var lightHeads: Set<Int> {
    Set(parse.matches.filter { $0.category == .lightCausalVerb }.map(\.head))
  }

  /// Words after "effect" that make it a statistics term, not a causal claim.
  private static let effectCompounds: Set<String> = [
    "size", "sizes", "estimate", "estimates", "modifier", "modifiers", "modification", "measure", "measures",
  ]
  /// Words before "effect(s)" that name harms or statistics rather than a claimed benefit or cause.
  private static let effectPrefixes: Set<String> = ["side", "adverse", "fixed", "random", "main", "placebo", "treatment-related"]
  /// Verbs that carry a relation noun as their object: "had an effect", "showed a benefit".
  static let lightVerbs: Set<String> = [
    "have", "has", "had", "having", "exert", "exerts", "exerted", "show", "shows", "showed", "shown",
    "produce", "produces", "produced", "yield", "yields", "yielded", "exhibit", "exhibits", "exhibited",
    "demonstrate", "demonstrates", "demonstrated", "find", "found", "observe", "observed", "confer", "confers",
    "conferred", "provide", "provides", "provided", "offer", "offers", "offered", "play", "plays", "played",
    "detect", "detected", "reveal", "revealed", "confirm", "confirmed", "identify", "identified", "report",
    "reported", "see", "saw", "seen", "achieve", "achieved",
  ]

  /// Relation matches after removing those inside longer relation phrases.
  private func relationMatches() -> [CueMatch] {
    let relations = parse.matches.filter { $0.category.relation != nil }
    return relations.filter { candidate in
      if candidate.category == .causalNoun || candidate.category == .causalVerb {
        let word = parse.word(candidate.head)
        if word.hasPrefix("effect") || word == "impact" || word == "benefit" || word == "benefits" {
          if Self.effectCompounds.contains(parse.word(candidate.tokens.upperBound)) { return false }
          if Self.effectPrefixes.contains(parse.word(candidate.tokens.lowerBound - 1)) { return false }
        }
      }
      if candidate.category == .correlationalNoun, parse.word(candidate.head) == "predictive",
        parse.word(candidate.head + 1) == "value" || parse.word(candidate.head + 1) == "values"
      {
        return false
      }
      return !relations.contains { other in
        other.category != .comparison && other.tokens.count > candidate.tokens.count
          && other.tokens.contains(candidate.head)
      }
    }
  }

  /// Heads of research artifacts: a causal verb whose subject is one of these is a statement about the
  /// research ("these findings contribute to the literature"), not an exposure–outcome claim.
  private static let researchSubjects: Set<String> = [
    "findings", "finding", "data", "study", "studies", "research", "analysis", "analyses",
    "evidence", "observations", "literature", "knowledge", "understanding", "information",
    "implications", "paper", "article", "review", "report", "survey",
  ]

  /// Candidates before frames are applied.
  func candidates() -> [RelationCandidate] {
    var result: [RelationCandidate] = []
    let light = lightHeads
    // A word that is both a verb and a noun ("impact", "benefit") is read as a verb only in verb roles.
    var verbHeads: Set<Int> = []
    for match in relationMatches() {
      guard let relation = match.category.relation, !isLabel(match.head) else { continue }
      switch match.category {
      case .causalVerb, .lightCausalVerb, .correlationalVerb:
        let (built, isVerb) = verbCandidate(match, relation, light: light, earlier: result)
        if isVerb { verbHeads.insert(match.head) }
        if let built { result.append(built) }
      case .causalAdjective:
        guard let group = predicativeGroup(match) else { continue }
        var built = candidate(match, relation, .main, group)
        built.isFinite = true
        result.append(built)
      case .causalNoun, .correlationalNoun:
        guard !verbHeads.contains(match.head), let built = nominalCandidate(match, relation) else { continue }
        result.append(built)
      case .causalConnective:
        let group = VerbGroup(parse, endingBefore: match.tokens.lowerBound)
        result.append(candidate(match, relation, .secondary, group))
      case .comparison:
        guard !verbHeads.contains(match.head), var built = nominalCandidate(match, relation, keepTopics: true) else { continue }
        built.tier = .mainComparison
        result.append(built)
      default:
        continue
      }
    }
    result += comparativeCandidates(excluding: result)
    result = result.filter { !($0.match.category == .causalNoun && verbHeads.contains($0.match.head)) }
    // A relation noun in a clause whose verb states a relation is part of that verb's argument:
    // "is associated with a reduction in", "may relate to the effects of".
    // The same holds for a group comparison inside the object of a relation verb ("resulting in weight loss
    // and improvement in …").
    var verbalTier: [Int: RelationCandidate.Tier] = [:]
    for candidate in result where candidate.match.form != nil && candidate.tier != .mainComparison
      && candidate.tier != .secondaryComparison
    {
      let clause = parse.clauseOf[candidate.match.head]
      verbalTier[clause] = min(verbalTier[clause] ?? .secondaryComparison, candidate.tier)
    }
    for index in result.indices where result[index].match.form == nil {
      let category = result[index].match.category
      guard let verbal = verbalTier[parse.clauseOf[result[index].match.head]] else { continue }
      if [.causalNoun, .correlationalNoun].contains(category), result[index].tier == .main {
        result[index].tier = .secondary
      } else if category == .comparison {
        result[index].tier = verbal == .main ? .secondaryComparison : max(result[index].tier, .secondaryComparison)
      }
    }
    return result
  }

  /// Comparative words that state a difference between groups when a comparison frame follows.
  private static let comparatives: Set<String> = [
    "higher", "lower", "greater", "more", "less", "fewer", "larger", "smaller", "better", "worse", "poorer",
    "longer", "shorter", "stronger", "weaker", "earlier", "later", "faster", "slower", "heavier", "older",
    "younger", "richer", "increased", "decreased", "reduced", "elevated", "high", "low", "worst", "best",
    "highest", "lowest", "greatest", "poorest",
  ]
  /// Words that open the standard of a comparison.
  private static let comparisonMarkers: Set<String> = ["than", "compared", "versus", "vs", "relative", "comparison"]

  /// "had higher glucose … than", "was higher among X": group comparisons the lexicon cannot list.
  private func comparativeCandidates(excluding existing: [RelationCandidate]) -> [RelationCandidate] {
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
      while before >= 0, parse.classes(before).contains(.adverb) || parse.tokens[before].kind == .number
        || ["%", "times", "fold", "than", "more", "less", "about", "approximately", "nearly", "almost", "a", "an", "the"]
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
      let groupMarker = isPositive ? ["among", "amongst"] : ["in", "among", "amongst", "for", "with"]
      let predicative = parse.classes(before).contains(.be)
        && (groupMarker.contains(parse.word(index + 1)) || groupMarker.contains(parse.word(index + 2)))
      // "patients had higher rates", "carriers have high levels": a group's measured difference.
      let possessed = ["have", "has", "had", "having", "showed", "show", "shows", "exhibited", "presented"]
        .contains(beforeWord)
        && (!isPositive || (index + 1...index + 2).contains { PredicateRole.measureNouns.contains(parse.word($0)) })
      // "higher … risk", "increased breast cancer risk": a comparative on a measure.
      let measured = !isPositive && !["with", "without", "of", "for"].contains(beforeWord)
        && (index + 1...index + 3).contains { PredicateRole.measureNouns.contains(parse.word($0)) }
      guard marked || predicative || possessed || measured else { continue }
      let match = CueMatch(category: .comparison, tokens: index..<(index + 1), head: index, form: nil)
      guard var built = nominalCandidate(match, .correlational, keepTopics: true) else { continue }
      built.tier = .mainComparison
      found.append(built)
    }
    return found
  }

  /// An all-capitals section label such as "IMPACT:" or "CONCLUSIONS:".
  private func isLabel(_ index: Int) -> Bool {
    parse.word(index + 1) == ":" && parse.text(index..<(index + 1)).utf8.allSatisfy { !($0 >= 0x61 && $0 <= 0x7A) }
  }

  /// The candidate for a verb-form relation word, and whether the word is used as a verb at all (a
  /// verb use hides the noun reading of "impact", "benefit").
  private func verbCandidate(
    _ match: CueMatch, _ relation: ClaimStrength, light: Set<Int>, earlier: [RelationCandidate]
  ) -> (RelationCandidate?, Bool) {
    guard let built = verbReading(match, relation, light: light, earlier: earlier) else {
      let group = VerbGroup(parse, endingBefore: match.tokens.lowerBound)
      let role = PredicateRole.of(match, group: group, in: parse, lightHeads: light)
      return (nil, role == .finite || role == .passive)
    }
    return (built, true)
  }

  private func verbReading(
    _ match: CueMatch, _ relation: ClaimStrength, light: Set<Int>, earlier: [RelationCandidate]
  ) -> RelationCandidate? {
    let group = VerbGroup(parse, endingBefore: match.tokens.lowerBound)
    if match.form == nil && match.category == .correlationalVerb {
      return candidate(match, relation, .main, group)
    }
    let role = PredicateRole.of(match, group: group, in: parse, lightHeads: light)
    var tier: RelationCandidate.Tier
    var relation = relation
    switch role {
    case .finite where match.category == .causalVerb && isIntransitiveChange(match, group):
      // "rates decreased by 30%", "weight gain improved over time": a change, not a cause.
      tier = .mainComparison
      relation = .correlational
    case .finite, .passive: tier = .main
    case .statePassive:
      tier = .mainComparison
      if match.category == .causalVerb { relation = .correlational }
    case .secondary: tier = .secondary
    case .coordinated where match.category == .correlationalVerb:
      tier = .main
    case .coordinated:
      let clause = parse.clauseOf[match.head]
      guard let first = earlier.last(where: {
        $0.tier == .main && parse.clauseOf[$0.match.head] == clause && $0.match.head < match.head && $0.match.form != nil
      }) else {
        // "X was safe and well tolerated and **caused** …": the first conjunct is a verb phrase too.
        // Not when an earlier relation in the clause can own the coordination ("associated with increased
        // X and reduced Y", "the link between low zinc and increased …").
        let clauseStart = parse.clauseRanges[clause].lowerBound
        let relationBefore = earlier.contains { parse.clauseOf[$0.match.head] == clause && $0.match.head < match.head }
        let verbBefore = (clauseStart..<max(clauseStart, group.start)).contains {
          !parse.classes($0).intersection([.be, .have, .modal, .do]).isEmpty
        }
        // Comparatives and state participles in a list are adjectives: "had higher BMI, **lower** HDL".
        let word = parse.word(match.head)
        let adjectival = parse.classes(match.head).contains(.quantifier) || PredicateRole.stateParticiples.contains(word)
        guard verbBefore, !relationBefore, !adjectival, match.form != .gerund else { return nil }
        var built = candidate(match, relation, .main, group)
        built.isFinite = true
        return built
      }
      // The second conjunct shares the first one's modal, hedge and negation: "may delay X and reduce Y".
      var built = RelationCandidate(match: match, relation: relation, tier: .main, groupStart: first.groupStart)
      built.modifiers = first.modifiers
      built.negationTokens = first.negationTokens
      built.isHedged = first.isHedged
      built.isCan = first.isCan
      built.isNegated = first.isNegated
      built.blockedBy = first.blockedBy
      built.isFinite = true
      apply(group, to: &built)
      return built
    case .nonfinite:
      if match.category != .correlationalVerb, let lifted = liftedGroup(group) {
        var built = candidate(match, relation, .main, lifted)
        built.isFinite = true
        return built
      }
      return nil
    case .modifier, .lightComplement, .imperative:
      guard match.category == .correlationalVerb, role != .imperative else { return nil }
      tier = .main
    }
    if match.category != .correlationalVerb, role == .finite || role == .passive, hasResearchSubject(group) {
      return nil
    }
    var built = candidate(match, relation, tier, group)
    built.isFinite = [.finite, .passive, .statePassive].contains(role)
    if match.category == .lightCausalVerb {
      if let complement = lightComplement(after: match) {
        built.relation = complement
      } else if isNonCausalComplement(after: match) {
        return nil
      }
    }
    return built
  }

  /// For an infinitive or gerund that complements a predicative adjective ("is useful in **reducing**",
  /// "may not be sufficient to **improve**", "is critical to **reducing**"), the adjective's verb group.
  private func liftedGroup(_ group: VerbGroup) -> VerbGroup? {
    guard var governor = group.left else { return nil }
    if !group.isInfinitive {
      // Gerund: skip the preposition ("useful in reducing").
      guard ["in", "for", "at", "to"].contains(parse.word(governor)) else { return nil }
      governor -= 1
    }
    guard governor >= 0 else { return nil }
    let token = parse.tokens[governor]
    guard token.kind == .word, !token.norm.hasSuffix("ed"), token.classes.intersection(WordClass.auxiliary).isEmpty,
      !token.classes.contains(.preposition), !token.classes.contains(.determiner),
      parse.matches.allSatisfy({ !$0.tokens.contains(governor) || $0.category.relation != nil })
    else { return nil }
    return predicativeGroup(CueMatch(category: .causalAdjective, tokens: governor..<(governor + 1), head: governor, form: nil))
  }

  /// True for an unmodalized causal verb with no object: "levels **increased** after surgery", "status was
  /// **worsening** with age", "rates **decreased** by 30%".
  /// Verbs of changing amount or state, which are also used without an object.
  private static let changeVerbs = [
    "increase", "decrease", "reduce", "improve", "worsen", "decline", "rise", "fall", "elevate", "lower",
    "diminish", "deteriorate", "alter", "slow", "accelerate", "normalize", "normalise", "lessen", "double",
    "triple", "halve", "shorten", "lengthen", "weaken", "strengthen", "ease",
  ]

  private func isIntransitiveChange(_ match: CueMatch, _ group: VerbGroup) -> Bool {
    let verb = parse.word(match.head)
    guard Self.changeVerbs.contains(where: { verb.hasPrefix(String($0.dropLast())) }) else { return false }
    guard match.tokens.count == 1, !group.modifiers.contains(where: { $0.category.relation == nil && [.conditionalModal, .canModal].contains($0.category) })
    else { return false }
    var next = match.tokens.upperBound
    while next < parse.tokens.count, parse.classes(next).contains(.adverb) { next += 1 }
    guard next < parse.tokens.count else { return true }
    let token = parse.tokens[next]
    if token.kind == .punctuation { return token.norm != "(" && token.norm != "\"" }
    let word = token.norm
    if word == "by" { return next + 1 < parse.tokens.count && parse.tokens[next + 1].kind == .number }
    return ["over", "after", "during", "with", "from", "across", "between", "among", "since", "until", "throughout", "in", "at"]
      .contains(word)
  }

  /// True when the subject just left of the verb group is a research artifact ("these findings").
  private func hasResearchSubject(_ group: VerbGroup) -> Bool {
    guard let left = group.left else { return false }
    return Self.researchSubjects.contains(parse.word(left))
  }

  private func candidate(
    _ match: CueMatch, _ relation: ClaimStrength, _ tier: RelationCandidate.Tier, _ group: VerbGroup
  ) -> RelationCandidate {
    var built = RelationCandidate(match: match, relation: relation, tier: tier, groupStart: group.start)
    apply(group, to: &built)
    return built
  }

  /// Copies the modal, hedge and negation modifiers of `group` onto `candidate`.
  private func apply(_ group: VerbGroup, to candidate: inout RelationCandidate) {
    candidate.modifiers += group.modifiers
    candidate.negationTokens += group.negationTokens
    if group.isNegated { candidate.isNegated = true }
    for modifier in group.modifiers {
      switch modifier.category {
      case .conditionalModal, .hedgeAdverb, .hedgeRaising: candidate.isHedged = true
      case .deonticModal:
        candidate.blockedBy = .init(kind: .advice, tokens: modifier.tokens)
      case .canModal: candidate.isCan = true
      default: break
      }
    }
    if let copula = group.copula, ["appear", "appears", "appeared", "seem", "seems", "seemed"].contains(parse.word(copula)) {
      candidate.isHedged = true
      candidate.modifiers.append(CueMatch(category: .hedgeRaising, tokens: copula..<(copula + 1), head: copula, form: nil))
    }
  }

  /// For "help (to) X": the relation of X when X is a relation verb, or nil.
  private func lightComplement(after match: CueMatch) -> ClaimStrength? {
    var index = match.tokens.upperBound
    if parse.word(index) == "to" { index += 1 }
    for other in parse.matches where other.tokens.lowerBound == index {
      if other.category == .causalVerb || other.category == .lightCausalVerb { return .causal }
      if other.category == .correlationalVerb { return .correlational }
    }
    return nil
  }

  /// Verbs of knowing and predicting: "helps identify", "can help forecast" state no causal effect.
  private static let cognitiveVerbs: Set<String> = [
    "identify", "predict", "forecast", "detect", "diagnose", "explain", "understand", "guide", "inform",
    "select", "stratify", "distinguish", "clarify", "define", "determine", "interpret", "estimate", "assess",
    "evaluate", "elucidate", "recognize", "recognise", "monitor", "measure", "answer", "establish", "design",
  ]

  private func isNonCausalComplement(after match: CueMatch) -> Bool {
    var index = match.tokens.upperBound
    if parse.word(index) == "to" { index += 1 }
    return Self.cognitiveVerbs.contains(parse.word(index))
  }

  /// The verb group of a predicative adjective ("is effective", "is a safe and effective treatment",
  /// "appears to be more effective"), or nil when the adjective is attributive.
  private func predicativeGroup(_ match: CueMatch) -> VerbGroup? {
    var index = match.tokens.lowerBound - 1
    var steps = 0
    var unknown = 0
    var negations: [Int] = []
    var hedges: [CueMatch] = []
    while index >= 0, steps < 7 {
      let token = parse.tokens[index]
      let classes = token.classes
      if let hedge = parse.match(.hedgeAdverb, endingAt: index) ?? parse.match(.hedgeAdjective, endingAt: index) {
        hedges.append(hedge)
        index = hedge.tokens.lowerBound - 1
        steps += 1
        continue
      }
      if classes.isEmpty, token.kind == .word, unknown < 2,
        !parse.matches.contains(where: { $0.tokens.contains(index) })
      {
        unknown += 1
        index -= 1
        steps += 1
        continue
      }
      let skippable = classes.contains(.adverb) || classes.contains(.quantifier) || classes.contains(.determiner)
        || classes.contains(.adjective) || token.norm == "as" || token.norm == "and" || token.norm == ","
        || token.norm == "no" || token.norm == "equally"
        || (classes.isEmpty && token.kind == .word && ["and", ","].contains(parse.word(index + 1)))
        || classes.contains(.negation)
      guard skippable, !classes.contains(.be) else { break }
      if classes.contains(.negation) { negations.append(index) }
      index -= 1
      steps += 1
    }
    guard index >= 0 else { return nil }
    let classes = parse.tokens[index].classes
    // "offers a highly effective alternative", "provides an effective treatment" present it like "is".
    let presenting = ["offer", "offers", "offered", "provide", "provides", "provided"].contains(parse.word(index))
    guard classes.contains(.be) || classes.contains(.copula) || presenting else { return nil }
    if presenting {
      var group = VerbGroup(parse, endingBefore: index)
      group.copula = index
      return group
    }
    var group = VerbGroup(parse, endingBefore: index + 1)
    guard group.hasBe || group.copula != nil else { return nil }
    group.negationTokens += negations
    group.modifiers += hedges
    return group
  }

  /// A relation noun: hedges and "no" inside its noun phrase, and the verb group of a light verb that
  /// governs it ("may have an effect", "did not show a benefit").
  private func nominalCandidate(_ match: CueMatch, _ relation: ClaimStrength, keepTopics: Bool = false) -> RelationCandidate? {
    var built = RelationCandidate(match: match, relation: relation, tier: .main, groupStart: match.tokens.lowerBound)
    var index = match.tokens.lowerBound - 1
    var unknown = 0
    while index >= 0 {
      let token = parse.tokens[index]
      if token.kind == .punctuation { break }
      if token.norm == "no" || token.norm == "not" || token.norm == "without" {
        built.isNegated = true
        built.negationTokens.append(index)
        index -= 1
        continue
      }
      if let hedge = parse.match(.hedgeAdjective, endingAt: index) {
        built.isHedged = true
        built.modifiers.append(hedge)
        index = hedge.tokens.lowerBound - 1
        continue
      }
      if let negation = parse.match(.negation, endingAt: index), negation.tokens.count > 1 {
        built.isNegated = true
        built.modifiers.append(negation)
        index = negation.tokens.lowerBound - 1
        continue
      }
      let classes = token.classes
      if !classes.intersection([.determiner, .quantifier, .adjective, .adverb]).isEmpty || token.kind == .number {
        index -= 1
        continue
      }
      if parse.matches.contains(where: { $0.tokens.contains(index) && $0.category == .causalAdjective }) {
        index -= 1
        continue
      }
      if classes.isEmpty, unknown < 2, !Self.lightVerbs.contains(token.norm),
        !parse.matches.contains(where: { $0.tokens.contains(index) && $0.category != .hedgeAdjective })
      {
        unknown += 1
        index -= 1
        continue
      }
      break
    }
    built.groupStart = index + 1
    // A relation noun that opens its clause is a topic being evaluated ("The impact of X … is limited",
    // "These benefits were consistent"): it counts only when nothing else states a relation.
    let clauseStart = parse.clauseRanges[parse.clauseOf[match.head]].lowerBound
    if index < clauseStart || (index >= 0 && parse.tokens[index].kind == .punctuation) {
      built.tier = .secondary
    }
    if index >= 0 {
      let token = parse.tokens[index]
      // The object of a preposition is a topic ("regarding the effects of", "in relation to"), except
      // evidence for a relation ("evidence of a protective effect").
      if !keepTopics, token.classes.contains(.preposition), token.norm != "than",
        !(token.norm == "in" && parse.word(match.tokens.upperBound) == "with"),
        !(["of", "for"].contains(token.norm) && ["evidence", "proof", "support"].contains(parse.word(index - 1)))
      {
        return nil
      }
      if Self.lightVerbs.contains(token.norm) || token.classes.contains(.be) {
        let isAuxiliary = !token.classes.intersection(WordClass.auxiliary).isEmpty
        let group = VerbGroup(parse, endingBefore: isAuxiliary ? index + 1 : index)
        apply(group, to: &built)
        built.groupStart = group.start
      } else if token.norm == "there" {
        built.groupStart = index
      }
    }
    return built
  }
}
