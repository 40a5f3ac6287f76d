import Testing

@testable import ClaimLintCore

@Suite("PCRE2 wrapper")
struct PatternTests {
  private func ranges(_ pattern: String, _ text: String, options: Pattern.Options = []) throws -> [Range<Int>] {
    try Pattern(pattern, options: options).matches(in: text).map(\.range)
  }

  @Test func findsEveryNonOverlappingMatch() throws {
    #expect(try ranges("ab", "ab ab abab") == [0..<2, 3..<5, 6..<8, 8..<10])
  }

  @Test func emptyMatchesAdvanceOneScalarAndAreReportedOnce() throws {
    // `x*` matches empty at every position where there is no x; a two-byte é must not be split.
    let found = try ranges("x*", "éxx")
    #expect(found == [0..<0, 2..<4, 4..<4])
  }

  @Test func singleByteEscapeIsRefused() {
    // `\C` would match one byte of "é" and give a span that is not UTF-8.
    #expect(throws: PatternError.self) { try Pattern("caf\\C") }
  }

  @Test func matchBudgetGrowsWithTheTextSearched() {
    let limit: UInt32 = 1_000_000
    #expect(Pattern.matchBudget(limit: limit, range: 0..<1_000) == limit)
    #expect(Pattern.matchBudget(limit: limit, range: 0..<(10 * 65_536)) == 11 * limit)
    #expect(Pattern.matchBudget(limit: .max, range: 0..<(1 << 30)) == .max)
  }

  @Test func emptyMatchAtEndOfSubject() throws {
    #expect(try ranges("$", "abc") == [3..<3])
  }

  @Test func offsetsAreUTF8BytesAfterMultibyteText() throws {
    let text = "😀 café: vitamin K2"
    let found = try ranges("K2", text)
    let expectedStart = text.utf8.count - 2
    #expect(found == [expectedStart..<(expectedStart + 2)])
  }

  @Test func caseInsensitiveIsUnicodeAware() throws {
    #expect(try ranges("ÉTUDE", "une étude", options: [.caseInsensitive]).count == 1)
    #expect(try ranges("ÉTUDE", "une étude").isEmpty)
  }

  @Test func wordBoundariesUseUnicodeProperties() throws {
    // With UCP, é is a word character, so \bcaf\b must not match inside "café".
    #expect(try ranges(#"\bcaf\b"#, "café").isEmpty)
  }

  @Test func numberedAndNamedCaptures() throws {
    let pattern = try Pattern(#"(?<dose>\d+)\s*(mg|µg)"#)
    let match = try #require(try pattern.matches(in: "take 400 µg daily").first)
    #expect(pattern.captureCount == 2)
    #expect(pattern.groupNames["dose"] == 1)
    #expect(match.group(1) == 5..<8)
    #expect(match.group(2) == 9..<12)
    #expect(match.group(3) == nil)
  }

  @Test func groupThatDidNotTakePartIsNil() throws {
    let match = try #require(try Pattern("(a)|(b)").matches(in: "b").first)
    #expect(match.group(1) == nil)
    #expect(match.group(2) == 0..<1)
  }

  @Test func rangeLimitsTheSubject() throws {
    let pattern = try Pattern(#"cure$"#)
    var text = Array("a cure for all".utf8)
    let found = try text.withUnsafeMutableBufferPointer { buffer in
      try pattern.matches(in: UnsafeBufferPointer(buffer), range: 2..<6)
    }
    #expect(found.map(\.range) == [2..<6])
  }

  @Test func compileErrorsCarryPCRE2MessageAndOffset() {
    #expect {
      _ = try Pattern("abc(def")
    } throws: { error in
      guard case PatternError.compile(let message, let offset) = error else { return false }
      return message.contains("missing closing parenthesis") && offset == 7
    }
  }

  @Test func catastrophicBacktrackingEndsWithALimitError() throws {
    let pattern = try Pattern(#"^(\w+\s?)*$"#, limits: .init(match: 100_000, depth: 1_000, heapKiB: 8_192))
    let subject = String(repeating: "vitamin ", count: 12) + "!"
    #expect {
      _ = try pattern.matches(in: subject)
    } throws: { error in
      (error as? PatternError)?.isLimit == true
    }
  }

  @Test func sharedAcrossThreads() async throws {
    let pattern = try Pattern(#"\bK2\b"#)
    let text = String(repeating: "K2 and D3. ", count: 500)
    let counts = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<8 { group.addTask { (try? pattern.matches(in: text).count) ?? -1 } }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(counts == Array(repeating: 500, count: 8))
  }
}
