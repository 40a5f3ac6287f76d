/// One line of a file: its content range and where the next line starts.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`; the terminator is not part of the content.
struct SourceLine: Sendable, Hashable {
  /// Offset of the first byte of the line.
  var start: Int
  /// Offset just past the last content byte (before the terminator).
  var end: Int
  /// Offset of the first byte of the next line (after the terminator).
  var next: Int

  var content: Range<Int> { start..<end }
  var length: Int { end - start }

  /// The line that starts at `start`, not reading past `limit`.
  static func at(_ start: Int, in bytes: [UInt8], limit: Int) -> SourceLine {
    var index = start
    while index < limit {
      let byte = bytes[index]
      if byte == ByteClass.newline { return SourceLine(start: start, end: index, next: index + 1) }
      if byte == ByteClass.carriageReturn {
        let next = index + 1 < limit && bytes[index + 1] == ByteClass.newline ? index + 2 : index + 1
        return SourceLine(start: start, end: index, next: next)
      }
      index += 1
    }
    return SourceLine(start: start, end: limit, next: limit)
  }

  /// All lines of `bytes[range]`; an empty range has no lines, and a final terminator starts no extra line.
  static func lines(in bytes: [UInt8], range: Range<Int>) -> [SourceLine] {
    var lines: [SourceLine] = []
    var start = range.lowerBound
    while start < range.upperBound {
      let line = at(start, in: bytes, limit: range.upperBound)
      lines.append(line)
      start = line.next
    }
    return lines
  }

  /// True when the line holds only spaces and tabs (masked bytes count as spaces).
  func isBlank(in bytes: [UInt8]) -> Bool {
    var index = start
    while index < end {
      if !ByteClass.isWhitespace(bytes[index]) { return false }
      index += 1
    }
    return true
  }
}
