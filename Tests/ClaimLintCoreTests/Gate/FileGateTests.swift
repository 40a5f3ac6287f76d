import Testing

@testable import ClaimLintCore

/// From findings to diagnostics: configured severities, `off`, suppression, meta rules, fail-on.
@Suite struct FileGateTests {
  let text = """
    <!-- claimlint-disable-next-line hype/cure -->
    It cures everything, a real miracle.

    <!-- claimlint-disable-next-line caveat/dose -->
    Plain words.
    """
  let rules = [
    RuleMetadata(id: "hype/cure", defaultSeverity: .error, kind: "match", summary: ""),
    RuleMetadata(id: "hype/miracle", defaultSeverity: .warning, kind: "match", summary: ""),
    RuleMetadata(id: "caveat/dose", defaultSeverity: .warning, kind: "requires", summary: ""),
  ]

  func apply(_ levels: KeyValuePairs<String, RuleLevel>, failOn: FailOn = .error) -> GatedFile {
    let settings = FileSettings(layers: [RuleLevels(levels)], failOn: failOn)
    let gate = FileGate(settings: settings, rules: rules, knownRuleIDs: Set(rules.map(\.id)))
    let findings = [
      TestDocument.finding("hype/cure", "cures", in: text),
      TestDocument.finding("hype/miracle", "miracle.", in: text),
    ]
    return gate.apply(findings, in: TestDocument.make(text), key: "doc.md")
  }

  @Test func defaultsSuppressionAndUnusedInfo() {
    let file = apply([:])
    #expect(file.report.diagnostics.map(\.ruleID) == ["hype/miracle", MetaRules.unusedSuppression])
    #expect(file.report.diagnostics.map(\.severity) == [.warning, .info])
    #expect(file.suppressed.map(\.finding.ruleID) == ["hype/cure"])
    #expect(file.sentenceTexts.first == "It cures everything, a real miracle.")
    #expect(!file.fails)
  }

  @Test func configuredLevelsAndOff() {
    let file = apply(["hype/*": .error, "claimlint/unused-suppression": .off], failOn: .error)
    #expect(file.report.diagnostics.map(\.ruleID) == ["hype/miracle"])
    #expect(file.report.diagnostics.map(\.severity) == [.error])
    #expect(file.fails)
  }

  @Test func offRuleIsDroppedAndItsSuppressionIsNotReportedUnused() {
    let file = apply(["hype/cure": .off, "hype/miracle": .info, "caveat/dose": .off], failOn: .info)
    #expect(file.report.diagnostics.map(\.ruleID) == ["hype/miracle"])
    #expect(file.suppressed.isEmpty)
    #expect(file.fails)
  }

  @Test func metaRulesCanFailTheRun() {
    let file = apply(["claimlint/*": .error])
    #expect(file.report.diagnostics.last?.severity == .error)
    #expect(file.fails)
  }
}
