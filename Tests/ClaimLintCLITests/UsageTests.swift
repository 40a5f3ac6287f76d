import Foundation
import Testing

/// Mistakes on the command line are named as such, with a suggestion where one is close.
@Suite(.serialized) struct UsageTests {
  func workspace(_ files: [String: String] = [:]) throws -> Workspace {
    var all = files
    all["probe.yml"] = Probe.rules
    return try Workspace(all)
  }

  @Test func testRulesSaysWhenRulesFailedToLoad() throws {
    let space = try workspace(["broken.yml": "rules:\n  - id: house/x\n    severity: loud\n    message: m\n    pattern: x\n"])
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
}
