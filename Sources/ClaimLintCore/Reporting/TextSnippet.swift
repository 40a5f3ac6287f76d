/// A row of a quoted source excerpt in the `text` format.
enum SnippetRow: Sendable, Hashable {
  /// A numbered source line, ready to print.
  case source(line: Int, text: String)
  /// The `^~~~` underline under the line above.
  case marker(String)
  /// A fix-it replacement shown under the span it replaces.
  case fix(String)
  /// Lines left out of a long span.
  case elision
}

/// One source line laid out for a terminal: tabs expanded, control characters shown as U+FFFD,
/// and each scalar's start cell recorded so carets line up under the text.
///
/// Cell widths approximate `wcwidth`: combining marks and format characters (ZWJ, variation
/// selectors) take no cell, emoji with default emoji presentation and East Asian wide characters
/// take two, everything else one. Emoji sequences a terminal draws as one glyph (flags, ZWJ
/// families, text-default symbols followed by U+FE0F) may be off by a cell; the columns printed in
/// the header are exact either way, because they count Unicode scalars.
struct DisplayLine: Sendable {
  /// The line as it will be printed.
  let text: String
  /// `starts[c - 1]` is the cell where scalar column `c` starts; the last entry is the line's width.
  let starts: [Int]
  /// Scalar column of the first character that is not a space or tab, if any.
  let firstNonBlankColumn: Int?

  init(_ line: String, tabWidth: Int) {
    var text = ""
    var starts: [Int] = []
    var cells = 0
    var firstNonBlank: Int?
    for scalar in line.unicodeScalars {
      starts.append(cells)
      if firstNonBlank == nil && scalar != " " && scalar != "\t" { firstNonBlank = starts.count }
      if scalar == "\t" {
        let spaces = tabWidth - cells % tabWidth
        text += String(repeating: " ", count: spaces)
        cells += spaces
      } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        text += "\u{FFFD}"
        cells += 1
      } else {
        text.unicodeScalars.append(scalar)
        cells += Self.cellWidth(scalar)
      }
    }
    starts.append(cells)
    self.text = text
    self.starts = starts
    self.firstNonBlankColumn = firstNonBlank
  }

  /// The cell where 1-based scalar `column` starts; columns past the end map to the line's width.
  func cell(ofColumn column: Int) -> Int { starts[min(max(column, 1), starts.count) - 1] }

  /// The column just past the last scalar.
  var endColumn: Int { starts.count }

  /// Terminal cells a scalar takes (see the type's documentation).
  static func cellWidth(_ scalar: Unicode.Scalar) -> Int {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    case .format: return scalar.value == 0xAD ? 1 : 0
    default: break
    }
    if properties.isEmojiPresentation { return 2 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }
}

/// Builds the quoted source lines, underlines and fix-it rows for one span.
enum Snippet {
  /// Spans over more lines than this show their first and last line around an elision.
  static let maxLines = 3
  /// Lines longer than this many bytes are quoted as a window around the span.
  static let windowThreshold = 1024
  /// Bytes of context a window shows on each side of the span.
  static let windowContext = 200
  /// The most bytes of a long line a window shows.
  static let windowLimit = 640

  /// Rows for `span`: each line with `^` at the start and `~` to the end of the span; on the first
  /// line, the replacement of each single-line edit in `fixes` that starts there.
  static func rows(for span: SpanLocation, in source: SourceText, tabWidth: Int, fixes: [TextEdit] = [])
    -> [SnippetRow]
  {
    var lines = Array(span.start.line...span.lastLine)
    var elided = false
    if lines.count > maxLines {
      lines = [span.start.line, span.lastLine]
      elided = true
    }
    var rows: [SnippetRow] = []
    for line in lines {
      if elided && line == span.lastLine { rows.append(.elision) }
      let window = SnippetWindow(line: line, showing: span.offset..<(span.offset + span.length), in: source)
      let display = DisplayLine(window.text, tabWidth: tabWidth)
      rows.append(.source(line: line, text: display.text))
      let isFirst = line == span.start.line
      let start = isFirst ? span.start.column - window.columnShift : display.firstNonBlankColumn
      guard let startColumn = start else { continue }
      let endColumn = line == span.end.line ? span.end.column - window.columnShift : display.endColumn
      let from = display.cell(ofColumn: startColumn)
      let width = display.cell(ofColumn: endColumn) - from
      let indent = String(repeating: " ", count: from)
      if isFirst {
        rows.append(.marker(indent + "^" + String(repeating: "~", count: max(0, width - 1))))
        rows += fixRows(fixes, line: line, display: display, window: window, in: source)
      } else if width > 0 {
        rows.append(.marker(indent + String(repeating: "~", count: width)))
      }
    }
    return rows
  }

  /// The replacement text of each printable single-line edit on `line`, placed under its start.
  private static func fixRows(
    _ edits: [TextEdit], line: Int, display: DisplayLine, window: SnippetWindow, in source: SourceText
  ) -> [SnippetRow] {
    edits.compactMap { edit in
      let span = source.location(of: edit.range)
      let printable =
        !edit.replacement.isEmpty
        && !edit.replacement.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
      let column = span.start.column - window.columnShift
      guard printable, span.start.line == line, span.end.line == line, column >= 1 else { return nil }
      return .fix(String(repeating: " ", count: display.cell(ofColumn: column)) + edit.replacement)
    }
  }
}
