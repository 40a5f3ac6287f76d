/// The `checkstyle` format: Checkstyle 4.3 XML, read by Jenkins warnings-ng, reviewdog and others.
///
/// One `<file name>` per linted file (empty when it has no diagnostics), holding one
/// `<error line column severity message source>` per diagnostic: columns count Unicode scalars,
/// `severity` is `error`, `warning` or `info`, `source` is the rule ID. Tool errors follow, each in
/// a `<file>` named after its path (or `claimlint`), with `source="claimlint"` and `line`/`column`
/// only when known.
public struct CheckstyleReporter: Reporter {
  public static let identifier = "checkstyle"

  public init() {}

  public func render(_ report: LintReport) -> String {
    var lines = [MarkupEscaping.xmlDeclaration, #"<checkstyle version="4.3">"#]
    for file in report.files {
      let name = MarkupEscaping.xmlAttributes([("name", file.path)])
      guard !file.diagnostics.isEmpty else {
        lines.append("  <file\(name)/>")
        continue
      }
      lines.append("  <file\(name)>")
      for diagnostic in file.diagnostics {
        let start = file.source.location(of: diagnostic.range).start
        lines.append(
          Self.error(
            line: start.line, column: start.column, severity: diagnostic.severity, message: diagnostic.message,
            source: diagnostic.ruleID))
      }
      lines.append("  </file>")
    }
    for error in report.errors {
      lines.append("  <file\(MarkupEscaping.xmlAttributes([("name", error.path ?? "claimlint")]))>")
      lines.append(
        Self.error(
          line: error.line, column: error.line == nil ? nil : error.column, severity: error.severity,
          message: error.message, source: "claimlint"))
      lines.append("  </file>")
    }
    lines.append("</checkstyle>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// One `<error/>` element.
  private static func error(line: Int?, column: Int?, severity: Severity, message: String, source: String)
    -> String
  {
    let attributes = MarkupEscaping.xmlAttributes([
      ("line", line.map(String.init)), ("column", column.map(String.init)), ("severity", severity.rawValue),
      ("message", message), ("source", source),
    ])
    return "    <error\(attributes)/>"
  }
}
