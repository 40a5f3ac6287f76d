import Foundation
import Testing

@testable import ClaimLintCore

@Suite("rule examples harness")
struct RuleTesterTests {
  private func failures(_ yaml: String) -> [RuleTester.Failure] {
    let (ruleSet, errors) = RuleSet.load([RuleSource(name: "t.yml", text: yaml)])
    #expect(errors.isEmpty, "\(errors)")
    return RuleTester(ruleSet: ruleSet).run()
  }

  @Test func goodExamplesPassEveryVariant() {
    let found = failures(
      """
      rules:
        - id: hype/miracle
          severity: warning
          message: hype
          pattern: '\\bmiracle\\b'
          unless: [quoted]
          examples:
            flag: ['A ⟦miracle⟧ pill.', {text: '<p>A ⟦miracle⟧ pill.</p>', format: html}]
            pass: ['A "miracle" pill, they said.']
      """)
    #expect(found.isEmpty, "\(found)")
  }

  @Test func wrongSpanAndMissedPassAreReported() {
    let found = failures(
      """
      rules:
        - id: hype/miracle
          severity: warning
          message: hype
          pattern: '\\bmiracle\\b'
          examples:
            flag: ['A ⟦miracle pill⟧.']
            pass: ['A miracle.']
      """)
    #expect(found.map(\.variant) == ["as written", "after multibyte text", "as written", "after multibyte text"])
    #expect(found[0].message.contains("expected"))
    #expect(found[2].message.hasPrefix("pass example was flagged"))
    #expect(found[0].example.line == 7)
  }

  @Test func ruleWithoutExamplesFails() {
    let found = failures("rules:\n  - {id: a/b, severity: info, message: x, pattern: x}\n")
    #expect(found.count == 1)
    #expect(found[0].message.contains("needs at least one 'flag' and one 'pass' example"))
  }

  /// The built-in rules, read from `Rules/` in the source tree, pass their own examples.
  @Test func builtInRulesPassTheirExamples() throws {
    let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")
    let walker = try #require(FileManager.default.enumerator(atPath: rulesFolder.path))
    let files = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".tsv") }.sorted()
    #expect(!files.isEmpty)
    let sources = try files.map { name in
      var source = RuleSource(
        name: "Rules/" + name, text: try String(contentsOf: rulesFolder.appendingPathComponent(name), encoding: .utf8))
      source.isBuiltIn = true
      return source
    }
    let (ruleSet, errors) = RuleSet.load(sources)
    #expect(errors.isEmpty, "\(errors.map(\.description))")
    let found = RuleTester(ruleSet: ruleSet).run()
    #expect(found.isEmpty, "\(found.map { "\($0.file):\($0.example.line): [\($0.ruleID)] \($0.message) (\($0.variant))" }.joined(separator: "\n"))")
  }
}

/// `fixed:` in rule examples, and fix-its that must not leave text the rule flags again.
@Suite("rule examples: fix-its")
struct RuleTesterFixTests {
  private func failures(_ yaml: String) -> [RuleTester.Failure] {
    let (ruleSet, errors) = RuleSet.load([RuleSource(name: "t.yml", text: yaml)])
    #expect(errors.isEmpty, "\(errors)")
    return RuleTester(ruleSet: ruleSet).run().filter { $0.variant == "after its fix-its" }
  }

  private func rule(swap: String, flag: String) -> String {
    """
    rules:
      - id: causal/proof
        kind: substitution
        severity: warning
        message: proof
        swap: \(swap)
        examples:
          flag: [\(flag)]
          pass: ['It may help.']
    """
  }

  @Test func theStatedFixedTextIsChecked() {
    #expect(failures(rule(swap: "{proves: suggests}", flag: "{text: 'It ⟦proves⟧ it.', fixed: 'It suggests it.'}")).isEmpty)
    let wrong = failures(rule(swap: "{proves: suggests}", flag: "{text: 'It ⟦proves⟧ it.', fixed: 'It shows it.'}"))
    #expect(wrong.map(\.message) == ["fix-its give 'It suggests it.', expected 'It shows it.'"])
  }

  @Test func aFixThatTheRuleFlagsAgainFails() {
    let loop = failures(rule(swap: "{proves: 'proves it'}", flag: "'It ⟦proves⟧.'"))
    #expect(loop.count == 1)
    #expect(loop.first?.message.contains("still flags the fixed text 'It proves it.'") == true)
  }

  @Test func fixedIsOnlyForFlagExamples() {
    let yaml = rule(swap: "{proves: suggests}", flag: "'It ⟦proves⟧.'").replacingOccurrences(
      of: "pass: ['It may help.']", with: "pass: [{text: 'It may help.', fixed: 'x'}]")
    let (_, errors) = RuleSet.load([RuleSource(name: "t.yml", text: yaml)])
    #expect(errors.contains { $0.message.contains("fixed") }, "\(errors)")
  }
}
