import Testing

@testable import ClaimLintCore

@Suite("Rule file validation")
struct RuleFileErrorTests {
  private func errors(_ yaml: String) -> [String] {
    RuleSet.load([RuleSource(name: "r.yml", text: yaml)]).errors.map(\.description)
  }

  @Test func simplestRuleFileLoads() throws {
    let (ruleSet, errors) = RuleSet.load([
      RuleSource(
        name: "probe.yml",
        text: """
          rules:
            - id: probe/miracle
              severity: warning
              message: "hype word"
              pattern: '\\bmiracle\\b'
          """)
    ])
    #expect(errors.isEmpty)
    let rule = try #require(ruleSet.rule("probe/miracle"))
    #expect(rule.metadata.defaultSeverity == .warning)
    #expect(rule.metadata.kind == "match")
    #expect(rule.metadata.summary == "hype word")
    #expect(rule.metadata.line == 2)
  }

  /// libyaml ends a line at U+2028, U+2029 and U+0085 too; the loader's own errors (a lexicon's, a
  /// pattern's, and the lines of a duplicate's first definition) use the file's lines, as the reader's do.
  @Test func loaderPositionsAreTheFilesLines() {
    for separator in ["\u{2028}", "\u{2029}", "\u{85}"] {
      let first = """
        lexicons:
          words:
            terms: [tonic, 'x\(separator)y']
          more:
            include: [nosuch]
        rules:
          - id: probe/bad
            severity: warning
            message: "m"
            pattern: 'a(b'
        """
      let second = "# Again.\nlexicons:\n  words:\n    terms: [elixir]\n"
      let found = RuleSet.load([RuleSource(name: "a.yml", text: first), RuleSource(name: "b.yml", text: second)])
        .errors.map(\.description)
      #expect(found.count == 3, "\(found)")
      #expect(found.contains { $0.hasPrefix("a.yml:5:") && $0.contains("unknown lexicon 'nosuch'") }, "\(found)")
      #expect(found.contains { $0.hasPrefix("a.yml:10:18: error: invalid regular expression") }, "\(found)")
      #expect(found.contains { $0.hasPrefix("b.yml:3:") && $0.contains("already defined in a.yml at line 2") }, "\(found)")
    }
  }

  @Test func yamlSyntaxErrorHasPosition() {
    let found = errors("rules:\n  - id: a/b\n    severity: [warning\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("r.yml:4:1: error: invalid YAML") == true)
  }

  /// Found by FuzzRuleFile: libyaml reports the end of a file without a final line break on the line after
  /// it, a line the file does not have; the error goes at the end of the last line instead.
  @Test func yamlSyntaxErrorAtTheEndOfAFileWithoutALineBreakIsOnItsLastLine() {
    let found = errors("rules:\n  - id: a/b\n    severity: [warning")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("r.yml:3:23: error: invalid YAML") == true)
  }

  @Test func unknownKeySuggestsTheRightOne() {
    let found = errors(
      """
      rules:
        - id: a/b
          severity: warning
          mesage: "x"
          message: "x"
          pattern: 'x'
      """)
    #expect(found == ["r.yml:4:5: error: unknown key 'mesage' in rule 'a/b'; did you mean 'message'?"])
  }

  @Test func missingRequiredField() {
    let found = errors("rules:\n  - id: a/b\n    message: x\n    pattern: x\n")
    #expect(found == ["r.yml:2:5: error: rule 'a/b' is missing required key 'severity'"])
  }

