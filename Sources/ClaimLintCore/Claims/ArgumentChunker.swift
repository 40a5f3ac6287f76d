/// Finds the exposure and outcome phrases of a relation: the subject and object of a verb, "between X
/// and Y" of an association, "of X on Y" of an effect.
struct ArgumentChunker {
  let parse: SentenceParse


  /// Token ranges of the exposure and the outcome, when found.
  func arguments(of candidate: RelationCandidate) -> (exposure: Range<Int>?, outcome: Range<Int>?) {
    let match = candidate.match
    let word = parse.word(match.head)
    switch match.category {
    case .causalNoun, .correlationalNoun:
      if let between = find("between", from: match.tokens.upperBound, within: 2),
        let and = find("and", from: between + 1, within: 8)
      {
        return (trim(between + 1..<and), forward(from: and + 1))
      }
      if parse.knowledge[.argumentEffectPrefixes].contains(where: { word.hasPrefix($0) }) {
        if let of = find("of", from: match.tokens.upperBound, within: 1) {
          let exposureEnd = find("on", from: of + 1, within: 8)
          let exposure = trim(of + 1..<(exposureEnd ?? min(parse.tokens.count, of + 6)))
          return (exposure, exposureEnd.map { forward(from: $0 + 1) } ?? nil)
        }
        if parse.word(match.tokens.upperBound) == "on" {
          return (backward(from: candidate.groupStart), forward(from: match.tokens.upperBound + 1))
        }
      }
      return (backward(from: candidate.groupStart), forward(from: match.tokens.upperBound))
    default:
      let subject = backward(from: candidate.groupStart)
      var objectStart = match.tokens.upperBound
      if match.category == .causalAdjective, parse.word(objectStart, isIn: .adjectiveObjectPrepositions) {
        objectStart += 1
        if parse.word(objectStart).hasSuffix("ing") { objectStart += 1 }
      }
      let object = forward(from: objectStart)
      let passive =
        match.category == .causalVerb && match.form == .past
        && (candidate.groupStart..<match.head).contains { parse.classes($0).contains(.be) }
      if passive {
        // Passive: "Y was reduced by X".
        if let by = find("by", from: match.tokens.upperBound, within: 3) { return (forward(from: by + 1), subject) }
        return (nil, subject)
      }
      return (subject, object)
    }
  }

  private func find(_ word: String, from start: Int, within distance: Int) -> Int? {
    var position = start
    while position < parse.tokens.count, position <= start + distance {
      if parse.word(position) == word { return position }
      if parse.tokens[position].kind == .punctuation { return nil }
      position += 1
    }
    return nil
  }

  /// The noun phrase ending just before `end`, at most eight tokens.
  private func backward(from end: Int) -> Range<Int>? {
    var start = end
    while start > 0, end - start < 8 {
      let token = parse.tokens[start - 1]
      let stops = parse.word(start - 1, isIn: .argumentStops) && token.norm != "with" && token.norm != "of"
      if token.kind == .punctuation || stops {
        break
      }
      if parse.match(.reportingVerb, endingAt: start - 1) != nil
        || parse.match(.attribution, endingAt: start - 1) != nil
        || parse.match(.speech, endingAt: start - 1) != nil || parse.match(.belief, endingAt: start - 1) != nil
      {
        break
      }
      start -= 1
    }
    return trim(start..<end)
  }

  /// The noun phrase starting at `start`, at most eight tokens.
  private func forward(from start: Int) -> Range<Int>? {
    var end = start
    while end < parse.tokens.count, end - start < 8 {
      let token = parse.tokens[end]
      if token.kind == .punctuation || parse.word(end, isIn: .argumentStops) || token.classes.contains(.modal)
        || token.classes.contains(.be)
      {
        break
      }
      end += 1
    }
    return trim(start..<end)
  }

  /// Drops determiners and coordinators at the edges; nil when nothing is left.
  private func trim(_ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = min(range.upperBound, parse.tokens.count)
    func edge(_ index: Int) -> Bool {
      parse.tokens[index].kind == .punctuation
        || !parse.classes(index).intersection([.determiner, .coordinator, .be, .have, .do, .modal, .negation, .adverb])
          .isEmpty
    }
    while lower < upper, edge(lower) { lower += 1 }
    while upper > lower, edge(upper - 1) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }
}
