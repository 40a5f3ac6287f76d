/// CommonMark link pieces: labels, destinations, titles, inline link tails and reference definitions.
///
/// All functions read scan-buffer bytes (masked container markers read as spaces) and never look past
/// `limit`. Searches for closing quotes go through a ``ForwardFinder`` so retries stay linear.
enum MarkdownLinkSyntax {
  /// Skips spaces and tabs, then at most one line ending and the spaces and tabs after it.
  static func skipSpace(_ text: [UInt8], _ index: Int, limit: Int) -> Int {
    var position = index
    while position < limit && ByteClass.isBlank(text[position]) { position += 1 }
    if position < limit && ByteClass.isLineEnd(text[position]) {
      if text[position] == ByteClass.carriageReturn && position + 1 < limit && text[position + 1] == ByteClass.newline
      {
        position += 1
      }
      position += 1
      while position < limit && ByteClass.isBlank(text[position]) { position += 1 }
    }
    return position
  }

  /// The offset after a link label `[…]` starting at `index`: at most 999 characters, no unescaped `[`, not
  /// blank.
  static func label(_ text: [UInt8], at index: Int, limit: Int) -> Int? {
    guard index < limit, text[index] == UInt8(ascii: "[") else { return nil }
    var position = index + 1
    var blank = true
    while position < limit && position - index <= 1000 {
      let byte = text[position]
      if byte == UInt8(ascii: "\\") && position + 1 < limit {
        blank = false
        position += 2
        continue
      }
      if byte == UInt8(ascii: "[") { return nil }
      if byte == UInt8(ascii: "]") { return blank ? nil : position + 1 }
      if !ByteClass.isWhitespace(byte) { blank = false }
      position += 1
    }
    return nil
  }

  /// A label as reference lookups compare it: case-folded, inner whitespace collapsed, trimmed.
  static func normalizedLabel(_ text: [UInt8], _ range: Range<Int>) -> String {
    let string = String(decoding: text[range], as: UTF8.self).lowercased()
    return string.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The offset after a link destination at `index` (`<…>` or a run without spaces and with balanced
  /// parentheses), or `nil`. `<>` is an empty destination.
  static func destination(_ text: [UInt8], at index: Int, limit: Int) -> Int? {
    guard index < limit else { return nil }
    var position = index
    if text[position] == UInt8(ascii: "<") {
      position += 1
      while position < limit {
        let byte = text[position]
        if byte == UInt8(ascii: "\\") && position + 1 < limit {
          position += 2
          continue
        }
        if byte == UInt8(ascii: ">") { return position + 1 }
        if byte == UInt8(ascii: "<") || ByteClass.isLineEnd(byte) { return nil }
        position += 1
      }
      return nil
    }
    var depth = 0
    while position < limit {
      let byte = text[position]
      if byte == UInt8(ascii: "\\") && position + 1 < limit && ByteClass.isPunctuation(text[position + 1]) {
        position += 2
        continue
      }
      if byte == UInt8(ascii: "(") {
        depth += 1
        if depth > 32 { return nil }
      } else if byte == UInt8(ascii: ")") {
        if depth == 0 { break }
        depth -= 1
      } else if ByteClass.isWhitespace(byte) || byte < 0x20 || byte == 0x7F {
        break
      }
      position += 1
    }
    guard position > index, depth == 0 else { return nil }
    return position
  }

  /// The offset after a link title at `index` (`"…"`, `'…'` or `(…)`), or `nil`.
  static func title(_ text: [UInt8], at index: Int, limit: Int, finder: inout ForwardFinder) -> Int? {
    guard index < limit else { return nil }
    let open = text[index]
    let close: UInt8
    switch open {
    case UInt8(ascii: "\""), UInt8(ascii: "'"): close = open
    case UInt8(ascii: "("): close = UInt8(ascii: ")")
    default: return nil
    }
    var from = index + 1
    while let found = finder.find([close], in: text, from: from, limit: limit) {
      var backslashes = 0
      while found - backslashes - 1 > index && text[found - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
      if backslashes % 2 == 0 { return found + 1 }
      from = found + 1
    }
    return nil
  }

  /// The offset after an inline link's `(destination "title")` starting at `index` (a `(`), or `nil`.
  static func inlineLinkTail(_ text: [UInt8], at index: Int, limit: Int, finder: inout ForwardFinder) -> Int? {
    var position = skipWhitespace(text, index + 1, limit: limit)
    guard position < limit else { return nil }
    if text[position] == UInt8(ascii: ")") { return position + 1 }
    guard let destinationEnd = destination(text, at: position, limit: limit) else { return nil }
    position = skipWhitespace(text, destinationEnd, limit: limit)
    guard position < limit else { return nil }
    if text[position] == UInt8(ascii: ")") { return position + 1 }
    guard position > destinationEnd, let titleEnd = title(text, at: position, limit: limit, finder: &finder) else {
      return nil
    }
    position = skipWhitespace(text, titleEnd, limit: limit)
    guard position < limit, text[position] == UInt8(ascii: ")") else { return nil }
    return position + 1
  }

  /// A link reference definition `[label]: destination "title"` at `index`: the offset where it ends (the end
  /// of its last line) and its normalized label.
  static func referenceDefinition(_ text: [UInt8], at index: Int, limit: Int, finder: inout ForwardFinder)
    -> (end: Int, label: String)?
  {
    guard let labelEnd = label(text, at: index, limit: limit), labelEnd < limit, text[labelEnd] == UInt8(ascii: ":"),
      text[index + 1] != UInt8(ascii: "^")
    else { return nil }
    let destinationStart = skipSpace(text, labelEnd + 1, limit: limit)
    guard let destinationEnd = destination(text, at: destinationStart, limit: limit) else { return nil }
    let label = normalizedLabel(text, index + 1..<labelEnd - 1)
    let titleStart = skipSpace(text, destinationEnd, limit: limit)
    if titleStart > destinationEnd, let titleEnd = title(text, at: titleStart, limit: limit, finder: &finder),
      let end = restOfLineBlank(text, titleEnd, limit: limit)
    {
      return (end, label)
    }
    guard let end = restOfLineBlank(text, destinationEnd, limit: limit) else { return nil }
    return (end, label)
  }

  /// When only spaces and tabs follow `index` on its line, the offset of the line's end.
  private static func restOfLineBlank(_ text: [UInt8], _ index: Int, limit: Int) -> Int? {
    var position = index
    while position < limit && ByteClass.isBlank(text[position]) { position += 1 }
    guard position == limit || ByteClass.isLineEnd(text[position]) else { return nil }
    return position
  }

  private static func skipWhitespace(_ text: [UInt8], _ index: Int, limit: Int) -> Int {
    var position = index
    while position < limit && ByteClass.isWhitespace(text[position]) { position += 1 }
    return position
  }
}
