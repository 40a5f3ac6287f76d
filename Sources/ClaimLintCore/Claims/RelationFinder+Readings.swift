/// Readings that deny a relation word or keep it from stating a claim: a denied noun phrase ("no increased
/// risk associated with"), a leaning-to-denial hedge ("unlikely to"), a prevalence count ("affects one in ten
/// adults") and a population descriptor ("patients at high risk for").
extension RelationFinder {
  /// The "no" that opens the noun phrase ending just before `index`: "found **no** increased risk (associated
  /// with …)". Nil when a verb, clause boundary or another relation comes first.
  func deniedHead(before index: Int) -> Int? {
    var position = index - 1
    while position >= max(0, index - 12) {
      let token = parse.tokens[position]
      let verbal: WordClass = [.be, .have, .do, .modal, .relativePronoun]
      if token.kind == .punctuation || !token.classes.intersection(verbal).isEmpty { return nil }
      if token.norm == "no" { return position }
      // A finite verb ends the noun phrase; a participle may modify its noun ("no **increased** risk").
      let finite = parse.matches.contains {
        $0.tokens.contains(position) && ($0.form == .base || $0.form == .thirdPerson)
      }
      if finite { return nil }
      position -= 1
    }
    return nil
  }


  /// A verb of afflicting with a count of people as its object ("affects 1 in 10 adults", "kills 400 people
  /// a day") or, in the passive, as its subject ("one in 40 people is affected"): how common a condition is,
  /// not what causes it.
  func isPrevalence(_ match: CueMatch, role: PredicateRole) -> Bool {
    let verb = parse.word(match.head)
    guard parse.knowledge[.prevalenceVerbs].contains(where: { verb.hasPrefix($0) }) else { return false }
    func isCount(from start: Int) -> Bool {
      var position = start
      for _ in 0..<5 {
        guard position >= 0, position < parse.tokens.count else { return false }
        // A number counts people when a word follows it ("400 people", "1 in 10"), not "(d = .68)".
        if parse.tokens[position].kind == .number {
          var next = position + 1
          // Thousands separators: "17,989 adults".
          while parse.word(next) == ",", next + 1 < parse.tokens.count, parse.tokens[next + 1].kind == .number {
            next += 2
          }
          return next < parse.tokens.count && parse.tokens[next].kind == .word
        }
        let word = parse.word(position)
        let counts = parse.knowledge[.countWords].contains(word)
        guard counts || parse.knowledge[.approximators].contains(word) else { return false }
        if counts { return true }
        position += 1
      }
      return false
    }
    if role == .passive || role == .statePassive {
      return isCount(from: parse.clauseRanges[parse.clauseOf[match.head]].lowerBound)
    }
    return isCount(from: match.tokens.upperBound)
  }

  /// "patients at high risk for X": a plain degree after a noun picks out a population; only a predicate
  /// ("are at high risk of") or a comparative ("at increased risk") states a difference.
  func isRiskDescriptor(_ match: CueMatch) -> Bool {
    guard parse.word(match.tokens.lowerBound) == "at",
      parse.word(match.tokens.lowerBound + 1, isIn: .riskDegrees)
    else { return false }
    var before = match.tokens.lowerBound - 1
    while before >= 0, parse.classes(before).contains(.adverb) { before -= 1 }
    return parse.classes(before).intersection([.be, .copula]).isEmpty
  }

  /// A hedge that leans toward denial: "is unlikely to affect", "it is unlikely that".
  static func isDenyingHedge(_ modifier: CueMatch, in parse: SentenceParse) -> Bool {
    modifier.tokens.contains { parse.word($0, isIn: .denyingHedges) }
  }
}
