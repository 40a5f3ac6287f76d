/// Masks the inline markup of one Markdown paragraph, heading or table cell, leaving its prose.
///
/// Masked: code spans, autolinks, raw HTML tags and comments (with the content of inline `script`, `style`,
/// `pre`, `code` and `textarea` elements), link and image brackets with their destinations, titles and reference
/// labels, footnote references (`[^1]`), emphasis and strikethrough delimiters that pair up, backslashes of
/// escapes and hard breaks, bare URLs (`https://…`, `www.…`) and e-mail addresses. Link text and image alt
/// text stay prose; character references are decoded. `alt` and `title` values of raw HTML tags stay prose
/// and are returned so they become ``Block/Kind/alternativeText`` blocks, as in HTML files.
///
/// One left-to-right pass with a bracket stack and per-character delimiter stacks, so the cost stays linear
/// in the text.
struct MarkdownInlineScanner {
  struct Opener {
    var position: Int
    var isImage: Bool
  }

  struct Delimiter {
    var position: Int
    var length: Int
  }

  let range: Range<Int>
  let references: Set<String>
  var brackets: [Opener] = []
  /// Link openers before this offset are inactive (a link may not contain a link).
  var inactiveBefore = Int.min
  var stars: [Delimiter] = []
  var underscores: [Delimiter] = []
  var tildes: [Delimiter] = []
  /// Backtick runs of the range by length, computed at the first backtick.
  var codeRuns: [Int: [Int]]?
  /// Per run length, the index of the first run in ``codeRuns`` that may still close a span.
  var codeRunCursors: [Int: Int] = [:]
  /// Start of the plain text run the current position belongs to (for e-mail addresses).
  var textFloor: Int
  /// `alt` and `title` values found in raw HTML tags.
  var textAttributes: [Range<Int>] = []

  private init(range: Range<Int>, references: Set<String>) {
    self.range = range
    self.references = references
    self.textFloor = range.lowerBound
  }

  /// Scans `range`; returns the value ranges of `alt` and `title` attributes of raw HTML tags, which stay
  /// prose and become blocks of their own.
  static func scan(_ buffer: inout ScanBuffer, range: Range<Int>, references: Set<String>) -> [Range<Int>] {
    var scanner = MarkdownInlineScanner(range: range, references: references)
    scanner.run(&buffer)
    return scanner.textAttributes
  }

