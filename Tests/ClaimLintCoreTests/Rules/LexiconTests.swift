import Testing

@testable import ClaimLintCore

@Suite("Lexicons, terms and inflection")
struct LexiconTests {
  /// Compiles a lexicon through the loader and returns the texts it matches in `text`.
  private func matches(_ lexicon: String, in text: String) throws -> [String] {
    let yaml = "lexicons:\n  words: \(lexicon)\nrules:\n  - id: t/t\n    severity: info\n    message: x\n    lexicon: words\n"
    let (ruleSet, errors) = RuleSet.load([RuleSource(name: "t.yml", text: yaml)])
    #expect(errors.isEmpty, "\(errors)")
    let rule = try #require(ruleSet.rule("t/t"))
    let bytes = Array(text.utf8)
    return try #require(rule.target).matches(in: text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  @Test func termsEndingInPunctuationStillMatch() throws {
    #expect(try matches("[MK-7, K2+]", in: "Take MK-7 daily; K2+ is a brand.") == ["MK-7", "K2+"])
  }

  @Test func unitsWithNonASCIILetters() throws {
    #expect(try matches("[µg]", in: "400 µg or 400 μg, not µgx") == ["µg", "μg"])
  }

  @Test func hyphenJoinsWords() throws {
    #expect(try matches("[vitamin K]", in: "vitamin K-dependent proteins; vitamin K itself") == ["vitamin K"])
  }

  @Test func acronymsAreCaseSensitiveOtherTermsNot() throws {
    #expect(try matches("[EPA, fish oil]", in: "EPA and epa; Fish Oil") == ["EPA", "Fish Oil"])
  }

  @Test func spacesMatchLineBreaksAndHyphens() throws {
    #expect(try matches("[fish oil]", in: "fish\n  oil and fish-oil") == ["fish\n  oil", "fish-oil"])
  }

  @Test func apostrophesMatchTypographicOnes() throws {
    #expect(try matches("[St John's wort]", in: "St John’s wort and St John's Wort") == ["St John’s wort", "St John's Wort"])
  }

  @Test func pluralsAreGenerated() throws {
    let text = "mice, capsules, analyses, therapies, fish oils, a mouse"
    #expect(
      try matches("{terms: [mouse, capsule, analysis, therapy, fish oil], inflect: plural}", in: text)
        == ["mice", "capsules", "analyses", "therapies", "fish oils", "mouse"])
  }

  @Test func verbFormsAreGenerated() throws {
    let text = "It reduces, reduced and is reducing; it led to and leads to; stopped; cures"
    #expect(
      try matches("{terms: [reduce, lead to, stop, cure], inflect: verb}", in: text)
        == ["reduces", "reduced", "reducing", "led to", "leads to", "stopped", "cures"])
  }

  @Test func noMatchInsideLongerWords() throws {
    #expect(try matches("[cure]", in: "secured procure cure") == ["cure"])
  }

  @Test func includeMergesLexicons() throws {
    let yaml = """
      lexicons:
        a: [warfarin]
        b: {terms: [heparin], include: [a]}
      rules:
        - id: t/t
          severity: info
          message: x
          lexicon: b
      """
    let (ruleSet, errors) = RuleSet.load([RuleSource(name: "t.yml", text: yaml)])
    #expect(errors.isEmpty)
    let rule = try #require(ruleSet.rule("t/t"))
    #expect(try #require(rule.target).matches(in: "warfarin or heparin").count == 2)
  }

  @Test func patternQuotesMatchTypographicTwins() throws {
    let expansion = try PatternExpander(lexicons: [:]).expand(#"doesn't [a'] (?'n'x)\k'n'"#)
    #expect(expansion.text == #"doesn['’‘]t [a'’‘] (?'n'x)\k'n'"#)
    #expect(expansion.sourceOffset(expansion.text.utf8.count - 1) == #"doesn't [a'] (?'n'x)\k'n'"#.utf8.count - 1)
  }

  @Test func messageTemplates() throws {
    let template = try MessageTemplate("'{match}' ({dose}) {{literal}}", groupNames: ["dose": 1], captureCount: 1)
    let text = Array("take 5 mg".utf8)
    let rendered = template.render(match: 0..<9, groups: [0..<9, 5..<6]) { String(decoding: text[$0], as: UTF8.self) }
    #expect(rendered == "'take 5 mg' (5) {literal}")
    #expect(template.plainText == "'…' (…) {literal}")
  }

  @Test func caseOfReplacementFollowsOriginal() {
    #expect(CompiledRule.matchingCase("may help", like: "Cures") == "May help")
    #expect(CompiledRule.matchingCase("may help", like: "CURES") == "MAY HELP")
    #expect(CompiledRule.matchingCase("may help", like: "cures") == "may help")
  }
}
