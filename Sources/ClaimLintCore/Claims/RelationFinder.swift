/// Finds the relation words of a sentence and decides, for each, its role, verb group and modifiers.
///
/// Frames (questions, attribution, research aims…) are applied afterwards by ``FrameScope``.
struct RelationFinder {
  let parse: SentenceParse

  /// Heads of light causal verbs ("help", "aid", "enable").
  private var lightHeads: Set<Int> {
    Set(parse.matches.filter { $0.category == .lightCausalVerb }.map(\.head))
  }


  /// Relation matches after removing those inside longer relation phrases.
  private func relationMatches() -> [CueMatch] {
    let relations = parse.matches.filter { $0.category.relation != nil }
    let mixedCase = parse.bytes.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    return relations.filter { candidate in
      // An acronym in mixed-case text is a name, not a verb: "HIV/AIDS", "the HELP trial".
      if mixedCase, candidate.tokens.count == 1, isAcronym(candidate.head) {
        let before = parse.word(candidate.head - 1)
        let after = parse.word(candidate.head + 1)
        // In a list of names: "TB, AIDS and malaria".
        let listed =
          (before == "," || parse.knowledge[.nameListJoiners].contains(before)) && parse.tokens.indices.contains(candidate.head - 2)
          && parse.tokens[candidate.head - 2].isCapitalized
        let named =
          listed || before == "/" || after == "/" || parse.knowledge[.nameDeterminers].contains(before)
          || parse.knowledge[.nameHeads].contains(after)
        if named { return false }
      }
      // Idioms: "a cause for concern", "as good for".
      if candidate.category == .causalAdjective || candidate.category == .causalNoun {
        let first = parse.word(candidate.tokens.lowerBound)
        let next = parse.word(candidate.tokens.upperBound)
        if parse.knowledge[.causeStems].contains(where: { first.hasPrefix($0) }), parse.knowledge[.concernNouns].contains(next) {
          return false
        }
        if parse.knowledge[.evaluativeAdjectives].contains(first), parse.word(candidate.tokens.lowerBound - 1) == "as" {
          return false
        }
      }
      if candidate.category == .causalNoun || candidate.category == .causalVerb {
        let word = parse.word(candidate.head)
        if parse.knowledge[.effectStems].contains(where: { word.hasPrefix($0) }) || parse.knowledge[.effectNouns].contains(word) {
          if parse.word(candidate.tokens.upperBound, isIn: .effectCompounds) { return false }
          // "side effects" name harms, not a relation — unless "of X on Y" follows.
          let next = parse.word(candidate.tokens.upperBound)
          if parse.word(candidate.tokens.lowerBound - 1, isIn: .effectPrefixes), next != "of", next != "on" {
            return false
          }
        }
      }
      if candidate.category == .correlationalNoun, parse.word(candidate.head, isIn: .prognosticAdjectives),
        parse.word(candidate.head + 1, isIn: .predictiveValues)
      {
        return false
      }
      return !relations.contains { other in
        other.category != .comparison && other.tokens.count > candidate.tokens.count
          && other.tokens.contains(candidate.head)
      }
    }
  }


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
        guard let group = predicativeGroup(match) ?? headlineGroup(match), !isNecessityFrame(match, group) else {
          continue
        }
        var built = candidate(match, relation, .main, group)
        built.isFinite = true
        result.append(built)
      case .causalNoun, .correlationalNoun:
        guard !verbHeads.contains(match.head), let built = nominalCandidate(match, relation) else { continue }
        result.append(built)
      case .causalConnective:
        let group = VerbGroup(parse, endingBefore: match.tokens.lowerBound)
        // After "be" the connective is the predicate: "gout **is caused by**", "may be **due to**".
        var built = candidate(match, relation, group.hasBe ? .main : .secondary, group)
        built.isFinite = group.hasBe
        result.append(built)
      case .comparison:
        guard !verbHeads.contains(match.head), !isRiskDescriptor(match),
          var built = nominalCandidate(match, relation, keepTopics: true)
        else {
          continue
        }
        built.tier = .mainComparison
        result.append(built)
      default:
        continue
      }
    }
    result += resultativeCandidates(excluding: result)
    result += comparativeCandidates(excluding: result)
    result = result.filter { !($0.match.category == .causalNoun && verbHeads.contains($0.match.head)) }
    // A relation noun in a clause whose verb states a relation is part of that verb's argument:
    // "was linked to a rise in", "could reflect the impact of".
    // The same holds for a group comparison inside the object of a relation verb ("leading to fewer falls
    // and improvement in …").
    var verbalTier: [Int: RelationCandidate.Tier] = [:]
    for candidate in result
    where (candidate.match.form != nil || candidate.match.category == .correlationalVerb)
      && candidate.tier != .mainComparison
      && candidate.tier != .secondaryComparison
    {
      let clause = parse.clauseOf[candidate.match.head]
      verbalTier[clause] = min(verbalTier[clause] ?? .secondaryComparison, candidate.tier)
    }
    for index in result.indices where result[index].match.form == nil {
      let category = result[index].match.category
      guard let verbal = verbalTier[parse.clauseOf[result[index].match.head]] else { continue }
      if [.causalNoun, .correlationalNoun].contains(category), result[index].tier == .main, verbal == .main {
        result[index].tier = .secondary
      } else if category == .comparison {
        result[index].tier = verbal == .main ? .secondaryComparison : max(result[index].tier, .secondaryComparison)
      }
    }
    return result
  }

  /// True for a word written in capitals with at least two letters ("AIDS", "HELP").
  private func isAcronym(_ index: Int) -> Bool {
    let bytes = parse.bytes[parse.tokens[index].range]
    let letters = bytes.filter { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
    return letters.count >= 2 && letters.allSatisfy { $0 >= 65 && $0 <= 90 }
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
      guard let first = firstConjunct(of: match, in: earlier) else {
        // "X was cheap and easy to take and **shortened** …": the first conjunct is a verb phrase too.
        // Not when an earlier relation in the clause can own the coordination ("linked to higher
        // X and lower Y", "the link between short sleep and raised …").
        let clauseStart = parse.clauseRanges[clause].lowerBound
        let relationBefore = earlier.contains { parse.clauseOf[$0.match.head] == clause && $0.match.head < match.head }
        let verbBefore = (clauseStart..<max(clauseStart, group.start)).contains {
          !parse.classes($0).intersection([.be, .have, .modal, .do]).isEmpty
        }
        // Comparatives and state participles in a list are adjectives: "had higher BMI, **lower** HDL".
        let word = parse.word(match.head)
        let adjectival =
          parse.classes(match.head).contains(.quantifier) || parse.knowledge[.stateParticiples].contains(word)
        guard verbBefore, !relationBefore, !adjectival, match.form != .gerund else { return nil }
        var built = candidate(match, relation, .main, group)
        built.isFinite = true
        return built
      }
      if isAdjectivalConjunct(match, after: first) { return nil }
      return conjunct(match, relation, sharing: first, group)
    case .nonfinite:
      if let lifted = liftedGroup(group) ?? instrumentGroup(group) {
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
    if isPrevalence(match, role: role) { return nil }
    var built = candidate(match, relation, tier, group)
    built.isFinite = [.finite, .passive, .statePassive].contains(role)
    if match.category == .correlationalVerb, match.form == .past, !group.isFinite, !built.isNegated,
      let denial = deniedHead(before: group.start)
    {
      // A reduced relative inherits the denial of its noun: "no increased risk **associated with** X".
      built.isNegated = true
      built.negationTokens.append(denial)
    }
    if match.category == .lightCausalVerb {
      if let complement = lightComplement(after: match) {
        built.relation = complement
      } else if isNonCausalComplement(after: match) {
        return nil
      }
    }
    return built
  }

  /// The verbal relation in the same clause that a coordinated verb at `match` joins: "may delay X and
  /// **reduce** Y".
  func firstConjunct(of match: CueMatch, in earlier: [RelationCandidate]) -> RelationCandidate? {
    let clause = parse.clauseOf[match.head]
    return earlier.last {
      $0.tier == .main && parse.clauseOf[$0.match.head] == clause && $0.match.head < match.head
        && $0.match.form != nil
    }
  }

  /// A second conjunct that shares the first one's modal, hedge and negation.
  func conjunct(
    _ match: CueMatch, _ relation: ClaimStrength, sharing first: RelationCandidate, _ group: VerbGroup
  ) -> RelationCandidate {
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
  }

  /// True for a participle or comparative conjoined inside the object of a prepositional relation:
  /// "associated with increased X and **reduced** Y", "led to weight loss and **improved** fitness". With
  /// no verb between the two, the participle before a bare noun modifies that noun; a verb would take
  /// its own object ("and reduced **the** risk").
  private func isAdjectivalConjunct(_ match: CueMatch, after first: RelationCandidate) -> Bool {
    guard match.form == .past || parse.classes(match.head).contains(.quantifier), match.tokens.count == 1 else {
      return false
    }
    let firstEnd = first.match.tokens.upperBound
    guard firstEnd <= match.head, parse.classes(firstEnd - 1).contains(.preposition) else { return false }
    let next = match.tokens.upperBound
    guard next < parse.tokens.count, parse.tokens[next].kind == .word,
      parse.classes(next).intersection([.determiner, .pronoun, .preposition]).isEmpty
    else { return false }
    return !(firstEnd..<match.head).contains {
      !parse.classes($0).intersection(WordClass.auxiliary).isEmpty || parse.tokens[$0].kind == .punctuation
        && parse.word($0) != ","
    }
  }

  /// True when the subject just left of the verb group is a research artifact ("these findings").
  private func hasResearchSubject(_ group: VerbGroup) -> Bool {
    guard let left = group.left else { return false }
    return parse.word(left, isIn: .researchSubjects)
  }

  func candidate(
    _ match: CueMatch, _ relation: ClaimStrength, _ tier: RelationCandidate.Tier, _ group: VerbGroup
  ) -> RelationCandidate {
    var built = RelationCandidate(match: match, relation: relation, tier: tier, groupStart: group.start)
    apply(group, to: &built)
    return built
  }

  /// Copies the modal, hedge and negation modifiers of `group` onto `candidate`.
  func apply(_ group: VerbGroup, to candidate: inout RelationCandidate) {
    candidate.modifiers += group.modifiers
    candidate.negationTokens += group.negationTokens
    if group.isNegated { candidate.isNegated = true }
    for modifier in group.modifiers {
      switch modifier.category {
      case .conditionalModal, .hedgeAdverb, .hedgeRaising:
        candidate.isHedged = true
        if Self.isDenyingHedge(modifier, in: parse) { candidate.isNegated = true }
      case .deonticModal:
        candidate.blockedBy = .init(kind: .advice, tokens: modifier.tokens)
      case .canModal: candidate.isCan = true
      default: break
      }
    }
    if let copula = group.copula, parse.word(copula, isIn: .hedgingCopulas) {
      candidate.isHedged = true
      candidate.modifiers.append(
        CueMatch(category: .hedgeRaising, tokens: copula..<(copula + 1), head: copula, form: nil))
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


  private func isNonCausalComplement(after match: CueMatch) -> Bool {
    var index = match.tokens.upperBound
    if parse.word(index) == "to" { index += 1 }
    while parse.classes(index).contains(.adverb) { index += 1 }
    return parse.word(index, isIn: .cognitiveVerbs)
  }

  /// True for a verb of knowing in any form: "identify", "identifies", "identifying", "understanding".
  func isCognitive(_ word: String) -> Bool {
    let cognitiveVerbs = parse.knowledge[.cognitiveVerbs]
    if cognitiveVerbs.contains(word) { return true }
    for suffix in ["ing", "s", "es"] where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      if cognitiveVerbs.contains(stem) || cognitiveVerbs.contains(stem + "e") { return true }
    }
    return false
  }


  /// True when a necessity adjective does not state that X brings about Y: an extraposed subject ("it is
  /// essential to confirm …") or a complement of knowing ("essential for understanding", "key in identifying").
  private func isNecessityFrame(_ match: CueMatch, _ group: VerbGroup) -> Bool {
    guard parse.word(match.tokens.lowerBound, isIn: .necessityWords) else { return false }
    if let left = group.left, parse.word(left, isIn: .expletiveSubjects) { return true }
    var next = match.tokens.upperBound
    while next < parse.tokens.count, parse.classes(next).intersection([.determiner, .adverb]).isEmpty == false {
      next += 1
    }
    return isCognitive(parse.word(next))
  }

}
