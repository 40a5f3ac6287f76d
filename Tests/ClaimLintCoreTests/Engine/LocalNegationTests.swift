import Testing

@testable import ClaimLintCore

@Suite("negation words before a match")
struct LocalNegationTests {
  /// Whether the word `target` in `sentence` is negated.
  private func negated(_ sentence: String, _ target: String) -> Bool {
    let bytes = Array(sentence.utf8)
    let offset = sentence.utf8.count - sentence[sentence.range(of: target)!.lowerBound...].utf8.count
    return LocalNegation.negates(offset, in: bytes, sentence: 0..<bytes.count)
  }

  @Test(arguments: [
    ("There is no miracle pill.", "miracle", true),
    ("It is not a breakthrough.", "breakthrough", true),
    ("It isn’t risk-free.", "risk-free", true),
    ("This product is not intended to diagnose, treat, cure or prevent any disease.", "prevent", true),
    ("A miracle, not a myth.", "miracle", false),
    ("It was not cheap, but it is a miracle.", "miracle", false),
    ("No one expected this; it is a breakthrough.", "breakthrough", false),
    ("Nobody knew at first that after many months of careful work the team had a breakthrough.", "breakthrough", false),
  ])
  func cases(sentence: String, target: String, expected: Bool) {
    #expect(negated(sentence, target) == expected)
  }
}