  @Test func badRegexPointsInsideThePattern() {
    // The pattern starts at column 15 (after the quote); PCRE2 stops at offset 10, the end of the pattern.
    let found = errors("rules:\n  - id: a/b\n    severity: info\n    message: x\n    pattern: '\\bcure(s\\b'\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("r.yml:5:25: error: invalid regular expression in rule 'a/b': missing closing parenthesis") == true)
  }

  @Test func badRegexInDoubleQuotedScalarCountsEscapes() {
    let found = errors("rules:\n  - id: a/b\n    severity: info\n    message: x\n    pattern: \"\\\\bx[\"\n")
    // Raw text `"\\bx["`: the decoded pattern `\bx[` fails at its end (offset 4), raw column 14 + 1 + 5.
    #expect(found.first?.hasPrefix("r.yml:5:20: error: invalid regular expression") == true)
  }

  @Test func unknownLexicon() {
    let found = errors("rules:\n  - id: a/b\n    severity: info\n    message: x\n    pattern: 'x {{nope}}'\n")
    #expect(found == ["r.yml:5:17: error: unknown lexicon 'nope' in rule 'a/b'"])
  }

  @Test func duplicateIDAcrossFiles() {
    let rule = "rules:\n  - id: a/b\n    severity: info\n    message: x\n    pattern: x\n"
    let found = RuleSet.load([RuleSource(name: "one.yml", text: rule), RuleSource(name: "two.yml", text: rule)])
      .errors.map(\.description)
    #expect(found == ["two.yml:2:9: error: duplicate rule id 'a/b'; it is already defined at one.yml:2"])
  }

  @Test func idMustBeFamilySlashName() {
    let found = errors("rules:\n  - id: Causal_X\n    severity: info\n    message: x\n    pattern: x\n")
    #expect(found.first?.contains("must be 'family/name' in lowercase kebab case") == true)
  }

  @Test func badSeverityListsChoices() {
    let found = errors("rules:\n  - id: a/b\n    severity: fatal\n    message: x\n    pattern: x\n")
    #expect(found == ["r.yml:3:15: error: 'severity' must be one of info, warning, error, not 'fatal'"])
  }

  @Test func messagePlaceholderMustExist() {
    let found = errors("rules:\n  - id: a/b\n    severity: info\n    message: 'found {what}'\n    pattern: x\n")
    #expect(found == ["r.yml:4:14: error: rule 'a/b' message uses '{what}', which its pattern does not capture"])
  }

  @Test func captureMustExist() {
    let found = errors("rules:\n  - id: a/b\n    severity: info\n    message: x\n    pattern: '(x)'\n    capture: 2\n")
    #expect(found.first?.contains("reports capture group 2, but its pattern has 1") == true)
  }

  @Test func requiresNeedsACaveat() {
    let found = errors("rules:\n  - id: a/b\n    kind: requires\n    severity: info\n    message: x\n    pattern: x\n")
    #expect(found == ["r.yml:2:5: error: rule 'a/b' is missing required key 'requires'"])
  }

  @Test func kindSpecificKeyWithoutTheKind() {
    let found = errors("rules:\n  - id: a/b\n    severity: info\n    message: x\n    pattern: x\n    replace: y\n")
    #expect(found == ["r.yml:6:5: error: 'replace' needs 'kind: substitution'"])
  }

  @Test func unknownConditionShorthand() {
    let found = errors("rules:\n  - id: a/b\n    severity: info\n    message: x\n    pattern: x\n    unless: [hedge]\n")
    #expect(found.first?.hasPrefix("r.yml:6:14: error: a condition must be one of hedged") == true)
  }

  @Test func lexiconErrors() {
    let found = errors(
      """
      lexicons:
        Bad_Name: [x]
        empty: {}
        loop-a: {include: [loop-b]}
        loop-b: {include: [loop-a]}
        missing: {include: [nowhere]}
      """)
    #expect(found.contains { $0.hasPrefix("r.yml:2:3: error: lexicon name 'Bad_Name'") })
    #expect(found.contains { $0.hasPrefix("r.yml:3:10: error: lexicon 'empty' is empty") })
    #expect(found.contains { $0.contains("includes it back") })
    #expect(found.contains { $0.contains("includes unknown lexicon 'nowhere'") })
  }

  @Test func everyErrorInAFileIsReported() {
    let found = errors(
      """
      rules:
        - id: a/b
          severity: loud
          message: x
          pattern: x
        - id: c/d
          severity: info
          message: x
          pattern: '('
      """)
    #expect(found.count == 2)
  }
}
