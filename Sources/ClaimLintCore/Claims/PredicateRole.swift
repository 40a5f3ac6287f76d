/// How a relation word is used in its sentence, decided from its form and its neighbours.
enum PredicateRole: Sendable, Equatable {
  /// A finite verb with a subject: "X **reduces** Y", "X **may reduce** Y".
  case finite
  /// A passive: "Y **was reduced** by X".
  case passive
  /// A passive with no agent and no modal, describing a state: "levels **were reduced** in patients with
  /// X" (a group difference, not a stated cause).
  case statePassive
  /// A participle clause or reduced relative: ", **resulting in** Y", "the damage **caused by** X".
  case secondary
  /// An infinitive or gerund governed by something else: "strategies **to reduce** Y", "aimed at **reducing**".
  case nonfinite
  /// A noun or adjective use of a verb form: "an **increase** in", "with **reduced** risk".
  case modifier
  /// A verb after "and"/"or": finite only if the first conjunct is ("X reduced A **and improved** B").
  case coordinated
  /// The complement of a light verb: "may help **reduce**" (the light verb carries the claim).
  case lightComplement
  /// A bare verb opening the sentence: an instruction, not a claim ("**Reduce** your salt intake").
  case imperative
}

extension PredicateRole {





  /// True when the word at `index` reads as an adjective or a verb that takes the next word as its
  /// object or complement ("showed **lower** levels", "a **particular** cause").
  private static func isModifierLeft(_ index: Int, in parse: SentenceParse) -> Bool {
    let token = parse.tokens[index]
    // "300 mg or more **reduced** …": "or more" closes a quantity, it does not modify the next word.
    if token.classes.contains(.quantifier), parse.word(index - 1) == "or" { return false }
    if !token.classes.intersection(WordClass.nominalLeft).isEmpty || token.kind == .number { return true }
    guard token.classes.isEmpty, token.kind == .word else { return false }
    if parse.knowledge[.lightVerbs].contains(token.norm) { return true }
    if token.norm.hasSuffix("ed") && token.norm.utf8.count > 4 { return true }
    return parse.knowledge[.adjectiveSuffixes].contains { token.norm.hasSuffix($0) } && token.norm.utf8.count > 4
  }


  /// True when the word at `index` can be the subject of a plural present verb: a plural noun, a pronoun,
  /// a relative pronoun, or a closing parenthesis or quote.
  private static func isPluralSubject(_ index: Int, in parse: SentenceParse) -> Bool {
    let token = parse.tokens[index]
    if token.classes.contains(.pronoun) || token.classes.contains(.relativePronoun) { return true }
    if parse.knowledge[.pluralDeterminers].contains(token.norm) { return true }
    let word = token.norm
    if parse.knowledge[.pluralsWithoutS].contains(word) { return true }
    // A subject with a prepositional phrase is plural when its head is: "leaves in bags of salad **increase**".
    var head = index
    for _ in 0..<2 {
      var position = head - 1
      // "such as" and "including" open examples: "spices such as turmeric **soothe** …".
      while position >= max(0, head - 5), parse.tokens[position].kind == .word,
        !parse.tokens[position].classes.contains(.preposition),
        !(parse.word(position) == "as" && parse.word(position - 1) == "such")
      {
        position -= 1
      }
      guard position > 0, parse.word(position, isIn: .subjectHeadPrepositions),
        parse.tokens[position - 1].kind == .word
      else { break }
      head = parse.word(position) == "as" ? position - 2 : position - 1
      guard head >= 0 else { break }
      // A participle after the noun is a reduced relative: "vouchers mailed to patients **increase**".
      if parse.word(head).hasSuffix("ed"), head > 0, parse.tokens[head - 1].kind == .word { head -= 1 }
      let noun = parse.word(head)
      // A noun that is itself the object of a preposition is no subject: "a risk factor for complications
      // after hernia **repair**".
      if parse.knowledge[.pluralsWithoutS].contains(noun)
        || (noun.hasSuffix("s") && !noun.hasSuffix("ss") && !noun.hasSuffix("us") && !noun.hasSuffix("is")),
        !isPrepositionalObject(head, in: parse)
      {
        return true
      }
    }
    // A coordinated subject is plural: "vitamin C and zinc **lower** …"; so is one with a relative clause,
    // "patients who eat oily fish **cut** …".
    var position = index - 1
    while position >= max(0, index - 8) {
      let before = parse.tokens[position]
      if before.norm == "and" && position >= index - 4 || before.norm == "who" { return true }
      if before.kind == .punctuation && ![",", "'", "\""].contains(before.norm) || before.classes.contains(.preposition)
      {
        break
      }
      position -= 1
    }
    guard word.hasSuffix("s"), word.utf8.count > 2 else {
      // Acronyms and names ("PUFA lower …") are read as subjects.
      return token.isCapitalized && parse.text(index..<(index + 1)).utf8.dropFirst().contains { $0 >= 65 && $0 <= 90 }
    }
    return !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
  }

