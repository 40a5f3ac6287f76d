import ClaimLintCore

/// How LSP positions count characters in a line, as negotiated at `initialize`.
public enum PositionEncoding: String, Sendable, Codable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"

  /// The encoding to use for the client's offer: UTF-8 when offered (no conversion), else UTF-16, which
  /// every client must support.
  public static func negotiate(_ offered: [String]) -> PositionEncoding {
    offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
  }

  /// The LSP position of byte `offset` in `source`.
  func position(of offset: Int, in source: SourceText) -> LSP.Position {
    let unit: SourceText.ColumnUnit =
      switch self {
      case .utf8: .utf8
      case .utf16: .utf16
      case .utf32: .scalars
      }
    let position = source.position(of: offset, unit: unit)
    return LSP.Position(line: position.line - 1, character: position.column - 1)
  }

  func range(of bytes: Range<Int>, in source: SourceText) -> LSP.Range {
    LSP.Range(start: position(of: bytes.lowerBound, in: source), end: position(of: bytes.upperBound, in: source))
  }

  /// The byte offset of an LSP position; a line past the end means the end of the text, a character past
  /// the end of its line the end of the line, and a position inside a character its start.
  func offset(of position: LSP.Position, in source: SourceText) -> Int {
    guard position.line >= 0 else { return 0 }
    guard position.line < source.lineStarts.count else { return source.bytes.count }
    let line = source.lineRange(position.line + 1)
    var offset = line.lowerBound
    var units = 0
    while offset < line.upperBound {
      let length = SourceText.sequenceLength(source.bytes[offset])
      let width = self == .utf8 ? length : (self == .utf16 && length == 4 ? 2 : 1)
      if units + width > position.character { break }
      units += width
      offset = min(line.upperBound, offset + length)
    }
    return offset
  }
}
