import Testing

@testable import ClaimLintCore

/// `rules` and `explain` read the built-in files without compiling them; what they show must be what a
/// full load gives, and a file of the user's is loaded in full so its errors are still reported.
@Suite struct RuleMetadataSetTests {
  @Test func builtInMetadataIsTheFullLoadsMetadata() {
    let sources = RuleSource.defaults()
    let parsed = RuleMetadataSet.parsed(sources)
    #expect(parsed != nil, "every built-in file parses and every built-in rule has a summary")
    let (metadata, errors) = RuleMetadataSet.load(sources)
    let (ruleSet, loadErrors) = RuleSet.load(sources)
    #expect(errors.isEmpty && loadErrors.isEmpty)
    #expect(metadata.rules == ruleSet.rules.map(\.metadata))
    #expect(metadata.profiles == ruleSet.profiles)
    #expect(metadata.active(profiles: ["EU"]).rules == ruleSet.active(profiles: ["eu"]).rules.map(\.metadata))
  }

  @Test func aFileOfTheUsersIsCompiledSoItsErrorsAreReported() {
    let house = RuleSource(
      name: "house.yml",
      text: """
        rules:
          - id: house/tonic
            severity: warning
            summary: Tonic talk
            message: "tonic"
            pattern: '\\btonic('
        """)
    let (metadata, errors) = RuleMetadataSet.load(RuleSource.defaults() + [house])
    #expect(errors.map(\.description).contains { $0.hasPrefix("house.yml:6:") && $0.contains("invalid regular expression") })
    #expect(metadata.rule("house/tonic") == nil)
    #expect(metadata.rule("causal/proof-language") != nil)
  }

  @Test func aBuiltInRuleWithoutItsOwnSummaryIsLeftToTheFullLoad() {
    var source = RuleSource(
      name: "Rules/extra.yml",
      text: """
        rules:
          - id: extra/tonic
            severity: warning
            message: "tonic {0}"
            pattern: '\\b(tonic)\\b'
        """)
    source.isBuiltIn = true
    #expect(RuleMetadataSet.parsed([source]) == nil)
    let (metadata, errors) = RuleMetadataSet.load([source])
    #expect(errors.isEmpty)
    #expect(metadata.rule("extra/tonic")?.summary == "tonic …")
  }
}