  /// The preposition that opens the noun phrase ending just before `index`: walking left over adjectives,
  /// quantifiers, determiners, coordinators, list commas and content words ("with early, severe or
  /// repeated **relapses**"). Nil when a verb, a verb-like "-ing" word or a clause edge comes first.
  private static func prepositionOpening(before index: Int, in parse: SentenceParse) -> Int? {
    var position = index - 1
    while position >= max(0, index - 7) {
      let token = parse.tokens[position]
      if token.classes.contains(.preposition) { return position }
      // A comma right before the noun closes a fronted phrase: "In studies of X, **differences** …".
      if token.norm == ",", position == index - 1 { return nil }
      let unknownModifier =
        token.classes.isEmpty && !token.norm.hasSuffix("ing") && !parse.knowledge[.questionWords].contains(token.norm)
      let modifier =
        token.kind == .word
        && (unknownModifier
          || !token.classes.intersection([.adjective, .quantifier, .adverb, .determiner, .coordinator]).isEmpty)
      guard modifier || token.norm == "," else { return nil }
      position -= 1
    }
    return nil
  }

  /// True when the noun at `index` heads the object of a preposition.
  private static func isPrepositionalObject(_ index: Int, in parse: SentenceParse) -> Bool {
    prepositionOpening(before: index, in: parse) != nil
  }

  /// True when the word at `index` is inside the object of a relation phrase that ends in a preposition
  /// ("associated with", "linked to", "led to").
  private static func isInRelationObject(_ index: Int, in parse: SentenceParse) -> Bool {
    guard let preposition = prepositionOpening(before: index, in: parse) else { return false }
    return parse.matches.contains {
      $0.tokens.upperBound == preposition + 1 && $0.tokens.count > 1 && $0.form != nil && $0.category.relation != nil
    }
  }

  /// True when the word at `index` is itself a verb: it follows "to", a modal or an auxiliary.
  private static func isVerbAfterMarker(_ index: Int, in parse: SentenceParse) -> Bool {
    guard index > 0 else { return false }
    let before = parse.tokens[index - 1]
    return before.norm == "to" || before.classes.contains(.modal) || before.classes.contains(.do)
  }

  /// True when an agent ("by …") or a named cause ("because …", "due to …") follows within a few tokens
  /// of `index`. A time ("after surgery") is not a cause.
  private static func hasAgent(after index: Int, in parse: SentenceParse) -> Bool {
    var position = index
    while position < min(parse.tokens.count, index + 5) {
      if parse.word(position, isIn: .agentMarkers) { return true }
      if parse.tokens[position].kind == .punctuation { return false }
      position += 1
    }
    return false
  }

