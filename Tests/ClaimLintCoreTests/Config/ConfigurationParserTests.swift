import Testing

@testable import ClaimLintCore

/// Reading `.claimlint.yml`: keys, types, positions of warnings and errors.
@Suite struct ConfigurationParserTests {
  func parse(_ text: String, folder: String = "/repo") -> (Configuration, [ToolError]) {
    Configuration.parse(path: ".claimlint.yml", text: text, folder: folder)
  }

  @Test func minimalRuleLevel() {
    let (configuration, problems) = parse("rules:\n  probe/miracle: error\n")
    #expect(problems.isEmpty)
    #expect(configuration.rules.level(for: "probe/miracle") == .error)
    #expect(configuration.rules.level(for: "probe/other") == nil)
  }

  @Test func everyKey() {
    let (configuration, problems) = parse(
      """
      version: 1
      profiles: [eu]
      rules:
        '*': info
        caveat/*: warning
        caveat/dose: off
      include: ['docs/**/*.md']
      exclude: drafts/
      rule-paths: [house-rules, ../shared/extra.yml]
      fail-on: warning
      overrides:
        - files: ['legal/**']
          rules: {caveat/*: error}
          profiles: us-label
      """)
    #expect(problems.isEmpty)
    #expect(configuration.profiles?.map(\.name) == ["eu"])
    #expect(configuration.rules.level(for: "caveat/dose") == .off)
    #expect(configuration.rules.level(for: "caveat/other") == .warning)
    #expect(configuration.rules.level(for: "hype/x") == .info)
    #expect(configuration.include?.map(\.text) == ["docs/**/*.md"])
    #expect(configuration.exclude.map(\.text) == ["drafts/"])
    #expect(configuration.rulePaths == ["/repo/house-rules", "/shared/extra.yml"])
    #expect(configuration.failOn == .warning)
    #expect(configuration.overrides.count == 1)
    #expect(configuration.overrides[0].profiles.map(\.name) == ["us-label"])
    #expect(configuration.overrides[0].rules.level(for: "caveat/x") == .error)
  }

  @Test func emptyFileIsEmptyConfiguration() {
    let (configuration, problems) = parse("")
    #expect(problems.isEmpty)
    #expect(configuration.rules.isEmpty && configuration.profiles == nil && configuration.failOn == nil)
    let (commented, more) = parse("# nothing yet\n")
    #expect(more.isEmpty && commented.overrides.isEmpty)
  }

  @Test func unknownKeysAreWarningsWithPositionAndSuggestion() {
    let (configuration, problems) = parse(
      """
      rules:
        hype/miracle: error
      exlude: [drafts]
      overrides:
        - files: [a.md]
          rule: {hype/*: off}
      """)
    #expect(problems.count == 2)
    #expect(problems.allSatisfy { $0.severity == .warning })
    #expect(problems[0].line == 3 && problems[0].column == 1)
    #expect(problems[0].message.contains("unknown key 'exlude'") && problems[0].message.contains("did you mean 'exclude'?"))
    #expect(problems[1].line == 6 && problems[1].column == 5)
    #expect(problems[1].message.contains("did you mean 'rules'?"))
    #expect(configuration.rules.level(for: "hype/miracle") == .error)
    #expect(problems[0].description.hasPrefix(".claimlint.yml:3:1: warning: unknown key"))
  }

  @Test func yamlSyntaxErrorIsAnError() {
    let (_, problems) = parse("rules:\n  hype/miracle: [error\n")
    #expect(problems.count == 1)
    #expect(problems[0].severity == .error)
    #expect(problems[0].message.hasPrefix("invalid YAML"))
    #expect(problems[0].line != nil)
  }

  /// Found by FuzzConfig: the same syntax error without the final line break was put on line 3 of 2.
  @Test func yamlSyntaxErrorAtTheEndStaysInTheFile() {
    let (_, problems) = parse("rules:\n  hype/miracle: [error")
    #expect(problems.count == 1)
    #expect(problems.first?.line == 2)
    #expect(problems.first?.column == 23)
  }

  /// libyaml also ends lines at U+2028, U+2029 and U+0085, which SourceText does not: its error at `@` on
  /// its line 2, column 13, is line 1, column 18 of the file, and a byte-order mark is not a column.
  @Test func yamlPositionsAreTheFilesLinesAndColumns() {
    for separator in ["\u{2028}", "\u{2029}", "\u{85}"] {
      let (_, problems) = parse("k: v\(separator)zzzzzzzzzz: @\nc: d\n")
      #expect(problems.count == 1)
      #expect(problems.first?.line == 1 && problems.first?.column == 18, "\(problems)")
    }
    let (_, problems) = parse("\u{FEFF}k: @\n")
    #expect(problems.first?.line == 1 && problems.first?.column == 4, "\(problems)")
  }

  @Test(arguments: [
    ("rules: [hype/miracle]\n", "'rules' must be a mapping", 1),
    ("rules:\n  hype/miracle: loud\n", "must be one of off, info, warning, error, not 'loud'", 2),
    ("fail-on: sometimes\n", "'fail-on' must be one of error, warning, info, never", 1),
    ("profiles: {eu: true}\n", "'profiles' must be a list", 1),
    ("overrides:\n  - rules: {hype/*: off}\n", "missing required key 'files'", 2),
    ("overrides: {files: a}\n", "'overrides' must be a list", 1),
    ("include: ['/']\n", "is not a usable glob", 1),
    ("version: 2\n", "unsupported configuration version 2", 1),
    ("- a\n- b\n", "a configuration file must be a mapping", 1),
  ])
  func wrongTypesAreErrors(text: String, message: String, line: Int) {
    let (_, problems) = parse(text)
    let errors = problems.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(problems)")
    #expect(errors.first?.message.contains(message) == true, "\(problems)")
    #expect(errors.first?.line == line)
  }

  @Test func unknownRuleIDsAndFamiliesWarnAtTheirKey() {
    let (configuration, _) = parse(
      """
      profiles: [uk]
      rules:
        hype/miracel: error
        caveta/*: off
        caveat/*: info
        '*': warning
        miracle: error
      overrides:
        - files: [x]
          rules: {hype/nope: off}
      """)
    let warnings = configuration.unknownNameWarnings(
      ruleIDs: ["hype/miracle", "caveat/dose", "caveat/pregnancy"] + MetaRules.ids, profiles: ["eu", "us-label"])
    #expect(warnings.allSatisfy { $0.severity == .warning && $0.path == ".claimlint.yml" })
    let byLine = Dictionary(grouping: warnings, by: { $0.line ?? 0 })
    #expect(byLine[1]?.first?.message.contains("unknown profile 'uk'") == true)
    #expect(byLine[3]?.first?.message.contains("unknown rule id 'hype/miracel'; did you mean 'hype/miracle'?") == true)
    #expect(byLine[3]?.first?.column == 3)
    #expect(byLine[4]?.first?.message.contains("unknown rule family 'caveta/*'; did you mean 'caveat/*'?") == true)
    #expect(byLine[5] == nil && byLine[6] == nil)
    #expect(byLine[7]?.first?.message.contains("unknown rule id 'miracle'") == true)
    #expect(byLine[10]?.first?.message.contains("'hype/nope'") == true)
    #expect(warnings.count == 5)
  }

  @Test func metaRulesAreKnown() {
    let (configuration, _) = parse("rules:\n  claimlint/unused-suppression: off\n  claimlint/*: error\n")
    #expect(configuration.unknownNameWarnings(ruleIDs: MetaRules.ids, profiles: []).isEmpty)
  }
}
