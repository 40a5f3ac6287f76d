import Testing

@testable import ClaimLintCore

/// Which level, profiles and fail-on a file gets: specificity, overrides in order, command-line flags.
@Suite struct FileSettingsTests {
  @Test func mostSpecificKeyWinsWhateverTheOrder() {
    let levels = RuleLevels(["caveat/dose": .error, "*": .off, "caveat/*": .info])
    #expect(levels.level(for: "caveat/dose") == .error)
    #expect(levels.level(for: "caveat/pregnancy") == .info)
    #expect(levels.level(for: "hype/miracle") == .off)
    let reversed = RuleLevels(["caveat/*": .info, "caveat/dose": .error, "*": .off])
    #expect(reversed.level(for: "caveat/dose") == .error)
  }

  @Test func familyWildcardDoesNotMatchPrefixFamilies() {
    let levels = RuleLevels(["cave/*": .off])
    #expect(levels.level(for: "caveat/x") == nil)
    #expect(levels.level(for: "cave/x") == .off)
  }

  func configuration(_ text: String) -> Configuration {
    Configuration.parse(path: ".claimlint.yml", text: text, folder: "/repo").0
  }

  @Test func overridesApplyInOrderToMatchingFiles() {
    let configuration = configuration(
      """
      rules:
        hype/*: error
        caveat/dose: warning
      overrides:
        - files: [drafts/]
          rules: {'*': off}
        - files: ['drafts/keep/*.md']
          rules: {hype/miracle: info}
        - files: ['*.txt']
          rules: {caveat/*: error}
      """)
    let main = FileSettings(for: "/repo/docs/a.md", configuration: configuration)
    #expect(main.severity(for: "hype/miracle", defaultSeverity: .warning) == .error)
    #expect(main.severity(for: "caveat/dose", defaultSeverity: .info) == .warning)
    #expect(main.severity(for: "other/x", defaultSeverity: .info) == .info)
    let draft = FileSettings(for: "/repo/drafts/a.md", configuration: configuration)
    #expect(draft.severity(for: "hype/miracle", defaultSeverity: .warning) == nil)
    #expect(draft.severity(for: "other/x", defaultSeverity: .warning) == nil)
    let kept = FileSettings(for: "/repo/drafts/keep/a.md", configuration: configuration)
    #expect(kept.severity(for: "hype/miracle", defaultSeverity: .warning) == .info)
    #expect(kept.severity(for: "hype/other", defaultSeverity: .warning) == nil)
    // A pattern without a slash matches at any depth.
    let text = FileSettings(for: "/repo/notes/deep/a.txt", configuration: configuration)
    #expect(text.severity(for: "caveat/dose", defaultSeverity: .info) == .error)
    // Outside the configuration's folder no override applies.
    let outside = FileSettings(for: "/elsewhere/drafts/a.md", configuration: configuration)
    #expect(outside.severity(for: "hype/miracle", defaultSeverity: .warning) == .error)
  }

  @Test func profilesAndFailOnFromFileAndFlags() {
    let configuration = configuration(
      """
      profiles: [eu]
      fail-on: warning
      overrides:
        - files: [labels/]
          profiles: [us-label]
      """)
    let plain = FileSettings(for: "/repo/a.md", configuration: configuration)
    #expect(plain.profiles == ["eu"] && plain.failOn == .warning)
    let label = FileSettings(for: "/repo/labels/a.md", configuration: configuration)
    #expect(label.profiles == ["eu", "us-label"])
    let flags = CommandLineSettings(profiles: ["us-label"], failOn: .never)
    let overridden = FileSettings(for: "/repo/labels/a.md", configuration: configuration, commandLine: flags)
    #expect(overridden.profiles == ["us-label"] && overridden.failOn == .never)
    let defaults = FileSettings(for: "/repo/a.md", configuration: .empty(folder: "/repo"))
    #expect(defaults.failOn == .error && defaults.profiles.isEmpty)
  }

  @Test func runsHonoursProfilesAndOff() {
    let configuration = configuration("profiles: [eu]\nrules:\n  hype/miracle: off\n")
    let settings = FileSettings(for: "/repo/a.md", configuration: configuration)
    let eu = RuleMetadata(id: "claims/eu-health", defaultSeverity: .warning, kind: "match", summary: "", profile: "eu")
    let us = RuleMetadata(id: "claims/us", defaultSeverity: .warning, kind: "match", summary: "", profile: "us-label")
    let off = RuleMetadata(id: "hype/miracle", defaultSeverity: .warning, kind: "match", summary: "")
    let plain = RuleMetadata(id: "hype/cure", defaultSeverity: .warning, kind: "match", summary: "")
    #expect(settings.runs(eu) && !settings.runs(us) && !settings.runs(off) && settings.runs(plain))
  }

  @Test func failOnThresholds() {
    #expect(FailOn.error.fails(.error) && !FailOn.error.fails(.warning))
    #expect(FailOn.warning.fails(.warning) && !FailOn.warning.fails(.info))
    #expect(FailOn.info.fails(.info))
    #expect(!FailOn.never.fails(.error))
  }
}