  /// The role of a verb-form relation word `match` whose verb group is `group`.
  static func of(_ match: CueMatch, group: VerbGroup, in parse: SentenceParse, lightHeads: Set<Int>) -> PredicateRole {
    let form = match.form ?? .past
    if group.isInfinitive {
      if let left = group.left, lightHeads.contains(left) { return .lightComplement }
      return .nonfinite
    }
    if let left = group.left, lightHeads.contains(left), group.modifiers.isEmpty, !group.hasBe, !group.hasHave {
      return .lightComplement
    }
    let after = match.tokens.upperBound
    let next = parse.word(after)
    // "increases in", "cause of": a noun.
    if (form == .base || form == .thirdPerson) && match.tokens.count == 1 && (next == "of" || next == "in") {
      return .modifier
    }
    // "Oral **impacts** were …": a noun form heading the subject of an auxiliary.
    if form == .thirdPerson, parse.word(match.head, isIn: .pluralNounForms), group.modifiers.isEmpty,
      !group.isFinite, !parse.classes(after).intersection([.be, .have, .modal, .copula]).isEmpty
    {
      return .modifier
    }
    // "associated with cognitive **delays**": inside the object of a prepositional relation, a noun.
    if form == .base || form == .thirdPerson, !group.isFinite, isInRelationObject(match.tokens.lowerBound, in: parse) {
      return .modifier
    }
    if group.isFinite {
      // A raising participle without an auxiliary is a reduced relative: "an intervention known to improve".
      let raising = group.modifiers.first { $0.category == .factiveRaising || $0.category == .hedgeRaising }
      if let raising, !group.hasBe, !group.hasHave, !group.hasDo,
        !group.modifiers.contains(where: { [.conditionalModal, .canModal, .deonticModal].contains($0.category) }),
        parse.word(raising.tokens.lowerBound).hasSuffix("ed") || parse.word(raising.tokens.lowerBound).hasSuffix("n")
          || parse.word(raising.tokens.lowerBound, isIn: .irregularRaisingParticiples)
      {
        return .secondary
      }
      if group.hasBe && form == .past {
        let modal = group.modifiers.contains { [.conditionalModal, .canModal, .deonticModal].contains($0.category) }
        let state = match.category == .causalVerb && !modal && !hasAgent(after: after, in: parse)
        return state ? .statePassive : .passive
      }
      let governed = group.modifiers.contains {
        [.conditionalModal, .canModal, .deonticModal, .hedgeRaising, .factiveRaising].contains($0.category)
      }
      if group.hasBe && (form == .base || form == .thirdPerson) && !group.hasHave && !governed { return .modifier }
      // "had **lower** levels": a bare form after "have" is an adjective.
      if group.hasHave && !group.hasBe && (form == .base || form == .thirdPerson) { return .modifier }
      if group.hasHave, !group.hasBe, form == .past, match.tokens.count == 1,
        !parse.classes(after).contains(.determiner),
        !group.modifiers.contains(where: { $0.category == .negation }),
        parse.word(match.head, isIn: .stateParticiples) || parse.knowledge[.measureNouns].contains(next)
      {
        return .modifier
      }
      return .finite
    }
    guard let groupLeft = group.left else {
      switch form {
      case .base:
        return parse.classes(after).contains(.determiner) || parse.classes(after).contains(.pronoun)
          ? .imperative : .modifier
      case .thirdPerson: return parse.word(match.head, isIn: .pluralNounForms) ? .modifier : .finite
      case .past, .gerund: return .modifier
      }
    }
    var left = groupLeft
    if parse.word(left) == ")" {
      // Skip a parenthetical: "steroids (triamcinolone, dexamethasone) **reduce**".
      var depth = 0
      var position = left
      while position >= 0 {
        if parse.word(position) == ")" { depth += 1 }
        if parse.word(position) == "(" { depth -= 1 }
        if depth == 0 { break }
        position -= 1
      }
      guard position > 0 else { return .modifier }
      left = position - 1
    }
    // A closing quote is transparent: "words such as 'beer' **cause** …".
    while left > 0, parse.tokens[left].kind == .punctuation, ["\"", "'"].contains(parse.word(left)),
      parse.tokens[left - 1].kind == .word
    {
      left -= 1
    }
    let leftToken = parse.tokens[left]
    let leftClasses = leftToken.classes
    if leftToken.kind == .punctuation {
      if leftToken.norm == "," || leftToken.norm == "--" {
        switch form {
        case .gerund: return .secondary
        case .past:
          if next == "by" { return .secondary }
          // "Surgery, not drugs, led to …", "X, in turn, reduced the …": a verb after a parenthetical.
          return match.tokens.count > 1 || parse.classes(after).contains(.determiner) ? .finite : .modifier
        case .thirdPerson: return .finite
        case .base: return .modifier
        }
      }
      return form == .thirdPerson ? .finite : .modifier
    }
    if leftClasses.contains(.coordinator) {
      // "… and sharply **lowers** fever", "… and **improves** the …": a second verb.
      let adverb = group.start < match.tokens.lowerBound
      if form == .thirdPerson && (adverb || parse.classes(after).contains(.determiner)) { return .finite }
      return .coordinated
    }
    // "a drug **that** reduces", "patients **who** lowered": a relative or complement clause verb.
    if parse.knowledge[.relativeComplementizers].contains(leftToken.norm), form != .gerund { return .finite }
    let afterVerb = isVerbAfterMarker(left, in: parse) && (form == .past || form == .base)
    let modifierLeft = isModifierLeft(left, in: parse) || afterVerb
    switch form {
    case .thirdPerson:
      // A transitive verb needs an object; a noun form with none ends its phrase: "has no health
      // **benefits**.", "measured cardiometabolic **benefits** for …".
      if parse.word(match.head, isIn: .objectNouns), leftToken.kind == .word,
        leftClasses.intersection([.pronoun, .relativePronoun]).isEmpty,
        after >= parse.tokens.count || parse.tokens[after].kind == .punctuation
          || parse.knowledge[.objectNounFollowers].contains(next)
      {
        return .modifier
      }
      // "much" takes mass nouns, so "(too) much **increases**" ends a subject: a verb follows.
      if parse.knowledge[.massQuantifiers].contains(leftToken.norm) { return .finite }
      // Only forms that double as plural nouns ("benefits", "delays") read as nouns after an adjective:
      // "cardiometabolic benefits" but "turmeric relieves".
      if modifierLeft && !leftClasses.intersection(WordClass.nominalLeft).isEmpty { return .modifier }
      return modifierLeft && parse.word(match.head, isIn: .pluralNounForms) ? .modifier : .finite
    case .base:
      if leftClasses.contains(.relativePronoun) || leftClasses.contains(.pronoun) { return .finite }
      // A singular noun before a bare verb form makes a compound: "hernia **repair**", "pharmacy **benefit**".
      return modifierLeft || !isPluralSubject(left, in: parse) ? .modifier : .finite
    case .past:
      // A past form with its own object is a verb: "those who exercised **lowered** their risk".
      if !parse.classes(after).intersection([.determiner]).isEmpty, parse.word(after) != "no" { return .finite }
      if modifierLeft { return .modifier }
      if leftClasses.contains(.relativePronoun) { return .finite }
      if next == "by" { return .secondary }
      return .finite
    case .gerund:
      if modifierLeft { return .nonfinite }
      if leftClasses.contains(.relativePronoun) { return .finite }
      return .secondary
    }
  }
}