  private mutating func run(_ buffer: inout ScanBuffer) {
    var index = range.lowerBound
    let upper = range.upperBound
    while index < upper {
      switch buffer.text[index] {
      case UInt8(ascii: "\\"):
        index = escape(&buffer, at: index)
      case UInt8(ascii: "`"):
        index = codeSpan(&buffer, at: index)
      case UInt8(ascii: "<"):
        index = angle(&buffer, at: index)
      case UInt8(ascii: "&"):
        index = buffer.decodeReference(at: index, limit: upper) ?? index + 1
      case UInt8(ascii: "!"):
        if index + 1 < upper && buffer.text[index + 1] == UInt8(ascii: "[") {
          brackets.append(Opener(position: index, isImage: true))
          index += 2
        } else {
          index += 1
        }
      case UInt8(ascii: "["):
        if let end = footnoteReference(buffer.text, at: index) {
          buffer.mask(index..<end)
          textFloor = end
          index = end
        } else {
          brackets.append(Opener(position: index, isImage: false))
          index += 1
        }
      case UInt8(ascii: "]"):
        index = closeBracket(&buffer, at: index)
      case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
        index = delimiterRun(&buffer, at: index)
      case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "w"), UInt8(ascii: "W"):
        let insideBrackets = !brackets.isEmpty
        if let end = BareLinks.url(buffer.text, at: index, range: range, insideBrackets: insideBrackets) {
          masked(&buffer, index..<end)
          index = end
        } else {
          index += 1
        }
      case UInt8(ascii: "@"):
        if let email = BareLinks.email(buffer.text, at: index, floor: textFloor, limit: upper) {
          masked(&buffer, email)
          index = email.upperBound
        } else {
          index += 1
        }
      default:
        index += 1
      }
    }
  }

  /// Masks a construct and forgets delimiters inside it.
  mutating func masked(_ buffer: inout ScanBuffer, _ construct: Range<Int>) {
    buffer.mask(construct)
    dropDelimiters(from: construct.lowerBound)
    textFloor = construct.upperBound
  }

  mutating func dropDelimiters(from position: Int) {
    while let last = stars.last, last.position >= position { stars.removeLast() }
    while let last = underscores.last, last.position >= position { underscores.removeLast() }
    while let last = tildes.last, last.position >= position { tildes.removeLast() }
  }

  private mutating func escape(_ buffer: inout ScanBuffer, at index: Int) -> Int {
    guard index + 1 < range.upperBound else { return index + 1 }
    let next = buffer.text[index + 1]
    if ByteClass.isPunctuation(next) {
      buffer.mask(index..<index + 1)
      return index + 2
    }
    if ByteClass.isLineEnd(next) { buffer.mask(index..<index + 1) }
    return index + 1
  }

  /// A code span: a backtick run closed by the next run of the same length (found through ``codeRuns``).
  private mutating func codeSpan(_ buffer: inout ScanBuffer, at index: Int) -> Int {
    let upper = range.upperBound
    var end = index
    while end < upper && buffer.text[end] == UInt8(ascii: "`") { end += 1 }
    let length = end - index
    if codeRuns == nil { codeRuns = Self.backtickRuns(buffer.text, range) }
    guard let starts = codeRuns?[length] else { return end }
    var cursor = codeRunCursors[length, default: 0]
    while cursor < starts.count && starts[cursor] < end { cursor += 1 }
    codeRunCursors[length] = cursor
    guard cursor < starts.count else { return end }
    let closeEnd = starts[cursor] + length
    masked(&buffer, index..<closeEnd)
    return closeEnd
  }

  /// Start offsets of the backtick runs in `range`, by run length.
  private static func backtickRuns(_ text: [UInt8], _ range: Range<Int>) -> [Int: [Int]] {
    var runs: [Int: [Int]] = [:]
    var index = range.lowerBound
    while index < range.upperBound {
      guard text[index] == UInt8(ascii: "`") else {
        index += 1
        continue
      }
      var end = index
      while end < range.upperBound && text[end] == UInt8(ascii: "`") { end += 1 }
      runs[end - index, default: []].append(index)
      index = end
    }
    return runs
  }

  /// Autolinks and raw HTML at a `<`.
  private mutating func angle(_ buffer: inout ScanBuffer, at index: Int) -> Int {
    let upper = range.upperBound
    if let end = MarkdownAutolinks.angleAutolink(buffer.text, at: index, limit: upper) {
      masked(&buffer, index..<end)
      return end
    }
    if ByteClass.hasPrefix("<!--", in: buffer.text, at: index, limit: upper, ignoringCase: false) {
      let bodyStart = index + 4
      for abrupt in [">", "->"] where ByteClass.hasPrefix(abrupt, in: buffer.text, at: bodyStart, limit: upper) {
        let end = bodyStart + abrupt.utf8.count
        masked(&buffer, index..<end)
        return end
      }
      guard let close = buffer.finder.find("-->", in: buffer.text, from: bodyStart, limit: upper) else {
        return index + 1
      }
      buffer.addControlComment(index..<close + 3, body: bodyStart..<close)
      masked(&buffer, index..<close + 3)
      return close + 3
    }
    for (opening, closing) in [("<?", "?>"), ("<![CDATA[", "]]>")]
    where ByteClass.hasPrefix(opening, in: buffer.text, at: index, limit: upper, ignoringCase: false) {
      let searchFrom = index + opening.utf8.count
      guard let close = buffer.finder.find(closing, in: buffer.text, from: searchFrom, limit: upper) else {
        return index + 1
      }
      masked(&buffer, index..<close + closing.utf8.count)
      return close + closing.utf8.count
    }
    let isDeclaration = index + 2 < upper && buffer.text[index + 1] == UInt8(ascii: "!")
      && ByteClass.isLetter(buffer.text[index + 2])
    if isDeclaration {
      guard let close = buffer.finder.find(">", in: buffer.text, from: index + 2, limit: upper) else {
        return index + 1
      }
      masked(&buffer, index..<close + 1)
      return close + 1
    }
    guard let tag = HTMLTagLexer.commonMarkTag(in: buffer.text, at: index, limit: upper, finder: &buffer.finder) else {
      return index + 1
    }
    var end = tag.range.upperBound
    if !tag.isEnd && !tag.isSelfClosing && ["script", "style", "pre", "code", "textarea"].contains(tag.name),
      let close = buffer.finder.find("</" + tag.name, in: buffer.text, from: end, limit: upper, ignoringCase: true),
      let closeEnd = buffer.finder.find(">", in: buffer.text, from: close, limit: upper)
    {
      end = closeEnd + 1
    }
    if end == tag.range.upperBound && !tag.textAttributes.isEmpty {
      buffer.mask(tag.range, keeping: tag.textAttributes)
      dropDelimiters(from: index)
      textFloor = end
      for value in tag.textAttributes {
        buffer.decodeReferences(in: value)
        textAttributes.append(value)
      }
      return end
    }
    masked(&buffer, index..<end)
    return end
  }

  /// A footnote reference `[^label]` (label without spaces, at most 100 bytes).
  private func footnoteReference(_ text: [UInt8], at index: Int) -> Int? {
    guard index + 2 < range.upperBound, text[index + 1] == UInt8(ascii: "^") else { return nil }
    var position = index + 2
    while position < range.upperBound && position - index < 100 {
      let byte = text[position]
      if byte == UInt8(ascii: "]") { return position > index + 2 ? position + 1 : nil }
      if ByteClass.isWhitespace(byte) || byte == UInt8(ascii: "[") { return nil }
      position += 1
    }
    return nil
  }
}
