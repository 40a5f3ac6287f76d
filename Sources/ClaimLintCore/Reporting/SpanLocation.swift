/// Both ends of a byte range as 1-based lines and columns, with the clamped byte offset and length.
///
/// `end` is exclusive: the position just after the last byte, like SARIF's `endColumn`.
struct SpanLocation: Sendable, Hashable {
  var start: SourceText.Position
  var end: SourceText.Position
  /// UTF-8 byte offset of the start, clamped to the file.
  var offset: Int
  /// UTF-8 byte length, clamped to the file.
  var length: Int

  /// The last line the span covers text on; a span that ends at column 1 ends on the line before.
  var lastLine: Int { end.line > start.line && end.column == 1 ? end.line - 1 : end.line }

  /// Whether the span covers text on more than one line.
  var isMultiline: Bool { lastLine > start.line }

  /// `line:col-line:col`, the end exclusive.
  var rangeDescription: String { "\(start.line):\(start.column)-\(end.line):\(end.column)" }
}

extension SourceText {
  /// The line and column of both ends of `range`, clamped to the file, with columns counted in `unit`.
  func location(of range: Range<Int>, unit: ColumnUnit = .scalars) -> SpanLocation {
    let lower = min(max(range.lowerBound, 0), bytes.count)
    let upper = min(max(range.upperBound, lower), bytes.count)
    return SpanLocation(
      start: position(of: lower, unit: unit), end: position(of: upper, unit: unit),
      offset: lower, length: upper - lower)
  }
}
