import Testing

@testable import ClaimLintCore

@Suite("match rules")
struct MatchRuleTests {
  @Test func findsMatchesAndQuotesThemInTheMessage() throws {
    let harness = EngineHarness(
      """
      rules:
        - id: hype/miracle
          severity: warning
          message: "'{match}' is hype"
          pattern: '\\bmiracles?\\b'
      """)
    #expect(try harness.spans("A miracle cure. Two Miracles.") == ["miracle", "Miracles"])
    #expect(try harness.messages("A miracle cure.") == ["'miracle' is hype"])
  }

  @Test func nothingFromCodeOrLinkTargets() throws {
    let harness = EngineHarness("rules:\n  - {id: t/t, severity: info, message: x, pattern: miracle}\n")
    #expect(try harness.spans("`miracle` and [link](https://x.org/miracle)\n\n```\nmiracle\n```\n").isEmpty)
  }

  @Test func sentenceScopeKeepsMatchesInsideOneSentence() throws {
    let harness = EngineHarness("rules:\n  - {id: t/t, severity: info, message: x, pattern: 'cure\\W+Take'}\n")
    #expect(try harness.spans("It is no cure. Take care.").isEmpty)
    let document = EngineHarness("rules:\n  - {id: t/t, severity: info, message: x, pattern: 'cure\\W+Take', scope: paragraph}\n")
    #expect(try document.spans("It is no cure. Take care.") == ["cure. Take"])
  }

  @Test func matchAfterACrossingMatchIsNotLost() throws {
    // `b.*` runs over the sentence end; the rule must still find the `b` in the next sentence.
    let harness = EngineHarness("rules:\n  - {id: t/t, severity: info, message: x, pattern: 'b[^!]*'}\n")
    #expect(try harness.spans("Ab. Cb!") == ["b.", "b"])
  }

  @Test func captureGroupIsTheSpan() throws {
    let harness = EngineHarness(
      "rules:\n  - {id: t/t, severity: info, message: '{verb}', pattern: 'K2 (?<verb>cures)', capture: verb}\n")
    #expect(try harness.spans("K2 cures all.") == ["cures"])
    #expect(try harness.messages("K2 cures all.") == ["cures"])
  }

  @Test func unlessQuotedAndQuestion() throws {
    let harness = EngineHarness(
      """
      rules:
        - id: t/t
          severity: info
          message: x
          pattern: '\\bcures\\b'
          unless: [quoted, question]
      """)
    #expect(try harness.spans("Some sellers say K2 “cures” arthritis.").isEmpty)
    #expect(try harness.spans("Some sellers say K2 'cures' arthritis.").isEmpty)
    #expect(try harness.spans("Does K2 cures arthritis?").isEmpty)
    #expect(try harness.spans("K2's maker says it cures arthritis.") == ["cures"])
  }

  @Test func contextPatternInScopes() throws {
    let harness = EngineHarness(
      """
      rules:
        - id: t/t
          severity: info
          message: x
          pattern: '\\bstudies show\\b'
          unless:
            - {pattern: '\\(\\d{4}\\)|published in', in: paragraph}
            - {pattern: 'https?://', in: paragraph, raw: true}
      """)
    #expect(try harness.spans("Studies show it works.") == ["Studies show"])
    #expect(try harness.spans("Studies show it works. Published in a journal.").isEmpty)
    #expect(try harness.spans("Studies show it works.\n\nPublished in a journal.") == ["Studies show"])
    #expect(try harness.spans("[Studies show](https://example.org/trial) it works.").isEmpty)
  }

  @Test func withinNSentences() throws {
    let harness = EngineHarness(
      """
      rules:
        - id: t/t
          severity: info
          message: x
          pattern: '\\bprevents\\b'
          when: [{pattern: 'in mice', within: 1}]
      """)
    #expect(try harness.spans("A trial in mice. It prevents gout.") == ["prevents"])
    #expect(try harness.spans("A trial in mice. Then more. It prevents gout.").isEmpty)
  }

  @Test func anyCondition() throws {
    let harness = EngineHarness(
      """
      rules:
        - id: t/t
          severity: info
          message: x
          pattern: grapefruit
          when: [{any: [{pattern: juice, in: after}, {pattern: eat, in: before}]}]
      """)
    #expect(try harness.spans("Eat grapefruit. Grapefruit juice. Grapefruit pie.") == ["grapefruit", "Grapefruit"])
  }

  @Test func blockFilter() throws {
    let harness = EngineHarness("rules:\n  - {id: t/t, severity: info, message: x, pattern: cure, blocks: [heading]}\n")
    #expect(try harness.spans("# A cure\n\nNo cure here.\n") == ["cure"])
  }

  @Test func catastrophicPatternIsAToolErrorAndOtherRulesRun() throws {
    let harness = EngineHarness(
      """
      rules:
        - {id: t/slow, severity: info, message: x, pattern: '^(\\w+\\s?)*$', scope: document}
        - {id: t/fast, severity: info, message: x, pattern: 'vitamin'}
      """)
    let text = String(repeating: "vitamin ", count: 40) + "!"
    let result = try harness.lint(text)
    #expect(result.findings.map(\.ruleID).allSatisfy { $0 == "t/fast" })
    #expect(result.findings.count == 40)
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.message.hasPrefix("rule 't/slow' stopped here: pattern gave up") == true)
    #expect(result.errors.first?.line == 1 && result.errors.first?.column == 1)
    #expect(result.errors.first?.path == "doc")
  }

  @Test func positionsPointIntoTheOriginalHTML() throws {
    let harness = EngineHarness("rules:\n  - {id: t/t, severity: info, message: x, pattern: \"St John's wort\"}\n")
    let html = "<p>Try St John&#8217;s wort &amp; more.</p>"
    #expect(try harness.spans(html, format: .html) == ["St John&#8217;s wort"])
  }
}
