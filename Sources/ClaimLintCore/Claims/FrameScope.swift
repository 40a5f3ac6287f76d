/// Applies the frames around each relation: questions and "whether", research aims, needs and
/// uncertainty, attribution and scare quotes, conditions, subordinate and relative clauses, negated
/// reporting ("no evidence that"), and clause-level hedges ("it is possible that", "Perhaps, …").
///
/// A left frame scopes over the rest of its clause; a sentence-initial one ("To test whether …,") ends
/// at the first comma. The writer's own reporting verb ("we found that", "results suggest") is
/// transparent and closes the search.
struct FrameScope {
  let parse: SentenceParse


  func apply(to candidates: inout [RelationCandidate]) {
    let quotes = quotePairs()
    for index in candidates.indices {
      applyFrames(to: &candidates[index], quotes: quotes)
    }
  }

  /// The stretch between strong punctuation (parentheses do not end it) that holds `token`.
  private func segment(around token: Int) -> Range<Int> {
    func isEdge(_ index: Int) -> Bool {
      let mark = parse.tokens[index]
      return SentenceParse.isStrongBoundary(mark) && !["(", ")", "[", "]"].contains(mark.norm)
    }
    var start = token
    while start > 0, !isEdge(start - 1) { start -= 1 }
    var end = token
    while end < parse.tokens.count, !isEdge(end) { end += 1 }
    return start..<end
  }

  /// True when only connectives and adverbs stand between the segment start and `index`.
  private func isInitial(_ index: Int, segmentStart: Int) -> Bool {
    var position = segmentStart
    while position < index {
      let token = parse.tokens[position]
      let skippable =
        token.classes.contains(.adverb) || token.classes.contains(.coordinator)
        || token.classes.contains(.subordinator) || parse.knowledge[.initialSkips].contains(token.norm)
        || [",", "\"", "'"].contains(token.norm)
      if !skippable { return false }
      position += 1
    }
    return true
  }

  /// End (exclusive) of the scope of a frame word at `index`. A purpose or research-aim phrase ("to
  /// examine …", "an attempt to quit …") also ends at the next auxiliary: the verb of the clause it sits in.
  private func scopeEnd(of index: Int, segment: Range<Int>) -> Int {
    var end = parse.clauseRanges[parse.clauseOf[index]].upperBound
    if parse.match(.purpose, startingAt: index) != nil || parse.match(.researchAim, startingAt: index) != nil {
      var position = index + 1
      while position < end {
        if !parse.classes(position).intersection([.be, .modal, .do]).isEmpty {
          end = position
          break
        }
        position += 1
      }
    }
    if isInitial(index, segmentStart: segment.lowerBound) {
      var position = index + 1
      while position < end, parse.tokens[position].norm != "," { position += 1 }
      end = position
    }
    return end
  }

  func block(_ candidate: inout RelationCandidate, _ kind: ClaimCue.Kind, _ tokens: Range<Int>) {
    if candidate.blockedBy == nil { candidate.blockedBy = .init(kind: kind, tokens: tokens) }
  }

  private func applyFrames(to candidate: inout RelationCandidate, quotes: [(Int, Int)]) {
    let head = candidate.match.head
    let segment = segment(around: head)
    if segment.upperBound < parse.tokens.count, parse.tokens[segment.upperBound].norm == "?" {
      block(&candidate, .question, segment.upperBound..<(segment.upperBound + 1))
    }
    // Needs and uncertainty hold for their whole clause: "further studies on the effect … are needed".
    let clause = parse.clauseRanges[parse.clauseOf[head]]
    for match in parse.matches
    where (match.category == .need || match.category == .uncertainty)
      && clause.contains(match.head) && isFrameUse(match)
    {
      block(&candidate, .question, match.tokens)
    }
    // Advice holds for its sentence: "patients should take X, which reduces Y" recommends, it does not report.
    for match in parse.matches where match.category == .deonticModal || isAdviceVerb(match) {
      guard segment.contains(match.head), governsAdvice(match.head, over: head) else { continue }
      // "Loneliness raises the risk and should be treated …": a finite finding before the advice stands.
      if head < match.head && candidate.isFinite && !candidate.match.tokens.contains(match.head)
        && !candidate.modifiers.contains(match)
      {
        continue
      }
      block(&candidate, .advice, match.tokens)
    }
    // A distancing attribution after the claim: "X cures Y, its makers claim".
    for match in parse.matches
    where match.category == .attribution && match.head > head && segment.contains(match.head)
      && match.form != .gerund && parse.word(match.tokens.lowerBound - 1) != "to"
    {
      if parse.clauseOf[match.head] != parse.clauseOf[head] || parse.word(match.tokens.lowerBound - 1) == "," {
        block(&candidate, .reportedSpeech, match.tokens)
      }
    }
    applyQuotes(to: &candidate, quotes: quotes)
    scanLeft(from: candidate.match.tokens.lowerBound - 1, head: head, segment: segment, candidate: &candidate)
    applyNullResult(to: &candidate)
  }

