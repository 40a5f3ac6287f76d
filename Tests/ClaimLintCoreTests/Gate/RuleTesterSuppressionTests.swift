import Testing

@testable import ClaimLintCore

/// The suppression variant `test-rules` derives from Markdown flag examples.
@Suite struct RuleTesterSuppressionTests {
  @Test func nextLineCommentWhenEveryFindingIsOnTheFirstLine() {
    let text = "\nA miracle pill, truly a miracle.\nSecond line."
    let found = [
      TestDocument.range(of: "miracle", in: text), TestDocument.range(of: "miracle", in: text, occurrence: 2),
    ]
    let (variant, suppressed) = RuleTester.suppressed(text, ruleID: "probe/miracle", found: found)
    #expect(variant == "after a disable-next-line comment")
    #expect(suppressed == "<!-- claimlint-disable-next-line probe/miracle -->\n" + text)
    // The comment covers the example's findings in the document the parser would build.
    let document = TestDocument.make(suppressed)
    let shift = suppressed.utf8.count - text.utf8.count
    let findings = found.map { Finding(ruleID: "probe/miracle", message: "", range: ($0.lowerBound + shift)..<($0.upperBound + shift)) }
    let outcome = Suppressor(knownRuleIDs: ["probe/miracle"], activeRuleIDs: ["probe/miracle"]).apply(findings, in: document)
    #expect(outcome.kept.isEmpty && outcome.meta.isEmpty)
  }

  @Test func disableBlockWhenAFindingIsBelowTheFirstLine() {
    let text = "# A heading\n\nA miracle pill."
    let (variant, suppressed) = RuleTester.suppressed(
      text, ruleID: "probe/miracle", found: [TestDocument.range(of: "miracle", in: text)])
    #expect(variant == "inside a disable block")
    #expect(suppressed.hasPrefix("<!-- claimlint-disable probe/miracle -->\n\n# A heading"))
    #expect(suppressed.hasSuffix("\n\n<!-- claimlint-enable probe/miracle -->\n"))
  }
}
