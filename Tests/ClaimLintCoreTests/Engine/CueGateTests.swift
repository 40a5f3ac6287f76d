import Testing

@testable import ClaimLintCore

/// A rule that reports claim-analysis cues has only the sentences that can meet its conditions judged.
@Suite struct CueGateTests {
  static let rules = """
    rules:
      - id: probe/product-cause
        severity: warning
        message: "'{match}' on a product page"
        cue: [causal]
        when:
          - {context: [product]}
          - {pattern: '\\bginger\\b', in: paragraph}
        unless:
          - {pattern: '\\bnot\\s+intended\\b', in: sentence}
    """

  /// Lints `text` with the probe rule in one context; the findings' spans and how many sentences were judged.
  func lint(_ text: String) throws -> (spans: [String], judged: Int) {
    let harness = EngineHarness(Self.rules, defaults: true)
    let document = try DocumentParser.parse(path: "doc.md", text: text, format: .markdown)
    let context = DocumentContext(document: document, ruleSet: harness.ruleSet, analyzer: Linter(ruleSet: harness.ruleSet).analyzer)
    let rule = try #require(harness.ruleSet.rule("probe/product-cause"))
    let bytes = Array(text.utf8)
    let spans = rule.findings(in: context).findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    #expect(try harness.spans(text) == spans)
    return (spans, context.judgedSentenceCount)
  }

  @Test func sentencesOutsideTheConditionsAreNotJudged() throws {
    let page = """
      # Zestwell Digestive Capsules

      Buy now: 60 capsules for $19.99, free delivery.

      Ginger prevents nausea. These capsules are not intended to cure nausea, ginger lovers say.

      Turmeric eases joint pain. Cinnamon lowers blood sugar.
      """
    let found = try lint(page)
    #expect(found.spans == ["prevents"])
    // Only the sentences of the paragraph that names ginger, less the one the `unless` rules out.
    #expect(found.judged == 1)
  }

  @Test func aPageOfAnotherKindJudgesNoSentence() throws {
    let news = """
      # Ginger and nausea

      Researchers reported on Tuesday that ginger calms an upset stomach, in a trial of 120 patients.
      """
    let found = try lint(news)
    #expect(found.spans.isEmpty)
    #expect(found.judged == 0)
  }

  @Test func onlyConditionsAboutAWholeSentenceRuleSentencesOut() {
    #expect(ContextScope.paragraph.isSentenceWide && ContextScope.window(2).isSentenceWide && ContextScope.lead.isSentenceWide)
    #expect(!ContextScope.match.isSentenceWide && !ContextScope.before.isSentenceWide && !ContextScope.after.isSentenceWide)
    let claimFree: Condition = .any([.context([.product]), .block([.heading])])
    #expect(claimFree.isSentenceWide)
    #expect(!Condition.any([.context([.product]), .strength([.causal])]).isSentenceWide)
    #expect(!Condition.quoted.isSentenceWide && !Condition.locallyNegated.isSentenceWide)
  }
}