  /// Walks left from `index` to the nearest frame that decides the relation's status.
  private func scanLeft(from index: Int, head: Int, segment: Range<Int>, candidate: inout RelationCandidate) {
    var position = index
    let clauseStart = parse.clauseRanges[parse.clauseOf[head]].lowerBound
    var crossedComplementizer = false
    let own = candidate.modifiers.map(\.tokens)
    while position >= segment.lowerBound {
      defer { position -= 1 }
      // The relation's own modal, hedge and raising verbs are not frames ("is thought to", "shown to").
      if own.contains(where: { $0.contains(position) }) { continue }
      let word = parse.word(position)
      let inScope = { head < scopeEnd(of: position, segment: segment) }
      if let hedge = parse.match(.hedgeRaising, startingAt: position),
        parse.word(hedge.tokens.upperBound - 1) == "that",
        inScope()
      {
        candidate.isHedged = true
        if RelationFinder.isDenyingHedge(hedge, in: parse) { candidate.isNegated = true }
        candidate.modifiers.append(hedge)
        continue
      }
      if let hedge = parse.match(.hedgeAdverb, startingAt: position), position <= clauseStart + 1,
        parse.clauseOf[position] == parse.clauseOf[head], !candidate.modifiers.contains(hedge)
      {
        candidate.isHedged = true
        candidate.modifiers.append(hedge)
        continue
      }
      if let negation = parse.match(.negation, startingAt: position), negation.tokens.count > 1,
        parse.clauseOf[position] == parse.clauseOf[head] || inScope(), negation.tokens.upperBound <= head
      {
        if !candidate.isNegated { candidate.modifiers.append(negation) }
        candidate.isNegated = true
        continue
      }
      if candidate.isFinite, parse.knowledge[.complementizers].contains(word) { crossedComplementizer = true }
      if let research = parse.match(.researchAim, startingAt: position), isResearchUse(position), inScope(),
        !candidate.isFinite || crossedComplementizer
      {
        block(&candidate, .question, research.tokens)
        return
      }
      if let reporting = parse.match(.reportingVerb, startingAt: position) {
        // "little evidence to support …", "no data to suggest …": the noun before the infinitive is the frame.
        if parse.word(position - 1) == "to",
          parse.word(position - 2, isIn: .evidenceNouns) || parse.match(.negation, endingAt: position - 2) != nil
        {
          continue
        }
        // A noun use ("no evidence that", "the finding that"): the frame is further left.
        if reporting.form == .base || reporting.form == .gerund,
          !parse.classes(position - 1).intersection([.determiner, .quantifier, .adjective, .negation]).isEmpty
            || parse.match(.negation, endingAt: position) != nil
        {
          continue
        }
        if reporting.form == .gerund, parse.word(position - 1) == "," {
          candidate.tier =
            candidate.tier == .main
            ? .secondary : candidate.tier == .mainComparison ? .secondaryComparison : candidate.tier
        }
        if let hedge = parse.match(.evidentialHedge, startingAt: position) { candidate.modifiers.append(hedge) }
        let group = VerbGroup(parse, endingBefore: position)
        if group.isNegated {
          candidate.isNegated = true
          candidate.modifiers += group.modifiers.filter { $0.category == .negation }
          candidate.negationTokens += group.negationTokens
        }
        if group.modifiers.contains(where: { $0.category == .deonticModal }) && inScope() {
          block(&candidate, .question, reporting.tokens)
        }
        return
      }
      if let attribution = parse.match(.attribution, startingAt: position), attribution.form != .gerund {
        if isWriterOwn(attribution) { return }
        if inScope() || parse.knowledge[.distancingAdverbs].contains(word) {
          block(&candidate, .reportedSpeech, attribution.tokens)
          return
        }
        continue
      }
      if let speech = parse.match(.speech, startingAt: position), speech.form != .gerund, inScope() {
        // Neutral reported speech relays the claim: "researchers say X reduces Y".
        candidate.modifiers.append(speech)
        return
      }
      if let belief = parse.match(.belief, startingAt: position), belief.form != .gerund, inScope() {
        candidate.isHedged = true
        candidate.modifiers.append(belief)
        return
      }
      if let question = parse.match(.question, startingAt: position), question.head != head, inScope(),
        !isAlternative(question)
      {
        block(&candidate, .question, question.tokens)
        return
      }
      if let question = parse.match(.embeddedQuestion, startingAt: position), inScope(),
        parse.word(wordBefore(position), isIn: .questionVerbs)
      {
        // "to establish how X affects Y", "unclear why": asked. Otherwise "reveals how X raises Y" presupposes it.
        block(&candidate, .question, question.tokens)
        return
      }
      if word == "if", parse.word(position - 1) != "as", inScope() {
        block(&candidate, .question, position..<(position + 1))
        return
      }
      if let purpose = parse.match(.purpose, startingAt: position), inScope(),
        !candidate.isFinite || crossedComplementizer
      {
        block(&candidate, .question, purpose.tokens)
        return
      }
      if parse.match(.subordinate, startingAt: position) != nil, inScope() {
        demote(&candidate)
        return
      }
      if parse.knowledge[.relativeOpeners].contains(word), inScope(),
        !relativeClauseEnded(after: position, before: candidate)
      {
        demote(&candidate)
        return
      }
      if word == "that", position > segment.lowerBound {
        let before = parse.word(position - 1)
        let complement =
          parse.knowledge[.complementNouns].contains(before) || parse.match(.hedgeRaising, endingAt: position) != nil
          || parse.match(.reportingVerb, endingAt: position - 1) != nil
          || parse.match(.attribution, endingAt: position - 1) != nil
          || parse.match(.speech, endingAt: position - 1) != nil
          || parse.match(.belief, endingAt: position - 1) != nil
          || parse.classes(position - 1).contains(.adverb)
        if !complement, parse.tokens[position - 1].kind == .word, inScope(),
          !relativeClauseEnded(after: position, before: candidate)
        {
          demote(&candidate)
          return
        }
      }
    }
  }

