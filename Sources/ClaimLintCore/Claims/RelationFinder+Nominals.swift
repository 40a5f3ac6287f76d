/// Relation nouns and predicative adjectives: "had no effect on", "is a cheap and effective remedy",
/// "is useful in reducing". Their modal, hedge and negation come from the verb that carries them.
extension RelationFinder {
  /// The verb group of a predicative adjective ("is effective", "is a cheap and effective remedy",
  /// "seems to be more effective"), or nil when the adjective is attributive.
  func predicativeGroup(_ match: CueMatch) -> VerbGroup? {
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
      let skippable =
        classes.contains(.adverb) || classes.contains(.quantifier) || classes.contains(.determiner)
        || classes.contains(.adjective) || parse.knowledge[.predicativeSkips].contains(token.norm) || token.norm == ","
        || (token.norm == "of" && parse.word(index - 1, isIn: .partitiveWords))
        || (classes.isEmpty && token.kind == .word && ["and", ","].contains(parse.word(index + 1)))
        || classes.contains(.negation) || token.norm == "'" || token.norm == "\""
      guard skippable, !classes.contains(.be) else { break }
      // "is not just good for …": "not only/just" adds, it does not deny.
      if classes.contains(.negation), !Self.isAdditiveNot(index, in: parse) { negations.append(index) }
      index -= 1
      steps += 1
    }
    guard index >= 0 else { return nil }
    let classes = parse.tokens[index].classes
    // "offers a genuinely useful option", "provides an effective treatment" present it like "is".
    let presenting = parse.word(index, isIn: .presentingVerbs)
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

  /// True for the "not" of "not only", "not just", "not merely", "not simply".
  static func isAdditiveNot(_ index: Int, in parse: SentenceParse) -> Bool {
    parse.word(index) == "not" && parse.word(index + 1, isIn: .additiveWords)
  }

  /// In a headline without any auxiliary or copula ("Acupuncture beneficial for back pain", "Talking
  /// therapies moderately effective"), an adjective right after its subject is predicative with the copula
  /// left out. The verb group holds the adverbs and hedges before the adjective.
  func headlineGroup(_ match: CueMatch) -> VerbGroup? {
    let verbal: WordClass = [.be, .have, .do, .modal, .copula]
    guard !parse.tokens.contains(where: { !$0.classes.intersection(verbal).isEmpty }) else { return nil }
    let group = VerbGroup(parse, endingBefore: match.tokens.lowerBound)
    guard var left = group.left else { return nil }
    while left > 0, parse.word(left, isIn: .headlineSkips) || ["'", "\""].contains(parse.word(left)) { left -= 1 }
    let subject = parse.tokens[left]
    let nonNominal: WordClass = [.determiner, .preposition, .coordinator, .subordinator, .quantifier, .adverb, .pronoun]
    guard subject.kind == .word, subject.classes.intersection(nonNominal).isEmpty,
      !parse.knowledge[.lightVerbs].contains(subject.norm), !parse.matches.contains(where: { $0.tokens.contains(left) })
    else { return nil }
    // Attributive when a noun follows: "effective treatment".
    let next = match.tokens.upperBound
    guard next < parse.tokens.count else { return group }
    let after = parse.tokens[next]
    let closes = after.kind == .punctuation || !after.classes.intersection([.preposition, .coordinator]).isEmpty
    return closes || after.norm == "as" ? group : nil
  }

  /// For an infinitive or gerund that complements a predicative adjective ("is useful in **reducing**",
  /// "might not be enough to **prevent**", "is critical to **reducing**"), the adjective's verb group.
  func liftedGroup(_ group: VerbGroup) -> VerbGroup? {
    guard var governor = group.left else { return nil }
    if !group.isInfinitive {
      // Gerund: skip the preposition ("useful in reducing").
      guard parse.word(governor, isIn: .gerundPrepositions) else { return nil }
      governor -= 1
    }
    guard governor >= 0 else { return nil }
    let token = parse.tokens[governor]
    guard token.kind == .word, !token.norm.hasSuffix("ed"), token.classes.intersection(WordClass.auxiliary).isEmpty,
      !token.classes.contains(.preposition), !token.classes.contains(.determiner),
      parse.matches.allSatisfy({ !$0.tokens.contains(governor) || $0.category.relation != nil })
    else { return nil }
    return predicativeGroup(
      CueMatch(category: .causalAdjective, tokens: governor..<(governor + 1), head: governor, form: nil))
  }

