import Testing

@testable import ClaimLintCore

/// Choosing fix-its: file order, never two that overlap, whole fix-its only, nothing that cuts a character.
@Suite struct FixPlanTests {
  /// A diagnostic of `rule` at `range` whose fix-it makes `edits`.
  func diagnostic(_ rule: String, _ range: Range<Int>, _ edits: [(Range<Int>, String)]) -> Diagnostic {
    let fixIt = FixIt("fix", edits: edits.map { TextEdit(range: $0.0, replacement: $0.1) })
    return Diagnostic(Finding(ruleID: rule, message: rule, range: range, fixIts: edits.isEmpty ? [] : [fixIt]), severity: .warning)
  }

  func fixed(_ text: String, _ diagnostics: [Diagnostic]) -> (String, FixPlan) {
    let plan = FixPlan(bytes: Array(text.utf8), diagnostics: diagnostics)
    return (String(decoding: plan.fixed, as: UTF8.self), plan)
  }

  @Test func appliesEveryFixThatDoesNotOverlap() {
    let (text, plan) = fixed(
      "It proves that tea cures.",
      [diagnostic("b/cure", 19..<24, [(19..<24, "may ease")]), diagnostic("a/proof", 3..<9, [(3..<9, "suggests")])])
    #expect(text == "It suggests that tea may ease.")
    #expect(plan.applied.map(\.diagnostic.ruleID) == ["a/proof", "b/cure"])
    #expect(plan.skipped.isEmpty && plan.changes)
  }

  @Test func anOverlappingFixIsLeftForTheNextRun() {
    let (text, plan) = fixed(
      "clinically proven tea",
      [diagnostic("a/one", 0..<17, [(0..<17, "tested")]), diagnostic("b/two", 11..<17, [(11..<17, "shown")])])
    #expect(text == "tested tea")
    #expect(plan.skipped.map(\.diagnostic.ruleID) == ["b/two"])
    #expect(plan.skipped.first?.reason == .overlaps)
  }

  @Test func insertionsAtOnePlaceOrAtTheStartOfAReplacementOverlap() {
    #expect(FixPlan.overlap(4..<4, 4..<4))
    #expect(FixPlan.overlap(4..<4, 4..<8))
    #expect(FixPlan.overlap(6..<6, 4..<8))
    #expect(!FixPlan.overlap(8..<8, 4..<8))
    #expect(!FixPlan.overlap(0..<4, 4..<8))
    #expect(FixPlan.overlap(0..<5, 4..<8))
  }

  @Test func aFixItIsAppliedWholeOrNotAtAll() {
    let (text, plan) = fixed(
      "one two three",
      [
        diagnostic("a/first", 0..<3, [(0..<3, "1")]),
        diagnostic("b/pair", 4..<7, [(4..<7, "2"), (2..<5, "x")]),
      ])
    #expect(text == "1 two three")
    #expect(plan.applied.count == 1 && plan.skipped.count == 1)
  }

  @Test func editsOutsideTheFileOrInsideACharacterAreRefused() {
    let text = "µg dose"
    let (same, plan) = fixed(text, [diagnostic("a/cut", 1..<2, [(1..<2, "x")]), diagnostic("b/far", 0..<1, [(5..<99, "x")])])
    #expect(same == text)
    #expect(plan.skipped.map(\.reason) == [.outOfBounds, .outOfBounds])
    #expect(!plan.changes)
  }

  @Test func onlyTheFirstFixItOfADiagnosticCounts() {
    var finding = Finding(ruleID: "a/b", message: "m", range: 0..<3)
    finding.fixIts = [FixIt("one", edits: [TextEdit(range: 0..<3, replacement: "1")]), FixIt("two", edits: [TextEdit(range: 0..<3, replacement: "2")])]
    let (text, _) = fixed("one", [Diagnostic(finding, severity: .info)])
    #expect(text == "1")
  }
}