  /// The nearest word before `index` that is not an adverb: "unclear **exactly** how" → "unclear".
  private func wordBefore(_ index: Int) -> Int {
    var position = index - 1
    while position >= 0, parse.classes(position).contains(.adverb) { position -= 1 }
    return position
  }

  /// "whether as a single dose or an infusion", "whether in men or women": "whether" before a preposition
  /// lists alternatives ("either"); it asks nothing.
  private func isAlternative(_ question: CueMatch) -> Bool {
    parse.word(question.tokens.lowerBound) == "whether" && question.tokens.count == 1
      && (parse.classes(question.tokens.upperBound).contains(.preposition)
        || parse.word(question.tokens.upperBound) == "as")
  }

  /// True when the relative clause opened at `pronoun` already has its own verb before the candidate's
  /// verb group: "a drink **that is** high in sugar **may contribute** to …" — the candidate is the main verb.
  private func relativeClauseEnded(after pronoun: Int, before candidate: RelationCandidate) -> Bool {
    guard candidate.isFinite else { return false }
    let end = min(candidate.groupStart, candidate.match.tokens.lowerBound)
    guard pronoun + 1 < end else { return false }
    return (pronoun + 1..<end).contains { !parse.classes($0).intersection([.be, .have, .modal, .do]).isEmpty }
  }

  private func demote(_ candidate: inout RelationCandidate) {
    switch candidate.tier {
    case .main: candidate.tier = .secondary
    case .mainComparison: candidate.tier = .secondaryComparison
    default: break
    }
  }

  /// A research verb used as an aim: "to determine", "for assessing", "should examine", "will evaluate".
  private func isResearchUse(_ position: Int) -> Bool {
    if parse.match(.researchAim, startingAt: position)?.form == .past { return false }
    var before = position - 1
    while before >= 0, parse.classes(before).contains(.adverb) { before -= 1 }
    let word = parse.word(before)
    if word == "to" { return parse.match(.factiveRaising, endingAt: before) == nil }
    // "Future work should examine …" plans research; "levels may identify patients" does not.
    if parse.knowledge[.researchAimMarkers].contains(word) { return true }
    return parse.match(.need, endingAt: before) != nil
  }

  /// "We believe", "I think", "according to the study", "the study claims": the writer's own voice or a cited
  /// source.
  private func isWriterOwn(_ attribution: CueMatch) -> Bool {
    let first = parse.word(attribution.tokens.lowerBound)
    if parse.knowledge[.citationOpeners].contains(first) {
      var position = attribution.tokens.upperBound
      for _ in 0..<4 {
        if parse.word(position, isIn: .evidenceSources) { return true }
        position += 1
      }
      return false
    }
    let group = VerbGroup(parse, endingBefore: attribution.tokens.lowerBound)
    let subject = group.left.map { parse.word($0) } ?? ""
    // "a new study claims that …", "researchers have claimed that …": a cited source, as with "according to".
    return parse.knowledge[.writerSubjects].contains(subject)
      || parse.knowledge[.evidenceSources].contains(subject) && !parse.knowledge[.determiners].contains(subject)
  }

  /// "little to no difference", "not significantly different" right after the relation: a null result.
  private func applyNullResult(to candidate: inout RelationCandidate) {
    let end = candidate.match.tokens.upperBound
    for match in parse.matches
    where match.category == .nullResult
      && (match.tokens.overlaps(candidate.match.tokens)
        || (match.tokens.lowerBound >= end && match.tokens.lowerBound <= end + 3))
    {
      candidate.isNegated = true
      candidate.modifiers.append(match)
      return
    }
  }

}
