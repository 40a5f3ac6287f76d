/// Finds the blocks of a plain-text file.
///
/// - Blank lines separate paragraphs; the ``UnwrappedLines`` rule splits paragraphs with long lines.
/// - A line starting with a list marker (`- `, `* `, `• `, `1. `, `1) `; at most three digits, so a line
///   like `2021. A good year` stays prose) starts a list item; the marker is masked. Following lines that
///   are indented continue the item; an unindented line starts a paragraph.
/// - `<!-- claimlint-… -->` comments are masked and recorded, as are directive lines (a line whose trimmed
///   text starts with `claimlint-disable` or `claimlint-enable`); other `<!-- -->` text is left as prose.
/// - Bare URLs and e-mail addresses are masked (``BareLinks``).
struct PlainTextScanner {
  private var lines: [Range<Int>] = []
  private var kind: Block.Kind = .paragraph

  static func scan(_ buffer: inout ScanBuffer, from start: Int) {
    maskControlComments(&buffer, from: start)
    BareLinks.mask(&buffer, in: start..<buffer.count)
    var scanner = PlainTextScanner()
    for line in SourceLine.lines(in: buffer.text, range: start..<buffer.count) {
      scanner.add(line, &buffer)
    }
    scanner.flush(&buffer)
  }

  private mutating func add(_ line: SourceLine, _ buffer: inout ScanBuffer) {
    let content = ScanBuffer.trimmed(line.content, in: buffer.text)
    if content.isEmpty {
      flush(&buffer)
      return
    }
    if Self.isDirective(buffer.text, content) {
      flush(&buffer)
      buffer.addControlComment(line.content, body: content)
      buffer.mask(line.content)
      return
    }
    if let markerEnd = Self.listMarkerEnd(buffer.text, at: content.lowerBound, limit: content.upperBound) {
      flush(&buffer)
      buffer.mask(content.lowerBound..<markerEnd)
      kind = .listItem
      lines = [line.content]
      return
    }
    if kind == .listItem && !lines.isEmpty && content.lowerBound == line.start {
      flush(&buffer)
    }
    lines.append(line.content)
  }

  private mutating func flush(_ buffer: inout ScanBuffer) {
    for range in UnwrappedLines.blockRanges(lines) { buffer.addBlock(kind, range) }
    lines = []
    kind = .paragraph
  }

  /// `claimlint-disable…` or `claimlint-enable…` at the start of the trimmed line.
  static func isDirective(_ text: [UInt8], _ content: Range<Int>) -> Bool {
    ByteClass.hasPrefix("claimlint-disable", in: text, at: content.lowerBound, limit: content.upperBound,
      ignoringCase: false)
      || ByteClass.hasPrefix("claimlint-enable", in: text, at: content.lowerBound, limit: content.upperBound,
        ignoringCase: false)
  }

  /// The offset after a list marker and its following space at `start`, or `nil`.
  static func listMarkerEnd(_ text: [UInt8], at start: Int, limit: Int) -> Int? {
    var index = start
    if ByteClass.hasPrefix("\u{2022}", in: text, at: index, limit: limit, ignoringCase: false) {
      index += 3
    } else if text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "*") {
      index += 1
    } else {
      while index < limit && index - start < 3 && ByteClass.isDigit(text[index]) { index += 1 }
      guard index > start, index < limit, text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")")
      else { return nil }
      index += 1
    }
    guard index < limit, ByteClass.isBlank(text[index]) else { return nil }
    return index + 1
  }

  /// Masks and records `<!-- claimlint-… -->` comments anywhere in the file.
  private static func maskControlComments(_ buffer: inout ScanBuffer, from start: Int) {
    var index = start
    let limit = buffer.count
    while let open = buffer.finder.find("<!--", in: buffer.text, from: index, limit: limit) {
      guard let close = buffer.finder.find("-->", in: buffer.text, from: open + 4, limit: limit) else { return }
      let body = ScanBuffer.trimmed(open + 4..<close, in: buffer.text)
      if ByteClass.hasPrefix("claimlint-", in: buffer.text, at: body.lowerBound, limit: body.upperBound,
        ignoringCase: false)
      {
        buffer.comment(open..<close + 3, body: body, closed: true)
        index = close + 3
      } else {
        index = open + 4
      }
    }
  }
}
