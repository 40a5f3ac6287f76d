import Foundation
import Testing

/// `--diff` fed real `git diff` output in its many shapes: coloured diffs work, and output that is not a
/// unified diff fails the run (status 2) instead of passing as "no changes".
@Suite(.serialized, .enabled(if: Workspace.hasGit)) struct DiffInputCLITests {
  func changedRepository() throws -> Workspace {
    let space = try Workspace(["probe.yml": Probe.rules, "a.md": "Old text.\n"])
    try space.git(["init", "-q"])
    try space.git(["add", "."])
    try space.git(["commit", "-qm", "start"])
    try space.write("a.md", "Old text.\n\nA new miracle.\n")
    return space
  }

  func lint(_ space: Workspace, diff: String) throws -> Workspace.Run {
    try space.run(Probe.arguments + ["--format", "gcc", "--fail-on", "warning", "--diff", "-", "."], input: diff)
  }

  @Test func colouredDiffIsRead() throws {
    let space = try changedRepository()
    let coloured = try space.git(["-c", "color.ui=always", "diff"])
    #expect(coloured.contains("\u{1B}["))
    let run = try lint(space, diff: coloured)
    #expect(run.stdout == "a.md:3:7: warning: 'miracle' overpromises [probe/miracle]\n", "\(run.stderr)")
    #expect(run.status == 1)
  }

  @Test(arguments: [["diff", "--stat"], ["diff", "--word-diff"], ["diff", "--name-only"]])
  func otherGitOutputFails(arguments: [String]) throws {
    let space = try changedRepository()
    let run = try lint(space, diff: try space.git(arguments))
    #expect(run.status == 2, "\(run.stderr)")
    #expect(run.stderr.contains("<stdin>") && run.stderr.contains("error: not a unified diff"))
    #expect(run.stdout.isEmpty)
  }

  @Test func emptyDiffSaysSo() throws {
    let space = try changedRepository()
    let run = try lint(space, diff: "")
    #expect(run.status == 0)
    #expect(run.stderr.contains("the diff is empty: no changed lines, so nothing is reported"))
    let garbage = try space.run(Probe.arguments + ["--diff", "probe.yml", "a.md"])
    #expect(garbage.status == 2 && garbage.stderr.contains("probe.yml: error: not a unified diff"))
  }
}
