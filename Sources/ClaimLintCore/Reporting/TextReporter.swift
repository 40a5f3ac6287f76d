/// The default `text` format: clang-style diagnostics with the source line, an underline and fix-its.
///
/// ```
/// docs/tonic.md:2:36: error: "cures" promises more than a tonic can deliver [efficacy/cure]
///  2 | Naïve readers love it: 🙂 our tonic cures fatigue.
///    |                                     ^~~~~
///    |                                     may ease
/// fix-it: Soften the claim: replace "cures" at 2:36-2:41 with "may ease"
/// note: Cure claims are reserved for approved medicines.
/// docs/tonic.md:3:20: warning: a guarantee about blood pressure overstates any evidence [certainty/guarantee]
///  3 |         Tip:    our blend is guaranteed to
///    |                              ^~~~~~~~~~~~~
///    |                           may help
///  4 | lower blood pressure in days.
///    | ~~~~~~~~~~~~~~~~~~~~
/// fix-it: Hedge the claim: replace "is guaranteed to" at 3:17-3:33 with "may help"
/// docs/tonic.md:5:14: note: St John’s wort interacts with blood-pressure medicines; …
///  5 | Pair it with St John’s wort every morning.
///    |              ^~~~~~~~~~~~~~
/// ```
///
/// - The header is `path:line:col: severity: message [rule]`; columns count Unicode scalars.
/// - Source lines get a right-aligned line-number gutter, one width per diagnostic and its notes.
/// - The underline has `^` under the first character of the span and `~` to its end. Tabs are
///   expanded to `tabWidth` stops in both the source and the underline. Control characters show
///   as U+FFFD. Emoji with emoji presentation and East Asian wide characters take two cells,
///   combining marks none (an approximation of `wcwidth`; multi-scalar emoji such as flags or ZWJ
///   sequences may be off by a cell in the underline, never in the header's columns).
/// - A span over several lines quotes each line and underlines it (from the first non-blank
///   character on later lines); over more than three lines, the first and last with a `:` gap.
/// - The replacement of a single-line fix-it edit on the first quoted line is printed under the
///   text it replaces (insertions and printable replacements only), and each
///   fix-it gets a `fix-it: message: replace "old" at l:c-l:c with "new"` line (end exclusive;
///   `insert … at l:c` and `delete … at l:c-l:c` for pure insertions and deletions).
/// - Notes with a range print `path:line:col: note: …`, quoting their line when it is not already
///   shown; notes without a range print `note: …`.
/// - Tool errors come first, as `path:line:col: error: message`.
public struct TextReporter: Reporter {
  public static let identifier = "text"

  /// Whether to use ANSI colours: bold headers, red errors, magenta warnings, cyan infos, green
  /// underlines and fix-its.
  public var color: Bool
  /// Tab stops for quoted source lines.
  public var tabWidth: Int

  public init(color: Bool = false, tabWidth: Int = 8) {
    self.color = color
    self.tabWidth = max(1, tabWidth)
  }

