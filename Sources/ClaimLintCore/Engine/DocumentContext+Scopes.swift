extension DocumentContext {
  /// How far `before` and `after` reach from the match, in bytes. Real sentences are shorter; the
  /// limit keeps a "sentence" of megabytes (a file with no punctuation) from costing time squared.
  static let nearbyLimit = 600

  /// The scan range a scope covers for a match at `span`.
  func range(of scope: ContextScope, around span: Range<Int>) -> Range<Int> {
    let sentence = self.sentence(at: span.lowerBound)
    let sentenceRange = sentence.map { sentenceRanges[$0] } ?? span
    switch scope {
    case .match:
      return span
    case .before:
      let start = scalarStart(atOrAfter: max(sentenceRange.lowerBound, span.lowerBound - Self.nearbyLimit))
      return min(start, span.lowerBound)..<max(sentenceRange.lowerBound, span.lowerBound)
    case .after:
      let start = min(span.upperBound, sentenceRange.upperBound)
      let end = scalarStart(atOrBefore: min(sentenceRange.upperBound, start + Self.nearbyLimit))
      return start..<max(start, end)
    case .sentence:
      return sentenceRange
    case .paragraph:
      return document.blockIndex(containing: span.lowerBound).map { document.blocks[$0].range } ?? sentenceRange
    case .section:
      guard let block = document.blockIndex(containing: span.lowerBound) else { return sentenceRange }
      return document.sections[document.blocks[block].section].range
    case .document:
      return 0..<document.text.count
    case .lead:
      return document.leadRange
    case .window(let count):
      guard let sentence else { return sentenceRange }
      let first = max(0, sentence - count)
      let last = min(sentenceRanges.count - 1, sentence + count)
      return sentenceRanges[first].lowerBound..<sentenceRanges[last].upperBound
    }
  }


  /// `offset`, or the start of the next scalar when it falls inside a UTF-8 sequence.
  func scalarStart(atOrAfter offset: Int) -> Int {
    var index = offset
    while index < document.text.count && document.text[index] & 0xC0 == 0x80 { index += 1 }
    return index
  }

  /// `offset`, or the start of the scalar it falls inside.
  func scalarStart(atOrBefore offset: Int) -> Int {
    var index = offset
    while index > 0 && index < document.text.count && document.text[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }
}
