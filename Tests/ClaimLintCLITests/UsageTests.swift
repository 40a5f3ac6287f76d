import Foundation
import Testing

/// Mistakes on the command line are named as such, with a suggestion where one is close.
@Suite(.serialized) struct UsageTests {
  @Test func testRulesSaysWhenRulesFailedToLoad() throws {
    let space = try Probe.workspace(["broken.yml": "rules:\n  - id: house/x\n    severity: loud\n    message: m\n    pattern: x\n"])
    let run = try space.run(["test-rules", "broken.yml"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("broken.yml:3:15: error: 'severity' must be one of"), "\(run.stderr)")
    #expect(run.stderr.contains("the rules failed to load (1 error above); no examples were tested"))
    #expect(!run.stderr.contains("passed"))
    try space.write(
      "good.yml",
      "rules:\n  - id: house/x\n    severity: info\n    message: m\n    pattern: '\\bxyzzy\\b'\n"
        + "    examples:\n      flag: ['A ⟦xyzzy⟧ here.']\n      pass: ['Nothing here.']\n")
    let good = try space.run(["test-rules", "good.yml"])
    #expect(good.stderr == "all 2 examples of 1 rule passed\n", "\(good.stdout)\(good.stderr)")
    let both = try space.run(["test-rules", "good.yml", "broken.yml"])
    #expect(both.stderr.hasSuffix("the rules failed to load (1 error above); of the rules that loaded, all 2 examples of 1 rule passed\n"))
  }

  @Test func anUnknownOptionIsReportedBeforeAMissingPath() throws {
    let space = try Probe.workspace()
    let bogus = try space.run(["--bogus"])
    #expect(bogus.status == 64)
    #expect(bogus.stderr.contains("Unknown option '--bogus'"), "\(bogus.stderr)")
    #expect(!bogus.stderr.contains("Give files or folders"))
    let none = try space.run([])
    #expect(none.status == 64 && none.stderr.contains("Give files or folders to lint"))
    #expect(none.stderr.contains("Usage: claimlint lint"))
    let dry = try space.run(["--dry-run", "--bogus", "a.md"])
    #expect(dry.stderr.contains("Unknown option '--bogus'") && dry.status == 64)
  }

  @Test func aMistypedCommandIsNotReadAsAPath() throws {
    let space = try Probe.workspace(["a.md": "A miracle.\n"])
    let typo = try space.run(["lnt", "a.md"])
    #expect(typo.status == 64)
    #expect(typo.stderr.contains("unknown command 'lnt'; did you mean 'lint'?"), "\(typo.stderr)")
    #expect(typo.stdout.isEmpty)
    #expect(try space.run(["rule"]).stderr.contains("did you mean 'rules'?"))
    // Two letters swapped is one edit.
    #expect(try space.run(["lnit", "a.md"]).stderr.contains("unknown command 'lnit'; did you mean 'lint'?"))
    // A real file of that name is linted; a word close to no command is a missing path.
    try space.write("rule", "A miracle.\n")
    #expect(try space.run(Probe.arguments + ["--format", "gcc", "rule"]).stdout.hasPrefix("rule:1:3: warning"))
    let missing = try space.run(Probe.arguments + ["elsewhere"])
    #expect(missing.status == 2 && missing.stderr.contains("elsewhere: error: no such file or folder"))
  }

  /// Profile names are matched without regard to case (`EU` is the way people write it); a name that
  /// no rule uses is an error with the known names, on the command line as in a configuration file.
  @Test func profilesOnTheCommandLine() throws {
    let space = try Probe.workspace([
      "eu.yml": "rules:\n  - id: house/eu\n    severity: warning\n    profile: eu\n    message: m\n    pattern: '\\bmiracle\\b'\n",
      "a.md": "A miracle.\n",
    ])
    let rules = ["--no-default-rules", "--rules", "eu.yml", "--format", "gcc"]
    #expect(try space.run(rules + ["a.md"]).stdout.isEmpty)
    let upper = try space.run(rules + ["--profile", "EU", "a.md"])
    #expect(upper.stdout.contains("[house/eu]") && upper.status == 0, "\(upper.stderr)")
    let typo = try space.run(rules + ["--profile", "eux", "a.md"])
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("error: --profile eux: unknown profile 'eux'; did you mean 'eu'?"), "\(typo.stderr)")
    let listed = try space.run(["rules", "--no-default-rules", "--rules", "eu.yml", "--profile", "nope"])
    #expect(listed.status == 2 && listed.stderr.contains("unknown profile 'nope'; the profiles are eu"))
    try space.write(".claimlint.yml", "profiles: [Eu]\n")
    let configured = try space.run(rules + ["a.md"])
    #expect(configured.stdout.contains("[house/eu]") && configured.stderr.contains("1 warning"), "\(configured.stderr)")
    #expect(!configured.stderr.contains("unknown profile"))
  }
}
