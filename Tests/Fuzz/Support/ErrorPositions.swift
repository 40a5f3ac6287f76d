import ClaimLintCore

/// Every error's line and column (1-based) lies inside `text` (one past the last line is allowed for EOF).
public func checkErrorPositions(_ errors: [ToolError], in text: String) {
  let source = SourceText(text)
  for error in errors {
    guard let line = error.line else { continue }
    check(line >= 1 && line <= source.lineStarts.count, "error line \(line) of \(source.lineStarts.count): \(error)")
    guard let column = error.column, line <= source.lineStarts.count else { continue }
    let width = source.position(of: source.lineRange(line).upperBound).column
    check(column >= 1 && column <= width + 1, "error column \(column), line \(line) has width \(width): \(error)")
  }
}
