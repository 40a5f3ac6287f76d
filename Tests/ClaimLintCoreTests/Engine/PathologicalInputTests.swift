import Testing

@testable import ClaimLintCore

/// Inputs no one writes on purpose must still finish: the engine is meant to stay linear in the size of
/// a file whatever its shape. Nothing is timed here (benchmarks measure speed); a quadratic slip shows up
/// as a test that does not end.
@Suite("pathological inputs")
struct PathologicalInputTests {
  private func lintWithDefaults(_ text: String) throws -> Linter.Result {
    let (ruleSet, errors) = RuleSet.load(RuleSource.defaults())
    #expect(errors.isEmpty)
    let document = try DocumentParser.parse(path: "big.md", text: text, format: .markdown)
    return Linter(ruleSet: ruleSet).lint(document)
  }

  @Test func oneLongSentenceWithoutPunctuation() throws {
    let words = ["vitamin", "D", "K2", "may", "prevent", "cancer", "studies", "show", "miracle", "10,000", "IU"]
    let text = (0..<30_000).map { words[$0 * 7 % words.count] }.joined(separator: " ")
    let result = try lintWithDefaults(text)
    #expect(result.errors.isEmpty)
  }

  @Test func longMaskedRunAfterNonASCIITextLosesNoFinding() throws {
    // A café in the text switches patterns to Unicode classes; a long comment is masked to spaces.
    let text = "Our café blend adds vitamin K2, as shown in Trial 2019\n\n<!--" + String(repeating: " memo", count: 400) + " -->\n"
    let result = try lintWithDefaults(text)
    #expect(result.errors.isEmpty)
    #expect(result.findings.contains { $0.ruleID == "caveat/vitamin-k-anticoagulants" })
  }

  @Test func longCodeBlockAfterAHypeWordLosesNoFinding() throws {
    // One search runs over the whole masked block: the match budget grows with the text searched.
    let text = "A breakthrough pill.\n\n```\n" + String(repeating: "y = 2;\n", count: 100_000) + "```\n"
    let result = try lintWithDefaults(text)
    #expect(result.errors.isEmpty)
    #expect(result.findings.contains { $0.ruleID == "hype/miracle-words" })
  }

  @Test func oneParagraphOfManySentences() throws {
    let sentences = ["Vitamin D may prevent colds in mice.", "Studies show K2 cures arthritis!", "Take 10,000 IU daily."]
    let text = (0..<6_000).map { sentences[$0 % sentences.count] }.joined(separator: " ")
    let result = try lintWithDefaults(text)
    #expect(result.findings.contains { $0.ruleID == "evidence/unsourced-appeal" })
  }

  @Test func longSentencesAreJudgedInPieces() {
    let text = String(repeating: "green tea prevents strokes and ", count: 400)
    let pieces = LongSentence.pieces(of: Array(text.utf8))
    #expect(pieces.count > 1)
    #expect(pieces.allSatisfy { $0.count <= LongSentence.piece })
    #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == text.utf8.count)
    let analysis = ClaimAnalyzer().analyze(text)
    #expect(analysis.strength == .causal)
    #expect(analysis.cues.allSatisfy { $0.range.upperBound <= text.utf8.count })
  }
}
