import Testing

@testable import ClaimLintCore

/// The text format's layout details and the summary line.
@Suite struct TextReporterTests {
  func render(_ source: String, _ range: Range<Int>, fixes: [FixIt] = [], notes: [Note] = []) -> String {
    let finding = Finding(ruleID: "a/b", message: "m", range: range, notes: notes, fixIts: fixes)
    let file = FileReport(
      path: "f.md", source: SourceText(source), diagnostics: [Diagnostic(finding, severity: .warning)])
    return TextReporter().render(LintReport(files: [file]))
  }

  @Test func tabsAreExpandedInBothLines() {
    let source = "\tA\tcure\n"
    #expect(
      render(source, ReportFixture.range(of: "cure", in: source)) == """
        f.md:1:4: warning: m [a/b]
         1 |         A       cure
           |                 ^~~~

        """)
  }

  @Test func wideCharactersTakeTwoCells() {
    let source = "药 🙂 e\u{301} cure\n"
    #expect(
      render(source, ReportFixture.range(of: "cure", in: source)) == """
        f.md:1:8: warning: m [a/b]
         1 | 药 🙂 e\u{301} cure
           |         ^~~~

        """)
  }

  @Test func aLongLineIsQuotedAsAWindowAroundTheSpan() {
    let filler = String(repeating: "é word ", count: 500)
    let source = filler + "cure" + filler + "\n"
    let output = render(source, ReportFixture.range(of: "cure", in: source))
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "f.md:1:\(filler.unicodeScalars.count + 1): warning: m [a/b]")
    // About `windowContext` bytes each side, cut on characters, the cuts marked.
    #expect(lines[1].hasPrefix(" 1 | …") && lines[1].hasSuffix("…"))
    #expect(lines[1].utf8.count < 2 * Snippet.windowContext + 20)
    let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
    let cure = lines[1].range(of: "cure").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
    #expect(caret != nil && caret == cure)
    #expect(lines[2].hasSuffix("^~~~"))
  }

  @Test func aSpanLongerThanTheWindowIsUnderlinedToItsCut() {
    let source = "cure " + String(repeating: "and more ", count: 300) + "\n"
    let output = render(source, 0..<(source.utf8.count - 1))
    let lines = output.split(separator: "\n")
    #expect(lines[1].hasPrefix(" 1 | cure and") && lines[1].hasSuffix("…"))
    #expect(lines[1].utf8.count <= Snippet.windowLimit + 10)
    #expect(lines[2] == "   | ^" + String(repeating: "~", count: lines[1].count - 6))
  }

  @Test func longSpansAreElided() {
    let source = "one two\nthree\n\nfour\n  five six\n"
    let range =
      ReportFixture.range(of: "two", in: source).lowerBound..<ReportFixture.range(of: "five", in: source).upperBound
    #expect(
      render(source, range) == """
        f.md:1:5: warning: m [a/b]
         1 | one two
           |     ^~~
         : |
         5 |   five six
           |   ~~~~

        """)
  }

  @Test func spanEndingAtLineBreakStaysOnOneLine() {
    let source = "cure\nnext\n"
    #expect(
      render(source, 0..<5) == """
        f.md:1:1: warning: m [a/b]
         1 | cure
           | ^~~~

        """)
  }

  @Test func emptySpanAndGutterWidth() {
    let source = String(repeating: "\n", count: 9) + "x cure\nlast\n"
    let at = ReportFixture.range(of: "cure", in: source).lowerBound
    let text = render(
      source, at..<at, fixes: [FixIt("", edits: [TextEdit(range: at..<at, replacement: "may ")])],
      notes: [Note("first line", range: 0..<0)])
    #expect(
      text == """
        f.md:10:3: warning: m [a/b]
         10 | x cure
            |   ^
            |   may 
        fix-it: insert "may " at 10:3
        f.md:1:1: note: first line
          1 |
            | ^

        """)
  }

  @Test func controlCharactersInSourceAreNeutralized() {
    let source = "a\u{1B}[31m cure\n"
    let text = render(source, ReportFixture.range(of: "cure", in: source))
    #expect(!text.contains("\u{1B}"))
    #expect(text.contains(" 1 | a\u{FFFD}[31m cure\n   |        ^~~~\n"))
  }

  @Test func fixItQuotingEscapesSpecialCharacters() {
    #expect(DiagnosticText.quoted("a\"b\\c\nd\u{7}") == #""a\"b\\c\nd\u{7}""#)
    #expect(DiagnosticText.quoted("abcdef", limit: 3) == "\"abc…\"")
  }

  @Test func nothingToReport() {
    #expect(TextReporter().render(LintReport(files: [ReportFixture.water])).isEmpty)
    #expect(GCCReporter().render(LintReport(files: [ReportFixture.water])).isEmpty)
  }

  @Test(arguments: [
    (LintReport(files: []), "no problems found in 0 files"),
    (LintReport(files: [ReportFixture.water]), "no problems found in 1 file"),
    (LintReport(files: [ReportFixture.draft]), "1 warning in 1 file (1 file linted)"),
    (
      LintReport(files: [ReportFixture.water, ReportFixture.tonic]),
      "1 error, 1 warning and 1 info in 1 file (2 files linted)"
    ),
    (
      LintReport(files: [ReportFixture.tonic, ReportFixture.draft]),
      "1 error, 2 warnings and 1 info in 2 files (2 files linted)"
    ),
    (
      LintReport(
        files: [ReportFixture.water], errors: [ToolError(path: nil, message: "x"), ToolError(path: nil, message: "y")]),
      "no problems found in 1 file; 2 tool errors"
    ),
  ])
  func summary(report: LintReport, expected: String) {
    #expect(TextReporter.summary(report) == expected)
  }

  @Test func gccColumnsCountBytesAndMessagesStayOnOneLine() {
    let source = "Naïve 🙂 cure\n"
    let finding = Finding(
      ruleID: "a/b", message: "two\nlines\r\nhere", range: ReportFixture.range(of: "cure", in: source))
    let file = FileReport(path: "f.md", source: SourceText(source), diagnostics: [Diagnostic(finding, severity: .info)])
    #expect(GCCReporter().render(LintReport(files: [file])) == "f.md:1:13: info: two lines here [a/b]\n")
  }

  @Test func everyKindMakesItsReporter() {
    #expect(
      ReporterKind.allCases.map(\.rawValue) == ["text", "gcc", "json", "sarif", "github", "junit", "checkstyle", "html"])
    for kind in ReporterKind.allCases {
      #expect(kind.reporterType.identifier == kind.rawValue)
      #expect(type(of: kind.makeReporter()).identifier == kind.rawValue)
    }
  }
}
