import Foundation
import Testing

/// The shell the README gives users to copy does what it says, on the built binary.
@Suite(.serialized, .enabled(if: Workspace.hasGit)) struct ReadmeSnippetTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("README.md")

  /// The first fenced block of `language` after the line containing `marker`.
  static func block(after marker: String, language: String) throws -> String {
    let text = try String(contentsOf: readme, encoding: .utf8)
    let start = try #require(text.range(of: marker))
    let fence = try #require(text.range(of: "```\(language)\n", range: start.upperBound..<text.endIndex))
    let end = try #require(text.range(of: "\n```", range: fence.upperBound..<text.endIndex))
    return String(text[fence.upperBound..<end.lowerBound])
  }

  /// Runs `program` with `arguments` in the workspace, the built claimlint first on the PATH.
  func runWithClaimlint(
    _ program: String, _ arguments: [String], in space: Workspace, environment extra: [String: String] = [:]
  ) throws -> Workspace.Run {
    let path = try Workspace.binary().deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
    return try space.run(
      arguments, executable: URL(fileURLWithPath: program), environment: extra.merging(["PATH": path]) { $1 })
  }

  func runHook(in space: Workspace) throws -> Workspace.Run {
    try space.write("hook.sh", try Self.block(after: "`.git/hooks/pre-commit`", language: "sh"))
    let gitFolder = space.root.appendingPathComponent(".git").path
    return try runWithClaimlint("/bin/sh", ["hook.sh"], in: space, environment: ["GIT_DIR": gitFolder])
  }

  @Test func preCommitHookBlocksNewFindingsAndAFailingDiff() throws {
    let space = try Workspace(["a.md": "Plain.\n"])
    let broken = try runHook(in: space)  // GIT_DIR names no repository yet: git diff fails
    #expect(broken.status == 2 && broken.stderr.contains("git diff failed"), "\(broken.stderr)")
    try space.git(["init", "-q"])
    try space.git(["add", "."])
    #expect(try runHook(in: space).status == 0)
    try space.write("a.md", "Plain.\n\nDoctors hate this miracle cure.\n")
    try space.git(["add", "a.md"])
    let blocked = try runHook(in: space)
    #expect(blocked.status == 1, "\(blocked.stderr)")
    #expect(blocked.stderr.contains("fix the findings above"))
  }

  /// The step's script, run as GitHub runs a `run:` block by default (`bash -e`, no pipefail), against a
  /// base branch that does not exist: git diff fails, and so must the step.
  @Test func changedLinesWorkflowFailsWhenTheDiffFails() throws {
    let workflow = try Self.block(after: "`.github/workflows/claimlint.yml`:", language: "yaml")
    let step = try #require(workflow.range(of: "- name: Lint changed lines\n        run: |\n"))
    let body = workflow[step.upperBound...].components(separatedBy: "\n").prefix { $0.hasPrefix("          ") }
    let script = body.map { String($0.dropFirst(10)) }.joined(separator: "\n")
      .replacingOccurrences(of: "${{ github.base_ref }}", with: "no-such-branch")
    #expect(script.contains("claimlint --diff -"))
    let space = try Workspace(["a.md": "Plain.\n", ".claimlint-baseline.json": "{\"findings\": [], \"version\": 1}\n"])
    try space.git(["init", "-q"])
    try space.git(["add", "."])
    try space.git(["commit", "-qm", "start"])
    try space.write("step.sh", script)
    let run = try runWithClaimlint("/bin/bash", ["-e", "step.sh"], in: space)
    #expect(run.status != 0, "the step passed although git diff failed: \(run.stderr)")
    #expect(run.stderr.contains("no-such-branch"))
  }
}
