import Testing

@testable import ClaimLintCore

@Suite("Vocabulary lexicons: token dictionaries in rules")
struct VocabularyLexiconTests {
  /// A small vocabulary in the format of `Rules/vocabulary/*.tsv`.
  static let vocabulary = """
    # test vocabulary
    gallstone\tdisease\tT:1\ttest
    type 2 diabetes\tdisease\tT:2\ttest
    diabetes\tdisease\tT:2\ttest
    Paget's disease\tdisease\tT:3\ttest
    tumour\tdisease\tT:4\ttest
    ME\tdisease\tT:5\ttest
    anti-viral\tclass\tT:6\ttest
    hay fever\tdisease\tT:7\ttest
    swelling\tsymptom\tT:8\ttest
    sprain\tdisease\tT:9\ttest\tnot-preceded-by=ankle|a bad;not-followed-by=gauge
    gout\tdisease\tT:10\ttest\tordinary-word
    oesophag\tspelling\tesophag
    tumour\tspelling\ttumor
    oedem\tspelling\tedem
    oedema\tdisease\tT:11\ttest
    """

  private func harness(_ lexicon: String, rule: String, vocabulary: String = Self.vocabulary) -> (RuleSet, [ToolError]) {
    let message = rule.contains("message:") ? "" : "    message: '{match}'\n"
    let yaml = "lexicons:\n  conditions: \(lexicon)\nrules:\n  - id: t/t\n    severity: info\n\(message)\(rule)"
    return RuleSet.load([RuleSource(name: "t.yml", text: yaml), RuleSource(name: "v/test.tsv", text: vocabulary)])
  }

  private func spans(_ lexicon: String, rule: String = "    lexicon: conditions\n", in text: String) throws -> [String] {
    let (ruleSet, errors) = harness(lexicon, rule: rule)
    #expect(errors.isEmpty, "\(errors)")
    let document = try DocumentParser.parse(path: "doc.md", text: text, format: .markdown)
    let bytes = Array(text.utf8)
    return Linter(ruleSet: ruleSet).lint(document).findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  @Test func pluralsPossessivesCaseAndLongestTerm() throws {
    let text = "Gallstones and a gallstone. Type-2 diabetes, diabetes, Paget’s disease and PAGET'S DISEASE."
    #expect(
      try spans("{vocabulary: test}", in: text)
        == ["Gallstones", "gallstone", "Type-2 diabetes", "diabetes", "Paget’s disease", "PAGET'S DISEASE"])
  }

  @Test func britishSpellingsAndHyphenJoins() throws {
    let text = "A tumor, tumours, an antiviral, anti viral and anti-viral drugs; oedema, edema; hay-fever."
    #expect(
      try spans("{vocabulary: test}", in: text)
        == ["tumor", "tumours", "antiviral", "anti viral", "anti-viral", "oedema", "edema", "hay-fever"])
  }

  @Test func acronymsMatchOnlyInCapitals() throws {
    #expect(try spans("{vocabulary: test}", in: "Tell me about ME. Not me, not Me.") == ["ME"])
  }

  @Test func senseConstraintsKeepOrdinaryWordsOut() throws {
    let text = "A sprain heals. An ankle sprain too. A bad sprain hurts, a sprain gauge measures, her sprain healed."
    #expect(try spans("{vocabulary: test}", in: text) == ["sprain", "sprain"])
  }

  @Test func kindsAndFlagsFilterRows() throws {
    let text = "Swelling, gout and diabetes."
    #expect(try spans("{vocabulary: test, kinds: [disease]}", in: text) == ["gout", "diabetes"])
    #expect(try spans("{vocabulary: test, except-flags: [ordinary-word]}", in: text) == ["Swelling", "diabetes"])
  }

  @Test func ownTermsJoinTheDictionary() throws {
    #expect(try spans("{vocabulary: test, kinds: [symptom], terms: [shin splints]}", in: "Shin splint and swelling.")
      == ["Shin splint", "swelling"])
  }

  @Test func vocabularyLexiconInsideARegexKeepsCaptureNumbers() throws {
    let rule = """
          pattern: '\\b(cures?|prevents?)\\s+(?:(?:and|or|,)\\s*|{{conditions}}\\s*)*{{conditions}}\\b(\\s+quickly)?'
          message: '{1}/{2}'

      """
    let (ruleSet, errors) = harness("{vocabulary: test}", rule: rule)
    #expect(errors.isEmpty, "\(errors)")
    let target = try #require(ruleSet.rule("t/t")?.target)
    #expect(target.captureCount == 2)
    let text = "It prevents gallstones, hay fever and type 2 diabetes quickly. It cures nothing."
    let document = try DocumentParser.parse(path: "doc.md", text: text, format: .markdown)
    let findings = Linter(ruleSet: ruleSet).lint(document).findings
    let bytes = Array(text.utf8)
    #expect(findings.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["prevents gallstones, hay fever and type 2 diabetes quickly"])
    #expect(findings.map(\.message) == ["prevents/quickly"])
  }

  @Test func vocabularyLexiconAsACondition() throws {
    let rule = """
          pattern: '\\bcures?\\b'
          when:
            - {lexicon: conditions, in: sentence}

      """
    #expect(try spans("{vocabulary: test}", rule: rule, in: "It cures gout. It cures boredom.") == ["cures"])
  }

  @Test func regexLexiconIncludingAVocabularyLexicon() throws {
    let yaml = """
      lexicons:
        conditions: {vocabulary: test, kinds: [disease]}
        problems: {terms: [aches], include: [conditions]}
      rules:
        - id: t/t
          severity: info
          message: x
          pattern: '\\bfor\\s+{{problems}}'
      """
    let (ruleSet, errors) = RuleSet.load([RuleSource(name: "t.yml", text: yaml), RuleSource(name: "test.tsv", text: Self.vocabulary)])
    #expect(errors.isEmpty, "\(errors)")
    let text = "Tea for aches, tea for gout, tea for swelling."
    let document = try DocumentParser.parse(path: "doc.md", text: text, format: .markdown)
    let bytes = Array(text.utf8)
    #expect(
      Linter(ruleSet: ruleSet).lint(document).findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        == ["for aches", "for gout"])
  }

  @Test func errorsNameTheirPlace() throws {
    let (_, unknown) = harness("{vocabulary: nosuch}", rule: "    lexicon: conditions\n")
    #expect(unknown.contains { $0.path == "t.yml" && $0.line == 2 && $0.message.contains("unknown vocabulary 'nosuch'") })
    let (_, kind) = harness("{vocabulary: test, kinds: [sign]}", rule: "    lexicon: conditions\n")
    #expect(kind.contains { $0.message.contains("no rows of kind 'sign'") })
    let (_, sense) = harness("{vocabulary: test}", rule: "    lexicon: conditions\n", vocabulary: "# x\nsprain\tdisease\tT\tt\tnot-after=x\n")
    #expect(sense.contains { $0.path == "v/test.tsv" && $0.line == 2 && $0.column == 20 && $0.message.contains("unknown sense constraint") })
    let (_, columns) = harness("{vocabulary: test}", rule: "    lexicon: conditions\n", vocabulary: "a\tb\tc\td\te\tf\n")
    #expect(columns.contains { $0.path == "v/test.tsv" && $0.line == 1 && $0.column == 11 })
    let (_, filter) = harness("{terms: [a], kinds: [disease]}", rule: "    lexicon: conditions\n")
    #expect(filter.contains { $0.message.contains("filters a vocabulary") })
  }
}
