import Foundation
import Testing

/// A rule file cannot make a run last for ever: a rule that spends its matching time on a file stops
/// there, loudly, and what it found before is still reported.
@Suite(.serialized) struct RuleBudgetCLITests {
  @Test func aRuleThatLooksFarAheadFromEveryWordIsStopped() throws {
    let space = try Workspace([
      "far.yml": """
        rules:
          - id: house/far
            severity: warning
            message: far
            scope: document
            pattern: 'miracle|zz(?=[\\s\\S]{0,65000}?QQQ)'
        """,
      "a.md": "A miracle.\n\n" + String(repeating: "zz ", count: 100_000) + "\n",
    ])
    let started = Date()
    let run = try space.run(["--no-default-rules", "--rules", "far.yml", "--format", "gcc", "a.md"])
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(run.status == 2)
    #expect(run.stderr.contains("a.md:3:"), "\(run.stderr)")
    #expect(run.stderr.contains("error: rule 'house/far' stopped here: it used up its 1.3 s of pattern matching"))
    #expect(run.stdout == "a.md:1:3: warning: far [house/far]\n")
  }
}
