import Foundation
import Testing

@testable import ClaimLintCore

/// Baselines keyed on path, rule and sentence text, with counts.
@Suite struct BaselineTests {
  /// A gated file with a `hype/miracle` finding at every "miracle".
  func gated(_ text: String, path: String = "docs/a.md") -> GatedFile {
    let document = TestDocument.make(text, path: path)
    var findings: [Finding] = []
    var occurrence = 1
    while text.components(separatedBy: "miracle").count - 1 >= occurrence {
      findings.append(TestDocument.finding("hype/miracle", "miracle", in: text, occurrence: occurrence))
      occurrence += 1
    }
    let gate = FileGate(
      settings: FileSettings(),
      rules: [RuleMetadata(id: "hype/miracle", defaultSeverity: .warning, kind: "match", summary: "")],
      knownRuleIDs: ["hype/miracle"])
    return gate.apply(findings, in: document, key: path)
  }

  let original = """
    # Tonic

    Our tonic is a miracle. It tastes of
    mint.

    Ask your doctor.
    """

  @Test func recordsSentenceTextsWithCounts() {
    let baseline = Baseline(files: [gated(original + "\n\nOur tonic is a   miracle.\n"), gated("A miracle.", path: "b.md")])
    #expect(
      baseline.findings == [
        Baseline.Entry(path: "b.md", rule: "hype/miracle", text: "A miracle.", count: 1),
        Baseline.Entry(path: "docs/a.md", rule: "hype/miracle", text: "Our tonic is a miracle.", count: 2),
      ])
  }

  @Test func linesInsertedAboveStillHidden() {
    let baseline = Baseline(files: [gated(original)])
    let moved = "Intro added later.\n\nAnother paragraph.\n\n" + original.replacingOccurrences(
      of: "Our tonic is a miracle.", with: "Our   tonic\nis a miracle.")
    var files = [gated(moved)]
    #expect(files[0].report.diagnostics.count == 1)
    let outcome = baseline.apply(to: &files)
    #expect(files[0].report.diagnostics.isEmpty && files[0].sentenceTexts.isEmpty)
    #expect(outcome == Baseline.Outcome(hidden: 1, gone: 0))
  }

  @Test func anExtraCopyIsReported() {
    let baseline = Baseline(files: [gated(original)])
    var files = [gated(original + "\n\nOur tonic is a miracle.\n")]
    let outcome = baseline.apply(to: &files)
    #expect(files[0].report.diagnostics.count == 1)
    #expect(outcome.hidden == 1)
  }

  @Test func editedSentenceIsReportedAndTheOldOneIsGone() {
    let baseline = Baseline(files: [gated(original), gated("A miracle.", path: "b.md"), gated("Old miracle.", path: "gone.md")])
    var files = [gated(original.replacingOccurrences(of: "is a miracle", with: "is truly a miracle"))]
    let outcome = baseline.apply(to: &files) { $0 == "gone.md" }
    #expect(files[0].report.diagnostics.count == 1)
    // docs/a.md's old sentence is gone; gone.md no longer exists; b.md was just not linted.
    #expect(outcome == Baseline.Outcome(hidden: 0, gone: 2))
  }

  @Test func otherPathsAndRulesDoNotMatch() {
    let baseline = Baseline(findings: [
      Baseline.Entry(path: "docs/other.md", rule: "hype/miracle", text: "Our tonic is a miracle."),
      Baseline.Entry(path: "docs/a.md", rule: "hype/cure", text: "Our tonic is a miracle."),
    ])
    var files = [gated(original)]
    #expect(baseline.apply(to: &files).hidden == 0)
    #expect(files[0].report.diagnostics.count == 1)
  }

  @Test func encodingIsStableSortedAndRoundTrips() throws {
    let files = [gated("Z miracle.", path: "z.md"), gated(original), gated("A miracle.", path: "b.md")]
    let first = Baseline(files: files).encoded()
    let second = Baseline(files: files.reversed()).encoded()
    #expect(first == second)
    #expect(first.hasSuffix("}\n"))
    #expect(first.contains("\"version\" : 1"))
    let paths = first.split(separator: "\n").filter { $0.contains("\"path\"") }
    #expect(paths.map { $0.trimmingCharacters(in: .whitespaces) } == [
      "\"path\" : \"b.md\",", "\"path\" : \"docs/a.md\",", "\"path\" : \"z.md\",",
    ])
    let decoded = Baseline.decode(Array(first.utf8), path: "baseline.json")
    #expect(decoded.problems.isEmpty)
    #expect(decoded.baseline == Baseline(files: files))
  }

  @Test func projectKeys() {
    #expect(GatedFile.key(for: "docs/a.md", currentFolder: "/repo/site", root: "/repo") == "site/docs/a.md")
    #expect(GatedFile.key(for: "./a.md", currentFolder: "/repo", root: "/repo") == "a.md")
    #expect(GatedFile.key(for: "/repo/x/../b.md", currentFolder: "/tmp", root: "/repo") == "b.md")
    #expect(GatedFile.key(for: "/elsewhere/c.md", currentFolder: "/repo", root: "/repo") == "/elsewhere/c.md")
  }

  @Test func sentenceTextFallsBackToTheLine() {
    let text = "<!-- claimlint-disable-next-line hype/cure -->\nA plain   sentence.\n"
    let document = TestDocument.make(text)
    let comment = Finding(ruleID: MetaRules.unusedSuppression, message: "", range: 0..<10)
    #expect(SentenceText.of(comment, in: document) == "<!-- claimlint-disable-next-line hype/cure -->")
    let inside = Finding(ruleID: "x/y", message: "", range: TestDocument.range(of: "plain", in: text))
    #expect(SentenceText.of(inside, in: document) == "A plain sentence.")
  }
}
