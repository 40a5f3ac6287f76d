import Testing

@testable import ClaimLintCore

/// Text linted in memory with the built-in rules: a configuration given as text and changed between
/// calls, profiles per call, names that never reach the disk.
@Suite struct TextLinterTests {
  static let draft = Array("# Ginger\n\nThis trial proves that ginger eases nausea.\n".utf8)

  /// The rule ids of every diagnostic.
  func rules(_ outcome: LintOutcome) -> [String] {
    outcome.files.flatMap { $0.report.diagnostics.map(\.ruleID) }
  }

  @Test func aConfigurationAppliesAndIsDroppedWhenNoLongerGiven() throws {
    var linter = TextLinter()
    let plain = try linter.lint(TextLinter.Input(bytes: Self.draft))
    #expect(rules(plain).contains("causal/proof-language"))
    let off = try linter.lint(TextLinter.Input(bytes: Self.draft, configuration: "rules:\n  causal/*: off\n"))
    #expect(!rules(off).contains("causal/proof-language"))
    #expect(off.errors.isEmpty)
    let again = try linter.lint(TextLinter.Input(bytes: Self.draft))
    #expect(rules(again) == rules(plain))
  }

  @Test func profilesGivenReplaceTheConfigurations() throws {
    var linter = TextLinter()
    let text = Array("# Minerals\n\nMagnesium boosts your energy levels.\n".utf8)
    let rule = "regulatory/eu-unauthorised-nutrient-claim"
    #expect(!rules(try linter.lint(TextLinter.Input(bytes: text))).contains(rule))
    #expect(rules(try linter.lint(TextLinter.Input(bytes: text, profiles: ["eu"]))).contains(rule))
    let configured = TextLinter.Input(bytes: text, configuration: "profiles: [eu]\n")
    #expect(rules(try linter.lint(configured)).contains(rule))
    var replaced = configured
    replaced.profiles = ["us-label"]
    #expect(!rules(try linter.lint(replaced)).contains(rule))
  }

  @Test func anUnknownProfileOrRuleNamesTheClosest() {
    var linter = TextLinter()
    #expect(throws: ToolError(path: nil, message: "unknown profile 'euu'; did you mean 'eu'?")) {
      try linter.lint(TextLinter.Input(bytes: Self.draft, profiles: ["euu"]))
    }
    #expect(throws: ToolError(path: nil, message: "unknown rule 'hype/miracle-word'; did you mean 'hype/miracle-words'?")) {
      try linter.rule("hype/miracle-word")
    }
    #expect((try? linter.rule(MetaRules.unusedSuppression))?.kind == "meta")
  }

  @Test func ruleFilesOfTheConfigurationAreNeverRead() throws {
    var linter = TextLinter()
    // An absolute path that exists on every machine, and one relative to the held folder.
    let input = TextLinter.Input(bytes: Self.draft, configuration: "rule-paths: [/etc, house/rules.yml]\n")
    let outcome = try linter.lint(input)
    let paths = outcome.errors.map(\.path)
    #expect(paths.contains("/etc"))
    #expect(paths.contains("house/rules.yml"))
    #expect(outcome.errors.filter { $0.path == "house/rules.yml" }.allSatisfy { $0.message.contains("reads no file") })
  }

  @Test func namesStayInsideTheHeldFolder() {
    #expect(TextLinter.placedName("docs/page.html", format: nil) == "docs/page.html")
    #expect(TextLinter.placedName("/home/someone/page.md", format: nil) == "home/someone/page.md")
    #expect(TextLinter.placedName("../../etc/passwd", format: nil) == "etc/passwd")
    #expect(TextLinter.placedName(nil, format: .html) == "draft.html")
    #expect(TextLinter.placedName("", format: nil) == "draft.md")
  }

  @Test func theNameDecidesFormatAndOverrides() throws {
    var linter = TextLinter()
    let html = Array("<p>This trial <b>proves</b> that ginger eases nausea.</p>\n".utf8)
    let outcome = try linter.lint(
      TextLinter.Input(
        bytes: html, name: "site/page.html",
        configuration: "overrides:\n  - files: [\"site/**\"]\n    rules:\n      causal/proof-language: error\n"))
    let proof = outcome.files.first?.report.diagnostics.first { $0.ruleID == "causal/proof-language" }
    #expect(proof?.severity == .error)
    #expect(outcome.files.first?.report.path == "site/page.html")
    #expect(outcome.files.first?.format == .html)
  }
}
