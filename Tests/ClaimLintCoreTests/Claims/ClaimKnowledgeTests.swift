import Testing

@testable import ClaimLintCore

@Suite("The analyzer's lists (analyzer: in rule files)")
struct ClaimKnowledgeTests {
  private func load(_ yaml: String) -> (ruleSet: RuleSet, errors: [String]) {
    let (ruleSet, errors) = RuleSet.load(RuleSource.defaults(includingRules: false) + [RuleSource(name: "u.yml", text: yaml)])
    return (ruleSet, errors.map(\.description))
  }

  @Test func builtInListsLoadWithoutErrors() {
    #expect(AnalyzerLists.builtIn.errors.isEmpty)
    #expect(ClaimKnowledge.builtInCompiled.errors.isEmpty)
    #expect(RuleSet.load(RuleSource.defaults()).errors.isEmpty)
  }

  @Test func everyListTheCodeReadsIsDefined() {
    let names = CueCategory.allCases.map(\.name) + WordList.allCases.map(\.name) + FormsTable.allCases.map(\.name)
    for name in names { #expect(AnalyzerLists.builtIn.lists[name] != nil, "missing list \(name)") }
  }

  @Test func everyBuiltInListIsReadByTheCode() {
    let names = Set(CueCategory.allCases.map(\.name) + WordList.allCases.map(\.name) + FormsTable.allCases.map(\.name))
    for name in AnalyzerLists.builtIn.lists.names { #expect(names.contains(name), "unused list \(name)") }
  }

  @Test func withoutExtensionsTheRuleSetSharesTheBuiltInKnowledge() {
    let (ruleSet, errors) = load("lexicons:\n  x: [y]\n")
    #expect(errors.isEmpty)
    #expect(ruleSet.knowledge === ClaimKnowledge.builtIn)
  }

  @Test func aUserFileExtendsACueList() {
    let sentence = "Turmeric zaps joint pain."
    #expect(ClaimAnalyzer().analyze(sentence).strength == .none)
    let (ruleSet, errors) = load(
      """
      analyzer:
        causal-verb:
          phrases: [~zap]
      """)
    #expect(errors.isEmpty)
    let analysis = ClaimAnalyzer(knowledge: ruleSet.knowledge).analyze(sentence)
    #expect(analysis.strength == .causal)
    #expect(analysis.cues.contains { $0.kind == .causal && $0.text == "zaps" })
  }

  @Test func aUserFileExtendsAWordList() {
    let sentence = "Bloodwork had reduced zorb after the change."
    let (ruleSet, errors) = load("analyzer:\n  measure-nouns:\n    words: [zorb]\n")
    #expect(errors.isEmpty)
    #expect(ruleSet.knowledge[.measureNouns].contains("zorb"))
    #expect(!ClaimKnowledge.builtIn[.measureNouns].contains("zorb"))
    _ = ClaimAnalyzer(knowledge: ruleSet.knowledge).analyze(sentence)
  }

  @Test func anUnknownListIsAnErrorWithASuggestion() {
    let (_, errors) = load("analyzer:\n  causal-verbs:\n    phrases: [~zap]\n")
    #expect(errors == ["u.yml:2:3: error: unknown analyzer list 'causal-verbs'; did you mean 'causal-verb'?"])
  }

  @Test func theKindOfEntriesMustMatch() {
    let (_, errors) = load("analyzer:\n  measure-nouns:\n    phrases: [zorb]\n")
    #expect(errors == ["u.yml:2:3: error: analyzer list 'measure-nouns' holds words, not phrases"])
  }

  @Test func inflectionTablesCannotBeExtended() {
    let (_, errors) = load("analyzer:\n  irregular-verbs:\n    forms:\n      swim: [swims, swam, swum, swimming]\n")
    #expect(errors.count == 1)
    #expect(errors.first?.contains("cannot be extended") == true)
  }

  @Test func badEntriesAndKeysHavePositions() {
    let (_, errors) = load(
      """
      analyzer:
        causal-verb:
          phrase: [~zap]
        measure-nouns:
          words: [two words, Zorb]
      """)
    #expect(errors.contains("u.yml:3:5: error: unknown key 'phrase' in analyzer list 'causal-verb'; did you mean 'phrases'?"))
    #expect(errors.contains("u.yml:5:13: error: analyzer list 'measure-nouns': 'two words' is not one word; phrase lists take phrases"))
    #expect(errors.contains("u.yml:5:24: error: analyzer list 'measure-nouns': 'Zorb' must be lowercase"))
  }

  @Test(arguments: [
    ("~cause", true), ("~protect against|from", true), ("to blame for?", true), ("?", true), ("n't", true),
    ("~", false), ("a||b", false), ("|a", false), ("a|", false), ("a  b", false), (" a", false), ("a ", false),
    ("~|a", false), ("A", false), ("", false),
  ])
  func phraseSyntaxIsChecked(phrase: String, valid: Bool) {
    #expect((AnalyzerListParser.problem(in: phrase, kind: .phrases) == nil) == valid)
  }

  @Test func aDefiningFileNeedsDescriptionAndSource() {
    let (_, errors) = AnalyzerListParser.parse(file: "d.yml", text: "analyzer:\n  x:\n    words: [a]\n")
    #expect(errors.map(\.description) == [
      "d.yml:3:5: error: analyzer list 'x' is missing required key 'description'",
      "d.yml:3:5: error: analyzer list 'x' is missing required key 'source'",
    ])
  }

  @Test func aMissingListIsALoadErrorNamingIt() {
    var lists = AnalyzerLists.builtIn.lists
    lists.remove(WordList.measureNouns.name)
    let errors = ClaimKnowledge.compile(lists).errors.map(\.message)
    #expect(errors == ["the analyzer needs a list of words named 'measure-nouns'"])
  }

  @Test func rulesSeeTheExtendedLists() throws {
    let text = "# Natto\n\nNatto reputedly prevents heart attacks.\n"
    func rules(_ extra: [RuleSource]) throws -> Set<String> {
      let (ruleSet, errors) = RuleSet.load(RuleSource.defaults() + extra)
      #expect(errors.isEmpty)
      let document = try DocumentParser.parse(path: "doc.md", text: text, format: .markdown)
      return Set(Linter(ruleSet: ruleSet).lint(document).findings.map(\.ruleID))
    }
    let hedge = RuleSource(name: "u.yml", text: "analyzer:\n  hedge-adverb:\n    phrases: [reputedly]\n")
    #expect(try rules([]).contains("causal/unsupported-supplement-benefit"))
    #expect(try !rules([hedge]).contains("causal/unsupported-supplement-benefit"))
  }

  @Test func theNegatedConditionSeesAnExtendedNegationList() {
    let (ruleSet, errors) = load("analyzer:\n  local-negators:\n    words: [scarcely]\n")
    #expect(errors.isEmpty)
    let bytes = Array("It is scarcely a miracle.".utf8)
    #expect(!LocalNegation.negates(16, in: bytes, sentence: 0..<bytes.count))
    #expect(LocalNegation.negates(16, in: bytes, sentence: 0..<bytes.count, knowledge: ruleSet.knowledge))
  }

  @Test func localNegationReadsTheNegationList() {
    let words = ClaimKnowledge.builtIn.localNegators
    for word in ["no", "not", "never", "nothing", "without", "nobody", "myth"] { #expect(words.contains(word)) }
    #expect(!words.contains("little"))
  }
}
