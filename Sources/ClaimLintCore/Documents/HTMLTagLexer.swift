/// A start or end tag found by ``HTMLTagLexer``.
struct HTMLTag: Sendable, Hashable {
  /// From `<` through `>`.
  var range: Range<Int>
  /// Lowercased element name.
  var name: String
  var isEnd: Bool
  var isSelfClosing: Bool
  /// Value ranges of `alt` and `title` attributes (the text between the quotes), in order.
  var textAttributes: [Range<Int>]
}

/// Reads one HTML tag with HTML5's tokenizer rules for names and attributes (any quoting style, any case).
enum HTMLTagLexer {
  /// The tag that starts at `start` (a `<`), or `nil` when there is no complete tag before `limit`, in which
  /// case the caller treats the `<` as text.
  static func tag(in bytes: [UInt8], at start: Int, limit: Int, finder: inout ForwardFinder) -> HTMLTag? {
    var position = start + 1
    var isEnd = false
    if position < limit && bytes[position] == UInt8(ascii: "/") {
      isEnd = true
      position += 1
    }
    guard position < limit, ByteClass.isLetter(bytes[position]),
      finder.find(">", in: bytes, from: position, limit: limit) != nil
    else { return nil }
    let nameStart = position
    while position < limit && !isNameEnd(bytes[position]) { position += 1 }
    let name = String(decoding: bytes[nameStart..<position].map(ByteClass.lowercased), as: UTF8.self)
    var textAttributes: [Range<Int>] = []
    var isSelfClosing = false
    while true {
      while position < limit && (ByteClass.isWhitespace(bytes[position]) || bytes[position] == UInt8(ascii: "/")) {
        if bytes[position] == UInt8(ascii: "/") && position + 1 < limit && bytes[position + 1] == UInt8(ascii: ">") {
          isSelfClosing = true
        }
        position += 1
      }
      guard position < limit else { return nil }
      if bytes[position] == UInt8(ascii: ">") { break }
      let attributeStart = position
      position += 1
      while position < limit && !isNameEnd(bytes[position]) && bytes[position] != UInt8(ascii: "=") { position += 1 }
      let attributeName = attributeStart..<position
      while position < limit && ByteClass.isWhitespace(bytes[position]) { position += 1 }
      guard position < limit, bytes[position] == UInt8(ascii: "=") else { continue }
      position += 1
      while position < limit && ByteClass.isWhitespace(bytes[position]) { position += 1 }
      guard position < limit else { return nil }
      let value: Range<Int>
      let quote = bytes[position]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        guard let close = finder.find([quote], in: bytes, from: position + 1, limit: limit) else { return nil }
        value = position + 1..<close
        position = close + 1
      } else {
        let valueStart = position
        while position < limit && !ByteClass.isWhitespace(bytes[position]) && bytes[position] != UInt8(ascii: ">") {
          position += 1
        }
        value = valueStart..<position
      }
      if !isEnd && isTextAttribute(bytes, attributeName) { textAttributes.append(value) }
    }
    return HTMLTag(
      range: start..<position + 1, name: name, isEnd: isEnd, isSelfClosing: isSelfClosing,
      textAttributes: textAttributes)
  }

  private static func isNameEnd(_ byte: UInt8) -> Bool {
    ByteClass.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
  }

  /// `alt` or `title`, in any case.
  private static func isTextAttribute(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    (range.count == 3 && ByteClass.hasPrefix("alt", in: bytes, at: range.lowerBound, limit: range.upperBound))
      || (range.count == 5 && ByteClass.hasPrefix("title", in: bytes, at: range.lowerBound, limit: range.upperBound))
  }

  /// A tag by CommonMark's stricter raw-HTML grammar (used in Markdown): names `[A-Za-z][A-Za-z0-9-]*`,
  /// whitespace before each attribute, attribute names `[A-Za-z_:][A-Za-z0-9_.:-]*`, unquoted values without
  /// quotes, `=`, `<`, `>` or backticks, and end tags without attributes.
  static func commonMarkTag(in bytes: [UInt8], at start: Int, limit: Int, finder: inout ForwardFinder) -> HTMLTag? {
    var position = start + 1
    let isEnd = position < limit && bytes[position] == UInt8(ascii: "/")
    if isEnd { position += 1 }
    guard position < limit, ByteClass.isLetter(bytes[position]) else { return nil }
    let nameStart = position
    while position < limit && (ByteClass.isAlphanumeric(bytes[position]) || bytes[position] == UInt8(ascii: "-")) {
      position += 1
    }
    let name = String(decoding: bytes[nameStart..<position].map(ByteClass.lowercased), as: UTF8.self)
    var textAttributes: [Range<Int>] = []
    while !isEnd {
      let beforeSpace = position
      while position < limit && ByteClass.isWhitespace(bytes[position]) { position += 1 }
      guard position < limit else { return nil }
      let byte = bytes[position]
      guard position > beforeSpace, ByteClass.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
      else { break }
      let attributeStart = position
      while position < limit && (ByteClass.isAlphanumeric(bytes[position]) || "_.:-".utf8.contains(bytes[position])) {
        position += 1
      }
      let attributeName = attributeStart..<position
      var valueStart = position
      while valueStart < limit && ByteClass.isWhitespace(bytes[valueStart]) { valueStart += 1 }
      guard valueStart < limit, bytes[valueStart] == UInt8(ascii: "=") else { continue }
      valueStart += 1
      while valueStart < limit && ByteClass.isWhitespace(bytes[valueStart]) { valueStart += 1 }
      guard valueStart < limit else { return nil }
      let value: Range<Int>
      let quote = bytes[valueStart]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        guard let close = finder.find([quote], in: bytes, from: valueStart + 1, limit: limit) else { return nil }
        value = valueStart + 1..<close
        position = close + 1
      } else {
        position = valueStart
        while position < limit && !ByteClass.isWhitespace(bytes[position])
          && !"\"'=<>`".utf8.contains(bytes[position])
        {
          position += 1
        }
        guard position > valueStart else { return nil }
        value = valueStart..<position
      }
      if isTextAttribute(bytes, attributeName) { textAttributes.append(value) }
    }
    while position < limit && ByteClass.isWhitespace(bytes[position]) { position += 1 }
    var isSelfClosing = false
    if !isEnd && position < limit && bytes[position] == UInt8(ascii: "/") {
      isSelfClosing = true
      position += 1
    }
    guard position < limit, bytes[position] == UInt8(ascii: ">") else { return nil }
    return HTMLTag(
      range: start..<position + 1, name: name, isEnd: isEnd, isSelfClosing: isSelfClosing,
      textAttributes: textAttributes)
  }
}
