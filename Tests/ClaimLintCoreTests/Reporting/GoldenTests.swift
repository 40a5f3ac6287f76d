import Testing

@testable import ClaimLintCore

/// Every reporter renders the fixture report exactly as its golden file says.
@Suite struct GoldenTests {
  let report = ReportFixture.report

  @Test func text() throws {
    try Golden.check(TextReporter().render(report), "text.txt")
  }

  @Test func textColor() throws {
    try Golden.check(TextReporter(color: true).render(report), "text-color.txt")
  }

  @Test func gcc() throws {
    try Golden.check(GCCReporter().render(report), "gcc.txt")
  }

  @Test func gccInUTF16AndCharacterColumns() throws {
    try Golden.check(GCCReporter(columnUnit: .utf16).render(report), "gcc-utf16.txt")
    try Golden.check(GCCReporter(columnUnit: .scalars).render(report), "gcc-char.txt")
  }

  @Test func json() throws {
    try Golden.check(JSONReporter().render(report), "report.json")
  }

  @Test func sarif() throws {
    try Golden.check(sarifReporter.render(report), "report.sarif")
  }

  @Test func sarifWithBase() throws {
    let absolute = LintReport(
      files: report.files.map { file in
        var file = file
        file.path = "/repo/" + file.path
        return file
      }, errors: report.errors, rules: report.rules)
    let reporter = SARIFReporter(baseDirectory: "/repo/", toolVersion: "0.1.0")
    try Golden.check(reporter.render(absolute), "report-base.sarif")
  }

  @Test func github() throws {
    try Golden.check(GitHubReporter().render(report), "github.txt")
  }

  @Test func githubStepSummary() throws {
    try Golden.check(GitHubReporter.stepSummary(report, limit: 3), "github-summary.md")
  }

  @Test func junit() throws {
    try Golden.check(JUnitReporter().render(report), "junit.xml")
  }

  @Test func checkstyle() throws {
    try Golden.check(CheckstyleReporter().render(report), "checkstyle.xml")
  }

  @Test func html() throws {
    try Golden.check(HTMLReporter(toolVersion: "0.1.0").render(report), "report.html")
  }

  @Test func summaryLine() {
    #expect(
      TextReporter.summary(report)
        == "1 error, 2 warnings and 1 info in 2 files (3 files linted); 1 tool error and 1 tool warning")
  }

  var sarifReporter: SARIFReporter {
    SARIFReporter(toolVersion: "0.1.0", informationURI: "https://example.org/claimlint")
  }
}
