import Testing

@testable import ClaimLintCore

/// Baseline files are read all or nothing, with every problem at its line and column.
@Suite struct BaselineReadingTests {
  func problems(_ text: String) -> [String] {
    let (baseline, problems) = Baseline.decode(Array(text.utf8), path: "b.json")
    #expect(baseline == nil || problems.isEmpty)
    return problems.map(\.description)
  }

  @Test func aWrittenBaselineReadsBack() {
    let original = Baseline(findings: [
      Baseline.Entry(path: "docs/a \"b\".md", rule: "x/y", text: "Café\tcrème \\ ✓ 😀", count: 2)
    ])
    let (read, problems) = Baseline.decode(Array(original.encoded().utf8), path: "b.json")
    #expect(problems.isEmpty && read == original)
    let escaped = #"{"version": 1, "findings": [{"path": "a\/b", "rule": "r", "text": "\u00e9\ud83d\ude00", "count": 1}]}"#
    #expect(Baseline.decode(Array(escaped.utf8), path: "b.json").baseline?.findings.first?.text == "é😀")
  }

  @Test func syntaxErrorsHaveTheirPosition() {
    #expect(problems("nope") == ["b.json:1:1: error: not a claimlint baseline (invalid JSON: expected a value); write one with --write-baseline"])
    #expect(problems("{\n  \"version\": 1,\n  \"findings\": [,]\n}")[0].hasPrefix("b.json:3:16: error: not a claimlint baseline"))
    #expect(problems("{\"version\": 1} x")[0].contains("unexpected text after the JSON value"))
    #expect(problems("[" + String(repeating: "[", count: 1000))[0].contains("nested more than 256 levels deep"))
    #expect(problems("{\"a\": \"\u{1}\"}")[0].contains("control character"))
  }

  /// Found by FuzzBaseline: the JSON reader ended lines at `\n` only, so after a lone `\r` (which ends a line
  /// everywhere else) it put problems on an earlier line, past its end.
  @Test func aLoneCarriageReturnEndsALine() {
    #expect(problems("\r{\"version\": 1} x")[0].hasPrefix("b.json:2:16: error: not a claimlint baseline"))
    #expect(problems("{\r\n\"version\": 1,\r\"findings\": [,]}")[0].hasPrefix("b.json:3:14: error:"))
  }

  @Test func everyShapeProblemIsReportedInFileOrder() {
    let text = """
      {
        "version": 9,
        "findings": [
          {"path": "a.md", "rule": "x/y", "text": "t", "count": 0},
          {"path": 5, "rule": "x/y", "text": "t", "count": 1, "cout": 2},
          {"rule": "x/y", "text": "t", "count": 1.5}
        ]
      }
      """
    #expect(problems(text) == [
      "b.json:2:14: error: baseline version 9 is not supported; this claimlint reads version 1",
      "b.json:4:59: error: 'count' must be a whole number of 1 or more, not 0",
      "b.json:5:14: error: 'path' must be a string, not a number",
      "b.json:5:57: error: unknown key 'cout' in each item of 'findings'; did you mean 'count'?",
      "b.json:6:5: error: a finding is missing 'path'",
      "b.json:6:43: error: 'count' must be a whole number of 1 or more, not 1.5",
    ])
  }

  @Test func missingPartsAndWrongTops() {
    #expect(problems(#"{"version": 1}"#) == ["b.json:1:1: error: the baseline is missing 'findings'"])
    #expect(problems("[]") == ["b.json:1:1: error: a claimlint baseline must be a JSON object, not a list"])
    #expect(problems(#"{"version": 1, "findings": {}, "version": 1}"#).count == 2)
  }
}
