/// The `gcc` format: exactly one line per diagnostic, `path:line:col: severity: message [family/name]`.
///
/// Columns are 1-based UTF-8 **byte** columns by default, as gcc and Vim count them; ``columnUnit``
/// picks UTF-16 code units (VS Code's problem matchers) or Unicode scalars (Emacs). Line breaks in messages
/// become spaces, so every diagnostic stays on one line. Notes and fix-its are left out.
///
/// Severities are `error`, `warning` and `info`. Vim's default `errorformat`
/// (`%f:%l:%c: %t%*[^:]: %m`) takes the first letter as the type (`e`, `w`, `i`) and Emacs'
/// compilation mode classes `info` as an informational message. VS Code's `$gcc` problem matcher
/// only knows `error` and `warning`, so it skips `info` lines; use a custom matcher (or `--format
/// json`) in VS Code if infos matter. Tool errors are lines too, `path:line:col: error: message`,
/// with their column in Unicode scalars (the tool does not keep the bytes of rule files).
public struct GCCReporter: Reporter {
  public static let identifier = "gcc"

  /// What a column counts.
  public var columnUnit: SourceText.ColumnUnit

  public init(columnUnit: SourceText.ColumnUnit = .utf8) {
    self.columnUnit = columnUnit
  }

  public func render(_ report: LintReport) -> String {
    var lines = report.errors.map(DiagnosticText.line(for:))
    for file in report.files {
      for diagnostic in file.diagnostics {
        let start = file.source.position(of: diagnostic.range.lowerBound, unit: columnUnit)
        lines.append(
          DiagnosticText.header(
            path: file.path, at: start, label: diagnostic.severity.rawValue, message: diagnostic.message,
            rule: diagnostic.ruleID))
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }
}
