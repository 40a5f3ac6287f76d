/// The `junit` format: JUnit XML for CI systems that show test reports.
///
/// One `<testsuite name="claimlint">` holds one `<testcase>` per linted file (`classname` and
/// `name` are the path). Each diagnostic is a `<failure>` in its file's test case, with
/// `type` = severity (infos too), `message` = `rule: message` and a body of
/// `path:line:col: severity: message [rule]` followed by fix-it and note lines. Files without
/// diagnostics are passing test cases. Each tool error is an extra test case (`classname` = its
/// path, or `claimlint`; `name` = `tool error`) holding an `<error>`. `tests` counts test cases,
/// `failures` the files with at least one diagnostic, `errors` the tool errors.
public struct JUnitReporter: Reporter {
  public static let identifier = "junit"

  public init() {}

  public func render(_ report: LintReport) -> String {
    var body: [String] = []
    for file in report.files {
      let attributes = MarkupEscaping.xmlAttributes([("classname", file.path), ("name", file.path)])
      guard !file.diagnostics.isEmpty else {
        body.append("    <testcase\(attributes)/>")
        continue
      }
      body.append("    <testcase\(attributes)>")
      for diagnostic in file.diagnostics {
        let start = file.source.location(of: diagnostic.range).start
        let text =
          ([
            DiagnosticText.header(
              path: file.path, at: start, label: diagnostic.severity.rawValue, message: diagnostic.message,
              rule: diagnostic.ruleID)
          ] + DiagnosticText.detailLines(for: diagnostic, in: file)).joined(separator: "\n")
        let failure = MarkupEscaping.xmlAttributes([
          ("type", diagnostic.severity.rawValue), ("message", "\(diagnostic.ruleID): \(diagnostic.message)"),
        ])
        body.append("      <failure\(failure)>\(MarkupEscaping.xml(text))</failure>")
      }
      body.append("    </testcase>")
    }
    for error in report.errors {
      let testcase = MarkupEscaping.xmlAttributes([("classname", error.path ?? "claimlint"), ("name", "tool error")])
      let attributes = MarkupEscaping.xmlAttributes([("type", error.severity.rawValue), ("message", error.message)])
      body.append("    <testcase\(testcase)>")
      body.append("      <error\(attributes)>\(MarkupEscaping.xml(DiagnosticText.line(for: error)))</error>")
      body.append("    </testcase>")
    }
    let counts = MarkupEscaping.xmlAttributes([
      ("name", "claimlint"), ("tests", String(report.files.count + report.errors.count)),
      ("failures", String(report.counts.filesWithDiagnostics)), ("errors", String(report.errors.count)),
    ])
    return
      ([MarkupEscaping.xmlDeclaration, "<testsuites\(counts)>", "  <testsuite\(counts)>"] + body
      + ["  </testsuite>", "</testsuites>"]).joined(separator: "\n") + "\n"
  }
}
