import Testing

@testable import ClaimLintCore

/// Editorial brackets in quotations ("[r]elieves") read as the word they change, and matches on it point
/// at the bracketed original.
@Suite struct EditorialBracketsTests {
  @Test func aBracketedLetterJoinsItsWord() throws {
    let text = "The label says it [r]elieves aches and [T]he rest."
    let document = try DocumentParser.parse(path: "a.txt", text: text, format: .text)
    #expect(document.string(0..<document.text.count) == "The label says it relieves aches and The rest.")
  }

  @Test func otherBracketsStay() throws {
    let text = "A list [a] item, x[y]z and [ab]cd."
    let document = try DocumentParser.parse(path: "a.txt", text: text, format: .text)
    #expect(document.string(0..<document.text.count) == text)
  }

  @Test func aRuleMatchesTheJoinedWord() throws {
    let harness = EngineHarness(
      "rules:\n  - {id: t/relief, severity: info, message: x, pattern: '\\brelieves\\b'}\n")
    let text = "It [r]elieves aches."
    #expect(try harness.spans(text, format: .text) == ["[r]elieves"])
  }
}