  /// True for a relation noun whose "of" names the research itself: "the wider impact of **this research**".
  private func isAboutResearch(_ match: CueMatch) -> Bool {
    var position = match.tokens.upperBound
    guard parse.word(position) == "of" || parse.word(match.tokens.upperBound - 1) == "of" else { return false }
    if parse.word(position) == "of" { position += 1 }
    for _ in 0..<3 {
      if parse.word(position, isIn: .researchSubjects) { return true }
      guard !parse.classes(position).intersection([.determiner, .adjective, .quantifier]).isEmpty else { break }
      position += 1
    }
    return parse.word(position, isIn: .researchSubjects)
  }

  /// For an infinitive after a passive "used" ("X **is used to** treat Y", "could be used to prevent"), the
  /// verb group of "used": the subject is the instrument that brings the effect about.
  func instrumentGroup(_ group: VerbGroup) -> VerbGroup? {
    guard group.isInfinitive, let used = group.left, parse.word(used, isIn: .instrumentParticiples) else { return nil }
    let passive = VerbGroup(parse, endingBefore: used)
    return passive.hasBe ? passive : nil
  }

  /// A relation noun: hedges and "no" inside its noun phrase, and the verb group of a light verb that
  /// governs it ("may have an effect", "did not show a benefit").
  func nominalCandidate(_ match: CueMatch, _ relation: ClaimStrength, keepTopics: Bool = false) -> RelationCandidate? {
    if isAboutResearch(match) { return nil }
    var built = RelationCandidate(match: match, relation: relation, tier: .main, groupStart: match.tokens.lowerBound)
    var index = match.tokens.lowerBound - 1
    var unknown = 0
    // "little to no effect": the null-result phrase around the noun is one determiner, not "to" + object.
    let nullPhrase = parse.matches.first {
      $0.category == .nullResult && $0.tokens.contains(match.head) && $0.tokens.lowerBound < match.tokens.lowerBound
    }
    while index >= 0 {
      let token = parse.tokens[index]
      if token.kind == .punctuation { break }
      if let nullPhrase, nullPhrase.tokens.contains(index) {
        built.isNegated = true
        built.modifiers.append(nullPhrase)
        index = nullPhrase.tokens.lowerBound - 1
        continue
      }
      if parse.knowledge[.nounNegators].contains(token.norm) {
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
      if classes.isEmpty, unknown < 2, !parse.knowledge[.lightVerbs].contains(token.norm),
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
      // … but the object of a phrasal reporting verb is its finding: "point to a role for".
      let reportsObject = parse.matches.contains {
        $0.tokens.upperBound == index + 1 && $0.tokens.count > 1
          && ($0.category == .reportingVerb || $0.category == .evidentialHedge)
      }
      if !keepTopics, !reportsObject, token.classes.contains(.preposition), token.norm != "than",
        !(token.norm == "in" && parse.word(match.tokens.upperBound) == "with"),
        !(["of", "for"].contains(token.norm)
          && parse.word(parse.word(index - 1) == "'" || parse.word(index - 1) == "\"" ? index - 2 : index - 1, isIn: .evidenceOfNouns))
      {
        return nil
      }
      if parse.knowledge[.lightVerbs].contains(token.norm) || token.classes.contains(.be) {
        let isAuxiliary = !token.classes.intersection(WordClass.auxiliary).isEmpty
        let group = VerbGroup(parse, endingBefore: isAuxiliary ? index + 1 : index)
        apply(group, to: &built)
        built.groupStart = group.start
        // A relation noun carried by a verb is the predicate: "are predictors of", "had no effect on".
        built.isFinite = true
      } else if token.norm == "there" {
        built.groupStart = index
      }
    }
    return built
  }
}
