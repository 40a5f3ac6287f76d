import Testing

@testable import ClaimLintCore

/// What the literal reader finds a pattern's matches must contain, and where it must admit it knows nothing.
@Suite("literal prefilter: reading patterns")
struct LiteralReaderTests {
  /// The choices as sorted strings, the choices themselves sorted.
  private func choices(_ source: String, extended: Bool = false) -> [[String]]? {
    LiteralReader.literals(of: source, extended: extended)?.map { choice in
      choice.map { String(decoding: $0, as: UTF8.self) }.sorted()
    }.sorted { $0.lexicographicallyPrecedes($1) }
  }

  @Test func wordsOnEitherSideOfAClassAreBothRequired() {
    #expect(choices("\\bVitamin\\s+K2\\b") == [["k2"], ["vitamin"]])
  }

  @Test func alternativesAreOneChoice() {
    #expect(choices("(?:miracle|wonder)\\s+cure") == [["cure"], ["miracle", "wonder"]])
  }

  @Test func anOptionalLetterGivesBothSpellings() {
    #expect(choices("colou?r") == [["color", "colour"]])
  }

  @Test func patternsThatCanMatchWithoutALiteralHaveNone() {
    #expect(choices("a*") == nil)
    #expect(choices("(?:cure|)") == nil)
    #expect(choices("\\d+\\s*mg") == [["mg"]])
    #expect(choices("\\d+") == nil)
    #expect(choices("[A-Z]{3,}") == nil)
    #expect(choices("(?:cure|\\w+ly)") == [["cure", "ly"]])
    #expect(choices("(?:cure|\\w+)") == nil)
  }

  @Test func assertionsJoinTheLiteralsAroundThem() {
    #expect(choices("(?<!not )safe(?![\\w])") == [["safe"]])
    #expect(choices("anti\\bviral") == [["antiviral"]])
    #expect(choices("(?i)heal(?#a comment)ing") == [["healing"]])
  }

  @Test func extendedModeIgnoresSpacesAndComments() {
    #expect(choices("(?x) heart \\s+ # a comment\n attack") == [["attack"], ["heart"]])
    #expect(choices("heart attack", extended: true) == [["heartattack"]])
    #expect(choices("(?-x: heart)", extended: true) == [[" heart"]])
  }

  @Test func quotedTextIsLiteral() {
    #expect(choices("\\Qa+b\\E\\s") == [["a+b"]])
    #expect(choices("\\x41\\x{42}c") == [["abc"]])
  }

  @Test func aConditionalWithOneBranchMayMatchNothing() {
    #expect(choices("(?(?=x)remedy)tonic") == [["remedytonic", "tonic"]])
    #expect(choices("(?(1)remedy|tonic)") == [["remedy", "tonic"]])
  }

  @Test func quantifiedGroupsKeepTheirRequirement() {
    #expect(choices("(?:ginkgo\\s)+biloba") == [["biloba"], ["ginkgo"]])
    #expect(choices("(?:ginkgo){0,2}") == nil)
  }

  @Test func constructsItDoesNotKnowLeaveThePatternUnread() {
    #expect(choices("(*atomic:abc)d") == nil)
    #expect(choices("abc(") == nil)
    #expect(choices("abc)") == nil)
    #expect(choices("(?Zabc)") == nil)
  }

  @Test func nonASCIICharactersAreNotLiterals() {
    // Caseless matching folds "É" and "é"; the prefilter only knows ASCII case.
    #expect(choices("caf\u{E9}\\s+latte") == [["caf"], ["latte"]])
  }

  @Test func termSlotsRequireATermOfTheirLexicon() throws {
    let choices = try #require(LiteralReader.literals(of: "relief of " + TermSlot.regex(slot: 3), extended: false))
    #expect(choices.contains([LiteralReader.slotMarker(3)]))
    #expect(choices.contains([Array("relief of ".utf8)]))
  }

  @Test func aLexiconTrieGivesWholeWordsNotItsSharedStart() throws {
    let found = try #require(choices("\\bca(?:lcium(?:\\s+|-)citrate|rnitine\\s+tartrate)"))
    #expect(found.contains(["calcium", "carnitin"]), "prefixes stop at eight bytes")
  }

  @Test func tooManyPrefixesAreCutShorterUntilTheyFit() {
    let words = (0..<300).map { RequiredLiterals.sequence([.literal(Array("w\(1000 + $0)x".utf8)), .unknown]) }
    let prefixes = RequiredLiterals.alternation(words).prefixes
    #expect(prefixes.count <= RequiredLiterals.maximumPrefixes)
    #expect(Set(prefixes.map { String(decoding: $0, as: UTF8.self) }) == Set((100..<130).map { "w\($0)" }))
    let open = RequiredLiterals.alternation([.literal(Array("cure".utf8)), .unknown])
    #expect(open.prefixes == [[]], "a branch that can start anywhere leaves no prefix")
  }
}
