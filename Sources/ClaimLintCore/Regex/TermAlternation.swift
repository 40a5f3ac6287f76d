/// A pattern that is one lexicon and nothing else, `(?:regex|slot|slot…)`, matched without callouts:
/// the regex part by PCRE2, the slots from the document's term spans, merged as PCRE2 picks among
/// alternatives.
///
/// PCRE2 takes the leftmost start; at one start the first alternative that matches, so the regex
/// part, then each slot in order with its longest term (the slot's run is greedy, at most
/// ``TermSlot/maximumLength`` characters, and a term starts a word). Matching a slot through callouts
/// asks Swift at every word of the text; here only the term starts are visited.
struct TermAlternation {
  /// The regex part, which never matches the empty string; `nil` when the lexicon has none.
  let head: Pattern?
  /// The term lexicon of each slot, in order.
  let lexicons: [Int]
  /// Capture groups of the whole pattern (those of the regex part).
  let captureCount: Int

  /// Calls `body` with each match inside `range` in order until it returns false (see
  /// ``Pattern/forEachMatch(in:range:startingBefore:asciiClasses:terms:budget:_:)``).
  func forEachMatch(
    in subject: UnsafeBufferPointer<UInt8>, range: Range<Int>, startingBefore startLimit: Int? = nil,
    asciiClasses: Bool, terms: TermSpanSource?, budget: MatchBudget? = nil, _ body: (Match) -> Bool
  ) throws(PatternError) {
    let stop = min(startLimit ?? range.upperBound, range.upperBound)
    var position = range.lowerBound
    var regexMatch: Match?
    var regexDone = head == nil
    while position < stop {
      if !regexDone, regexMatch.map({ $0.range.lowerBound < position }) ?? true {
        regexMatch = try head?.firstMatch(
          in: subject, range: position..<range.upperBound, startingBefore: stop, asciiClasses: asciiClasses,
          budget: budget)
        regexDone = regexMatch == nil
      }
      let limit = regexMatch?.range.lowerBound ?? stop
      let match: Match
      if let term = terms.flatMap({ firstTerm(in: subject, from: position, before: limit, end: range.upperBound, $0) }) {
        match = Match(range: term, groups: [term] + Array(repeating: nil, count: captureCount))
      } else if let regexMatch {
        match = regexMatch
      } else {
        return
      }
      guard body(match) else { return }
      position = match.range.upperBound
    }
  }

  /// The leftmost term starting in `from..<before` (ties to the earlier slot), with its longest end
  /// that the slot's run can reach.
  private func firstTerm(
    in subject: UnsafeBufferPointer<UInt8>, from: Int, before: Int, end: Int, _ terms: TermSpanSource
  ) -> Range<Int>? {
    var best: Range<Int>?
    for lexicon in lexicons {
      let limit = best?.lowerBound ?? before
      for start in terms.termStarts(lexicon: lexicon, from: from) {
        guard start < limit else { break }
        guard Self.startsWord(subject, at: start) else { continue }
        if let termEnd = terms.termEnds(lexicon: lexicon, startingAt: start).first(where: {
          $0 <= end && Self.characters(subject, start..<$0) <= TermSlot.maximumLength
        }) {
          best = start..<termEnd
          break
        }
      }
    }
    return best
  }

  /// The slot's guard: no ASCII letter or digit before, an ASCII letter or digit or a non-ASCII
  /// character at `offset`.
  private static func startsWord(_ subject: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset < subject.count, isASCIIAlphanumeric(subject[offset]) || subject[offset] >= 0x80 else { return false }
    return offset == 0 || !isASCIIAlphanumeric(subject[offset - 1])
  }

  private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  /// Unicode scalars in `range` (a run of `[\s\S]` counts characters, not bytes).
  private static func characters(_ subject: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard range.count > TermSlot.maximumLength else { return range.count }
    return subject[range].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }
}
