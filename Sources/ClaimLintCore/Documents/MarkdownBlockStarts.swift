/// Recognisers for the starts of CommonMark and GFM blocks on one line (`start` is the first non-blank byte,
/// `end` the end of the line's content).
enum MarkdownBlockStarts {
  /// An ATX heading: its level and the content range without the opening and closing `#` sequences.
  static func atxHeading(_ text: [UInt8], at start: Int, end: Int) -> (level: Int, content: Range<Int>)? {
    var position = start
    while position < end && text[position] == UInt8(ascii: "#") && position - start < 7 { position += 1 }
    let level = position - start
    guard level >= 1 && level <= 6, position == end || ByteClass.isBlank(text[position]) else { return nil }
    while position < end && ByteClass.isBlank(text[position]) { position += 1 }
    var contentEnd = end
    while contentEnd > position && ByteClass.isBlank(text[contentEnd - 1]) { contentEnd -= 1 }
    var closing = contentEnd
    while closing > position && text[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
    if closing < contentEnd && (closing == position || ByteClass.isBlank(text[closing - 1])) {
      contentEnd = closing
      while contentEnd > position && ByteClass.isBlank(text[contentEnd - 1]) { contentEnd -= 1 }
    }
    return (level, position..<max(position, contentEnd))
  }

  /// An opening code fence: three or more backticks (info string without backticks) or tildes.
  static func openingFence(_ text: [UInt8], at start: Int, end: Int) -> (character: UInt8, length: Int)? {
    let character = text[start]
    guard character == UInt8(ascii: "`") || character == UInt8(ascii: "~") else { return nil }
    var position = start
    while position < end && text[position] == character { position += 1 }
    let length = position - start
    guard length >= 3 else { return nil }
    if character == UInt8(ascii: "`") {
      while position < end {
        if text[position] == character { return nil }
        position += 1
      }
    }
    return (character, length)
  }

  /// A closing fence for an opening fence of `character` × `length`.
  static func isClosingFence(_ text: [UInt8], at start: Int, end: Int, character: UInt8, length: Int) -> Bool {
    var position = start
    while position < end && text[position] == character { position += 1 }
    guard position - start >= length else { return false }
    while position < end && ByteClass.isBlank(text[position]) { position += 1 }
    return position == end
  }

  /// Three or more `-`, `*` or `_` (the same one), with only spaces and tabs between them.
  static func isThematicBreak(_ text: [UInt8], at start: Int, end: Int) -> Bool {
    let character = text[start]
    guard character == UInt8(ascii: "-") || character == UInt8(ascii: "*") || character == UInt8(ascii: "_") else {
      return false
    }
    var count = 0
    for position in start..<end {
      if text[position] == character {
        count += 1
      } else if !ByteClass.isBlank(text[position]) {
        return false
      }
    }
    return count >= 3
  }

  /// A setext underline: 1 for `===`, 2 for `---`, trailing spaces allowed.
  static func setextLevel(_ text: [UInt8], at start: Int, end: Int) -> Int? {
    let character = text[start]
    guard character == UInt8(ascii: "=") || character == UInt8(ascii: "-") else { return nil }
    var position = start
    while position < end && text[position] == character { position += 1 }
    while position < end && ByteClass.isBlank(text[position]) { position += 1 }
    guard position == end else { return nil }
    return character == UInt8(ascii: "=") ? 1 : 2
  }

  /// A list marker: where it ends, whether it is ordered, its number.
  struct ListMarker {
    var end: Int
    var isOrdered: Bool
    var number: Int
  }

  /// A bullet (`-`, `+`, `*`) or ordered (`1.`, `1)`, up to nine digits) marker followed by a space, a tab or
  /// the end of the line.
  static func listMarker(_ text: [UInt8], at start: Int, end: Int) -> ListMarker? {
    let first = text[start]
    var marker: ListMarker
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
      marker = ListMarker(end: start + 1, isOrdered: false, number: 0)
    } else {
      var position = start
      var number = 0
      while position < end && position - start < 9 && ByteClass.isDigit(text[position]) {
        number = number * 10 + Int(text[position] - 0x30)
        position += 1
      }
      guard position > start, position < end,
        text[position] == UInt8(ascii: ".") || text[position] == UInt8(ascii: ")")
      else { return nil }
      marker = ListMarker(end: position + 1, isOrdered: true, number: number)
    }
    guard marker.end == end || ByteClass.isBlank(text[marker.end]) else { return nil }
    return marker
  }

  /// A GFM footnote definition `[^label]:`; the offset after the colon.
  static func footnoteDefinitionEnd(_ text: [UInt8], at start: Int, end: Int) -> Int? {
    guard start + 3 < end, text[start] == UInt8(ascii: "["), text[start + 1] == UInt8(ascii: "^") else { return nil }
    var position = start + 2
    while position < end && position - start < 100 {
      let byte = text[position]
      if byte == UInt8(ascii: "]") {
        guard position > start + 2, position + 1 < end, text[position + 1] == UInt8(ascii: ":") else { return nil }
        return position + 2
      }
      if ByteClass.isWhitespace(byte) || byte == UInt8(ascii: "[") { return nil }
      position += 1
    }
    return nil
  }

  /// The cells of a GFM table row and the offsets of its cell-separating pipes (escaped `\|` does not split).
  static func tableRow(_ text: [UInt8], _ range: Range<Int>) -> (cells: [Range<Int>], pipes: [Int]) {
    let trimmed = ScanBuffer.trimmed(range, in: text)
    var pipes: [Int] = []
    var position = trimmed.lowerBound
    while position < trimmed.upperBound {
      let byte = text[position]
      if byte == UInt8(ascii: "\\") {
        position += 2
        continue
      }
      if byte == UInt8(ascii: "|") { pipes.append(position) }
      position += 1
    }
    var bounds = [trimmed.lowerBound - 1] + pipes + [trimmed.upperBound]
    if pipes.first == trimmed.lowerBound { bounds.removeFirst() }
    if let last = pipes.last, last == trimmed.upperBound - 1, bounds.count > 1 { bounds.removeLast() }
    var cells: [Range<Int>] = []
    for index in 0..<max(0, bounds.count - 1) {
      cells.append(bounds[index] + 1..<max(bounds[index] + 1, bounds[index + 1]))
    }
    return (cells, pipes)
  }

  /// The number of columns of a GFM delimiter row (`| --- | :-: |`), which must contain a pipe.
  static func tableDelimiterColumns(_ text: [UInt8], _ range: Range<Int>) -> Int? {
    let (cells, pipes) = tableRow(text, range)
    guard !pipes.isEmpty, !cells.isEmpty else { return nil }
    for cell in cells {
      let trimmed = ScanBuffer.trimmed(cell, in: text)
      guard !trimmed.isEmpty else { return nil }
      var lower = trimmed.lowerBound
      var upper = trimmed.upperBound
      if text[lower] == UInt8(ascii: ":") { lower += 1 }
      if upper > lower && text[upper - 1] == UInt8(ascii: ":") { upper -= 1 }
      guard upper > lower, text[lower..<upper].allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
    }
    return cells.count
  }

  /// True when the line holds an unescaped `|` (a table body row).
  static func hasPipe(_ text: [UInt8], _ range: Range<Int>) -> Bool {
    !tableRow(text, range).pipes.isEmpty
  }
}
