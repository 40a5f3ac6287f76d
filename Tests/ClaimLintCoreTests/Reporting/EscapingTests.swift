import Testing

@testable import ClaimLintCore

/// GitHub workflow command, XML and Markdown escaping.
@Suite struct EscapingTests {
  @Test(arguments: [
    ("100%", "100%25"),
    ("a\nb", "a%0Ab"),
    ("a\r\nb", "a%0D%0Ab"),
    ("a\rb", "a%0Db"),
    ("%0A literal", "%250A literal"),
    ("key: a, b", "key: a, b"),
  ])
  func workflowData(input: String, expected: String) {
    #expect(MarkupEscaping.workflowData(input) == expected)
  }

  @Test(arguments: [
    ("docs/a:b,c.md", "docs/a%3Ab%2Cc.md"),
    ("50%", "50%25"),
    ("x\r\ny", "x%0D%0Ay"),
    ("plain/path.md", "plain/path.md"),
  ])
  func workflowProperty(input: String, expected: String) {
    #expect(MarkupEscaping.workflowProperty(input) == expected)
  }

  @Test func githubCommandEscapesMessageAndProperties() {
    let source = "It cures 100% of colds.\r\n"
    let finding = Finding(
      ruleID: "efficacy/cure", message: "cures: 100%\r\nreally?",
      range: ReportFixture.range(of: "cures", in: source))
    let report = LintReport(files: [
      FileReport(path: "a,b:c.md", source: SourceText(source), diagnostics: [Diagnostic(finding, severity: .info)])
    ])
    #expect(
      GitHubReporter().render(report)
        == "::notice file=a%2Cb%3Ac.md,line=1,col=4,endLine=1,endColumn=9,title=efficacy/cure::cures: 100%25%0D%0Areally?\n"
    )
  }

  @Test func githubMultilineSpanLeavesOutColumns() {
    let source = "one\ntwo\n"
    let finding = Finding(ruleID: "a/b", message: "m", range: 1..<6)
    let report = LintReport(files: [
      FileReport(path: "f", source: SourceText(source), diagnostics: [Diagnostic(finding, severity: .error)])
    ])
    #expect(GitHubReporter().render(report) == "::error file=f,line=1,endLine=2,title=a/b::m\n")
  }

  @Test func githubRelativePaths() {
    var file = ReportFixture.draft
    file.path = "/home/runner/work/site/" + file.path
    let text = GitHubReporter(baseDirectory: "/home/runner/work/site").render(LintReport(files: [file]))
    #expect(text.hasPrefix("::warning file=notes/Q&A%3A week 1%2C draft.txt,line=2,col=11,"))
  }

  @Test(arguments: [
    ("a & b < c > d", false, "a &amp; b &lt; c &gt; d"),
    ("say \"hi\"", true, "say &quot;hi&quot;"),
    ("say \"hi\"", false, "say \"hi\""),
    ("tab\there\nline", true, "tab&#9;here&#10;line"),
    ("tab\there\nline", false, "tab\there\nline"),
    ("cr\r", false, "cr&#13;"),
    ("bell\u{7}esc\u{1B}nul\u{0}", false, "bell\u{FFFD}esc\u{FFFD}nul\u{FFFD}"),
    ("\u{FFFE}\u{FFFF}", true, "\u{FFFD}\u{FFFD}"),
    ("Café 🌿", true, "Café 🌿"),
  ])
  func xml(input: String, attribute: Bool, expected: String) {
    #expect(MarkupEscaping.xml(input, attribute: attribute) == expected)
  }

  @Test func junitEscapesAndKeepsText() {
    let source = "x"
    let finding = Finding(ruleID: "a/b", message: "<b>\"odd\"\u{1B}</b> & more", range: 0..<1)
    let report = LintReport(files: [
      FileReport(path: "a&b.md", source: SourceText(source), diagnostics: [Diagnostic(finding, severity: .warning)])
    ])
    let junit = JUnitReporter().render(report)
    #expect(junit.contains(#"<testcase classname="a&amp;b.md" name="a&amp;b.md">"#))
    #expect(junit.contains(#"message="a/b: &lt;b&gt;&quot;odd&quot;\#u{FFFD}&lt;/b&gt; &amp; more""#))
    #expect(junit.contains(#"tests="1" failures="1" errors="0""#))
    let checkstyle = CheckstyleReporter().render(report)
    #expect(checkstyle.contains(#"message="&lt;b&gt;&quot;odd&quot;\#u{FFFD}&lt;/b&gt; &amp; more" source="a/b""#))
  }

  @Test func markdownCells() {
    #expect(MarkupEscaping.markdownCell("a | b\n*c* <d> & [e](f)") == #"a \| b \*c\* &lt;d&gt; &amp; \[e\](f)"#)
  }

  @Test func stepSummaryWithoutProblems() {
    let report = LintReport(files: [ReportFixture.water])
    #expect(GitHubReporter.stepSummary(report) == "### claimlint\n\n**no problems found in 1 file**\n")
  }
}
