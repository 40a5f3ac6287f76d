@testable import ClaimLintCore

/// Builds `Document` values by hand for tests, without the real parser: blocks are runs of non-blank
/// lines, sentences end at `.`, `!` or `?` before a space or line end, HTML comments are masked, and
/// `claimlint-` comments (and, for plain text, directive lines) become control comments.
enum TestDocument {
  static func make(_ text: String, format: DocumentFormat = .markdown, path: String = "doc.md") -> Document {
    let bytes = Array(text.utf8)
    var scan = bytes
    var comments: [ControlComment] = []
    var index = 0
    while index + 3 < scan.count {
      guard Array(scan[index..<(index + 4)]) == Array("<!--".utf8) else {
        index += 1
        continue
      }
      var end = index + 4
      while end + 2 < scan.count && Array(scan[end..<(end + 3)]) != Array("-->".utf8) { end += 1 }
      let close = min(scan.count, end + 3)
      let body = SentenceText.normalize(String(decoding: bytes[(index + 4)..<min(end, bytes.count)], as: UTF8.self))
      if body.hasPrefix("claimlint-") { comments.append(ControlComment(range: index..<close, body: body)) }
      for position in index..<close where scan[position] != 0x0A { scan[position] = 0x20 }
      index = close
    }
    let source = SourceText(bytes: bytes)
    if format == .text {
      for line in 1...source.lineStarts.count {
        let range = source.lineRange(line)
        let body = SentenceText.normalize(source.lineText(line))
        guard body.hasPrefix("claimlint-disable") || body.hasPrefix("claimlint-enable") else { continue }
        comments.append(ControlComment(range: range, body: body))
        for position in range { scan[position] = 0x20 }
      }
      comments.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    var blocks: [Block] = []
    var sentences: [Sentence] = []
    var lineStart = 0
    var blockStart: Int?
    func closeBlock(at end: Int) {
      guard var start = blockStart else { return }
      blockStart = nil
      var stop = end
      while start < stop && isSpace(scan[start]) { start += 1 }
      while stop > start && isSpace(scan[stop - 1]) { stop -= 1 }
      guard start < stop else { return }
      let first = sentences.count
      var sentenceStart = start
      var position = start
      while position < stop {
        if "!.?".utf8.contains(scan[position]) && (position + 1 == stop || isSpace(scan[position + 1])) {
          sentences.append(Sentence(range: sentenceStart..<(position + 1), block: blocks.count))
          sentenceStart = position + 1
          while sentenceStart < stop && isSpace(scan[sentenceStart]) { sentenceStart += 1 }
          position = sentenceStart
          continue
        }
        position += 1
      }
      if sentenceStart < stop { sentences.append(Sentence(range: sentenceStart..<stop, block: blocks.count)) }
      blocks.append(Block(kind: .paragraph, range: start..<stop, sentences: first..<sentences.count))
    }
    for position in 0...scan.count where position == scan.count || scan[position] == 0x0A {
      if scan[lineStart..<position].allSatisfy(isSpace) {
        closeBlock(at: lineStart)
      } else if blockStart == nil {
        blockStart = lineStart
      }
      lineStart = position + 1
    }
    closeBlock(at: scan.count)
    return Document(
      path: path, format: format, source: source, text: scan, offsets: .identity, blocks: blocks,
      sentences: sentences, sections: [Section(heading: nil, blocks: 0..<blocks.count, range: 0..<scan.count)],
      controlComments: comments)
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

  /// A finding of `rule` at the `occurrence`-th `needle` in `text`.
  static func finding(_ rule: String, _ needle: String, in text: String, occurrence: Int = 1) -> Finding {
    Finding(ruleID: rule, message: "\(rule) fired", range: range(of: needle, in: text, occurrence: occurrence))
  }

  /// The byte range of the `occurrence`-th `needle`.
  static func range(of needle: String, in text: String, occurrence: Int = 1) -> Range<Int> {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    var found = 0
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
      found += 1
      if found == occurrence { return start..<(start + pattern.count) }
    }
    preconditionFailure("\(needle) not found")
  }
}
