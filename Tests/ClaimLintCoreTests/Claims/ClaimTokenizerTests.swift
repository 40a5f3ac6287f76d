import Testing
@testable import ClaimLintCore

@Suite("Claim tokenizer")
struct ClaimTokenizerTests {
  private func words(_ text: String) -> [String] {
    ClaimTokenizer.tokenize(Array(text.utf8)).map(\.norm)
  }

  @Test func splitsNegationContractions() {
    #expect(words("It doesn't help.") == ["it", "does", "n't", "help", "."])
    #expect(words("Zinc cannot cure colds") == ["zinc", "can", "not", "cure", "colds"])
    #expect(words("It won\u{2019}t work") == ["it", "will", "n't", "work"])
    #expect(words("It's safe") == ["it", "is", "safe"])
  }

  @Test func keepsCompoundsAndAbbreviations() {
    #expect(words("cost-effective Alzheimer's care") == ["cost-effective", "alzheimer's", "care"])
    #expect(words("e.g. vitamin D vs. placebo") == ["e.g.", "vitamin", "d", "vs.", "placebo"])
    #expect(words("3.5 mg") == ["3.5", "mg"])
  }

  @Test func normalizesQuotesAndDashes() {
    #expect(words("\u{201C}cures\u{201D} \u{2018}detox\u{2019} a \u{2014} b") == ["\"", "cures", "\"", "'", "detox", "'", "a", "--", "b"])
  }

  @Test func rangesAreUTF8ByteRanges() {
    let text = "β-carotene lowers risk — “a lot”"
    let bytes = Array(text.utf8)
    for token in ClaimTokenizer.tokenize(bytes) where token.kind == .word {
      let slice = String(decoding: bytes[token.range], as: UTF8.self)
      #expect(slice.lowercased() == token.norm)
    }
  }

  @Test func capitalALetterAfterAWordIsAName() {
    let tokens = ClaimTokenizer.tokenize(Array("Vitamin A lowers risk".utf8))
    #expect(!tokens[1].classes.contains(.determiner))
    let article = ClaimTokenizer.tokenize(Array("A diet rich in fibre".utf8))
    #expect(article[0].classes.contains(.determiner))
  }
}
