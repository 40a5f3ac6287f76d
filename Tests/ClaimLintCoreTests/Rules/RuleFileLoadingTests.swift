import Testing

@testable import ClaimLintCore

/// Rule files load all or nothing: a file with any error gives no rules, lexicons or analyzer additions,
/// and every error of it is reported in file order.
@Suite struct RuleFileLoadingTests {
  static let guarded = """
    rules:
      - id: house/miracle
        severity: warning
        message: "miracle"
        pattern: '\\bmiracle\\b'
        unless:
          pattern: '\\bbrand\\b'
      - id: house/cure
        severity: error
        message: "cure"
        pattern: '\\bcures\\b'
    """

  func load(_ files: [String: String]) -> (rules: [String], errors: [ToolError]) {
    let (ruleSet, errors) = RuleSet.load(files.keys.sorted().map { RuleSource(name: $0, text: files[$0]!) })
    return (ruleSet.rules.map(\.id), errors)
  }

  @Test func aMistypedGuardLeavesNoRuleRunningWithoutIt() throws {
    let (rules, errors) = load(["house.yml": Self.guarded])
    #expect(rules.isEmpty, "the file's other rule is not loaded either")
    #expect(errors.map(\.description) == ["house.yml:7:7: error: 'unless' must be a list"])
    let document = try DocumentParser.parse(path: "a.md", text: "Miracle brand tea cures colds.\n", format: .markdown)
    let (ruleSet, _) = RuleSet.load([RuleSource(name: "house.yml", text: Self.guarded)])
    #expect(Linter(ruleSet: ruleSet).lint(document).findings.isEmpty)
  }

  @Test func everyErrorOfAFileIsReportedInFileOrder() {
    let text = """
      rules:
        - id: house/a
          severity: loud
          message: m
          pattern: '(unclosed'
        - id: house/b
          severity: warning
          message: m
          pattern: 'fine'
          scope: everywhere
      """
    let (rules, errors) = load(["house.yml": text])
    #expect(rules.isEmpty)
    #expect(errors.map(\.line) == [3, 10], "\(errors)")
    #expect(errors.allSatisfy { $0.path == "house.yml" && $0.severity == .error })
  }

  @Test func aFileThatNeedsABrokenFileFailsToo() {
    let lexicons = "lexicons:\n  tonic: [elixir, tonic]\nrules:\n  - id: lex/x\n    severity: loud\n    message: m\n    pattern: x\n"
    let user = "rules:\n  - id: use/tonic\n    severity: info\n    message: m\n    lexicon: tonic\n"
    let alone = "rules:\n  - id: alone/ok\n    severity: info\n    message: m\n    pattern: '\\\\bok\\\\b'\n"
    let (rules, errors) = load(["a-lexicons.yml": lexicons, "b-user.yml": user, "c-alone.yml": alone])
    #expect(rules == ["alone/ok"])
    #expect(errors.map(\.path) == ["a-lexicons.yml", "b-user.yml"], "\(errors)")
    #expect(errors.last?.message.contains("unknown lexicon 'tonic'") == true)
  }
}