  public func render(_ report: LintReport) -> String {
    let style = TextStyle(enabled: color)
    var lines = report.errors.map { error in
      style.header(
        location: DiagnosticText.location(of: error), label: error.severity.rawValue,
        code: TextStyle.code(for: error.severity), message: DiagnosticText.singleLine(error.message))
    }
    for file in report.files {
      for diagnostic in file.diagnostics {
        lines += block(for: diagnostic, in: file, style: style)
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// One line for stderr: `2 errors, 3 warnings and 1 info in 4 files (7 files linted)` or
  /// `no problems found in 7 files`, followed by `; 1 tool error` when there are any.
  public static func summary(_ report: LintReport) -> String { report.counts.sentence }

  /// A piece of one diagnostic's output: a finished line, or snippet rows still to get a gutter.
  private enum Piece {
    case line(String)
    case rows([SnippetRow])
  }

  /// The header, snippet, fix-its and notes of one diagnostic.
  private func block(for diagnostic: Diagnostic, in file: FileReport, style: TextStyle) -> [String] {
    let source = file.source
    let span = source.location(of: diagnostic.range)
    let edits = diagnostic.finding.fixIts.flatMap(\.edits)
    var pieces: [Piece] = [
      .line(
        style.header(
          location: "\(file.path):\(span.start.line):\(span.start.column)",
          label: diagnostic.severity.rawValue, code: TextStyle.code(for: diagnostic.severity),
          message: "\(DiagnosticText.singleLine(diagnostic.message)) [\(diagnostic.ruleID)]")),
      .rows(Snippet.rows(for: span, in: source, tabWidth: tabWidth, fixes: edits)),
    ]
    for fixIt in diagnostic.finding.fixIts {
      pieces.append(.line(style.paint(TextStyle.fix, "fix-it:") + " " + DiagnosticText.describe(fixIt, in: source)))
    }
    let shownLines = span.start.line...span.lastLine
    for note in diagnostic.finding.notes {
      let message = DiagnosticText.singleLine(note.message)
      guard let range = note.range else {
        pieces.append(.line(style.header(location: nil, label: "note", code: TextStyle.note, message: message)))
        continue
      }
      let noteSpan = source.location(of: range)
      let location = "\(file.path):\(noteSpan.start.line):\(noteSpan.start.column)"
      pieces.append(.line(style.header(location: location, label: "note", code: TextStyle.note, message: message)))
      if !shownLines.contains(noteSpan.start.line) {
        pieces.append(.rows(Snippet.rows(for: noteSpan, in: source, tabWidth: tabWidth)))
      }
    }
    let widest =
      pieces.flatMap { piece -> [Int] in
        guard case .rows(let rows) = piece else { return [] }
        return rows.compactMap { if case .source(let line, _) = $0 { line } else { nil } }
      }.max() ?? 1
    let gutter = String(widest).count
    return pieces.flatMap { piece -> [String] in
      switch piece {
      case .line(let line): [line]
      case .rows(let rows): rows.map { format($0, gutter: gutter, style: style) }
      }
    }
  }

  /// One snippet row behind a gutter of `gutter` digits.
  private func format(_ row: SnippetRow, gutter: Int, style: TextStyle) -> String {
    let blank = " " + String(repeating: " ", count: gutter) + " |"
    switch row {
    case .source(let line, let text):
      let number = String(line)
      let prefix = " " + String(repeating: " ", count: gutter - number.count) + number + " |"
      return text.isEmpty ? prefix : prefix + " " + text
    case .marker(let text): return blank + " " + style.paintIndented(TextStyle.caret, text)
    case .fix(let text): return blank + " " + style.paintIndented(TextStyle.fix, text)
    case .elision: return " " + String(repeating: " ", count: gutter - 1) + ": |"
    }
  }
}

/// ANSI styling for the `text` format, or none.
struct TextStyle: Sendable {
  var enabled: Bool

  static let bold = "1"
  static let note = "1"
  static let caret = "1;32"
  static let fix = "32"

  /// The colour of a severity label: red, magenta or cyan, bold.
  static func code(for severity: Severity) -> String {
    switch severity {
    case .error: "1;31"
    case .warning: "1;35"
    case .info: "1;36"
    }
  }

  /// `text` wrapped in the SGR `code` and a reset, when colour is on.
  func paint(_ code: String, _ text: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// `text` with its leading spaces left unpainted.
  func paintIndented(_ code: String, _ text: String) -> String {
    let indent = text.prefix { $0 == " " }
    return indent + paint(code, String(text.dropFirst(indent.count)))
  }

  /// `location: label: message`, with a bold location and message and a coloured label.
  func header(location: String?, label: String, code: String, message: String) -> String {
    let lead = location.map { paint(Self.bold, "\($0): ") } ?? ""
    return lead + paint(code, "\(label):") + paint(Self.bold, " \(message)")
  }
}
