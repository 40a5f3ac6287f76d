import Testing

@testable import ClaimLintCore

/// Long subjects are searched in windows (so no single PCRE2 call runs unbounded); the matches are the
/// ones a search of the whole subject finds (the reference: the same pattern with windows turned off).
@Suite struct SearchWindowTests {
  func matches(_ source: String, in text: String, options: Pattern.Options = []) throws -> [Range<Int>] {
    let pattern = try Pattern(source, options: options)
    #expect(pattern.isWindowed)
    return try pattern.matches(in: text).map(\.range)
  }

  func whole(_ source: String, in text: String, options: Pattern.Options = []) throws -> [Range<Int>] {
    let pattern = try Pattern(source, options: options, termSlots: [], windowed: false)
    #expect(!pattern.isWindowed)
    return try pattern.matches(in: text).map(\.range)
  }

  /// Filler that puts the interesting text across the first window boundaries.
  static func text(_ tail: String, filler: String = "lorem ipsum ") -> String {
    String(repeating: filler, count: SearchWindow.bytes / filler.utf8.count - 1) + tail
      + String(repeating: filler, count: SearchWindow.bytes * 3 / filler.utf8.count) + " END"
  }

  @Test(arguments: [
    #"\bmiracle\b"#, #"zz(?=[\s\S]*END)"#, #"zz(?![\s\S]*END)"#, #"ipsum(?=[\s\S]{0,20000}zz)"#, "END$", #"\w+$"#,
    #"(?<=café )\w+"#, #"[\s\S]{9000}"#, #"x*"#, #"\bzz\b|\bmiracle\s+cure\b"#, #"(?:ipsum\s+){3,}zz"#,
  ])
  func windowedSearchesFindWhatWholeSearchesFind(source: String) throws {
    for tail in ["miracle zz café é miracle cure", "zz", "ééééé zz miracle\ncure"] {
      let text = Self.text(tail)
      #expect(try matches(source, in: text) == whole(source, in: text), "\(source) with \(tail)")
    }
  }

  @Test func multibyteCharactersAtEveryBoundary() throws {
    let text = String(repeating: "é", count: SearchWindow.bytes * 2) + "ZZ" + String(repeating: "€", count: 5_000)
    for source in [#"é{3}(?=€)"#, "ZZ", #"\p{L}+$"#, "€+"] {
      #expect(try matches(source, in: text) == whole(source, in: text), "\(source)")
    }
    #expect(try matches("(?i)zz€", in: text, options: [.caseInsensitive]).count == 1)
  }

  @Test func onlyPatternsThatDependOnTheirStartAreSearchedWhole() throws {
    #expect(try Pattern("(*UTF)zz(?=[\\s\\S]*QQQ)").isWindowed, "an option setting does not turn windows off")
    #expect(try !Pattern("(?:\\G|,)\\s*zz").isWindowed)
    #expect(try !Pattern("(*COMMIT)zz").isWindowed)
  }

  @Test func aLookaheadBeyondEveryWindowIsStillSeen() throws {
    let text = "zz " + String(repeating: "a", count: SearchWindow.bytes * 20) + " QQQ"
    #expect(try matches(#"zz(?=[\s\S]*QQQ)"#, in: text) == [0..<2])
    #expect(try matches(#"zz(?![\s\S]*QQQ)"#, in: text).isEmpty)
  }

  /// With a start limit, a search stops there, windowed or not, and finds exactly the matches that start
  /// before it; lookaheads still see the rest of the subject.
  @Test(arguments: [#"\bmiracle\b"#, #"zz(?=[\s\S]*END)"#, #"ipsum(?=[\s\S]{0,20000}zz)"#, #"\w+$"#, "x*", #"(?:\G|,)\s*zz"#])
  func aStartLimitKeepsTheMatchesBeforeIt(source: String) throws {
    let text = Self.text("miracle zz café miracle cure zz")
    let pattern = try Pattern(source)
    var bytes = text
    let all = try pattern.matches(in: text).map(\.range)
    for limit in [0, 1, 17, SearchWindow.bytes - 5, SearchWindow.bytes + 40, text.utf8.count] {
      let limited = try bytes.withUTF8 { buffer in
        var found: [Range<Int>] = []
        try pattern.forEachMatch(in: buffer, range: 0..<buffer.count, startingBefore: limit) { match in
          found.append(match.range)
          return true
        }
        return found
      }
      #expect(limited == all.filter { $0.lowerBound < limit }, "\(source) before \(limit)")
    }
  }

  @Test func onlyPatternsThatKeepWhatTheyConsumeSkipUnits() throws {
    #expect(try Pattern("miracle\\s+cure").skipsUnits)
    #expect(try !Pattern("miracle\\s+\\Kcure").skipsUnits, "the text before \\K may lie outside the unit")
    #expect(try !Pattern("(?:\\G|,)\\s*zz").skipsUnits)
  }
}
