/// The `github` format: GitHub Actions workflow commands that become annotations on the run and PR.
///
/// Each diagnostic is one line, `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`
/// (`::warning` for warnings, `::notice` for infos), escaped as actions/toolkit does: `%`, CR and LF
/// become `%25`, `%0D` and `%0A` everywhere, `:` and `,` also `%3A` and `%2C` in properties. Columns count
/// Unicode scalars and `endColumn` is exclusive; for spans over several lines only `line` and
/// `endLine` are given, since GitHub ignores columns then. Notes and fix-its follow the message on
/// extra lines. Tool errors come first, titled `claimlint`.
///
/// GitHub shows only about ten annotations of each type per step, so the CLI should also append
/// ``stepSummary(_:limit:)`` to `$GITHUB_STEP_SUMMARY`.
public struct GitHubReporter: Reporter {
  public static let identifier = "github"

  /// The directory paths are made relative to, usually `$GITHUB_WORKSPACE`.
  public var baseDirectory: String?

  public init(baseDirectory: String? = nil) {
    self.baseDirectory = baseDirectory
  }

  public func render(_ report: LintReport) -> String {
    let paths = ReportPaths(baseDirectory: baseDirectory)
    var lines = report.errors.map { error in
      Self.command(
        error.severity,
        properties: [
          ("file", error.path.map(paths.relative)), ("line", error.line.map(String.init)),
          ("col", error.line == nil ? nil : error.column.map(String.init)), ("title", "claimlint"),
        ], message: error.message)
    }
    for file in report.files {
      let path = paths.relative(file.path)
      for diagnostic in file.diagnostics {
        let span = file.source.location(of: diagnostic.range)
        var properties: [(String, String?)] = [("file", path), ("line", String(span.start.line))]
        if span.isMultiline {
          properties.append(("endLine", String(span.lastLine)))
        } else {
          let lineEnd = file.source.position(of: file.source.lineRange(span.start.line).upperBound).column
          properties += [
            ("col", String(span.start.column)), ("endLine", String(span.start.line)),
            ("endColumn", String(span.end.line == span.start.line ? span.end.column : lineEnd)),
          ]
        }
        properties.append(("title", diagnostic.ruleID))
        let message = ([diagnostic.message] + DiagnosticText.detailLines(for: diagnostic, in: file))
          .joined(separator: "\n")
        lines.append(Self.command(diagnostic.severity, properties: properties, message: message))
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// `::command prop=value,…::message`, escaped.
  static func command(_ severity: Severity, properties: [(String, String?)], message: String) -> String {
    let name =
      switch severity {
      case .error: "error"
      case .warning: "warning"
      case .info: "notice"
      }
    let list = properties.compactMap { key, value in value.map { "\(key)=\(MarkupEscaping.workflowProperty($0))" } }
    let separator = list.isEmpty ? "" : " "
    return "::\(name)\(separator)\(list.joined(separator: ","))::\(MarkupEscaping.workflowData(message))"
  }

  /// Markdown for `$GITHUB_STEP_SUMMARY`: the counts, a table of up to `limit` diagnostics with
  /// "… and N more", and the tool errors (also capped at `limit`).
  public static func stepSummary(_ report: LintReport, limit: Int = 50) -> String {
    let limit = max(0, limit)
    var lines = ["### claimlint", "", "**\(MarkupEscaping.markdownCell(report.counts.sentence))**"]
    let rows = report.files.flatMap { file in
      file.diagnostics.map { diagnostic in
        let start = file.source.location(of: diagnostic.range).start
        return [
          diagnostic.severity.rawValue, "\(file.path):\(start.line):\(start.column)", diagnostic.ruleID,
          diagnostic.message,
        ].map(MarkupEscaping.markdownCell)
      }
    }
    if !rows.isEmpty {
      lines += ["", "| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"]
      lines += rows.prefix(limit).map { "| " + $0.joined(separator: " | ") + " |" }
      if rows.count > limit { lines += ["", "… and \(rows.count - limit) more."] }
    }
    if !report.errors.isEmpty {
      lines += ["", "**Tool errors**", ""]
      lines += report.errors.prefix(limit).map { "- " + MarkupEscaping.markdownCell(DiagnosticText.line(for: $0)) }
      if report.errors.count > limit { lines += ["", "… and \(report.errors.count - limit) more."] }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
