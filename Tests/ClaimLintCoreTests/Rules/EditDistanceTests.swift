import Testing

@testable import ClaimLintCore

/// "Did you mean" suggestions count a swap of neighbouring letters, the commonest typo, as one edit.
@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("lint", "lint", 0), ("lnt", "lint", 1), ("lnit", "lint", 1), ("ilnt", "lint", 1), ("rules", "rlues", 1),
    ("sevrity", "severity", 1), ("abc", "cba", 2), ("", "abc", 3), ("kitten", "sitting", 3),
  ])
  func distances(a: String, b: String, expected: Int) {
    #expect(EditDistance.distance(a, b) == expected)
    #expect(EditDistance.distance(b, a) == expected)
  }

  @Test func suggestsTheClosestLikelyTypo() {
    let commands = ["lint", "rules", "explain", "test-rules", "claims", "serve", "mcp"]
    #expect(EditDistance.closest(to: "lnit", in: commands) == "lint")
    #expect(EditDistance.closest(to: "expalin", in: commands) == "explain")
    #expect(EditDistance.closest(to: "zzzz", in: commands) == nil)
  }
}
