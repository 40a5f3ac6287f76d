import Foundation
import Testing

/// End-to-end runs of the built binary: exit status, configuration, suppression, baseline, diff and
/// every reporter.
@Suite(.serialized) struct CLITests {
  static let formats = ["text", "gcc", "json", "sarif", "github", "junit", "checkstyle", "html"]

  @Test func exitStatusFollowsFailOn() throws {
    let space = try Probe.workspace(["a.md": "The tonic is a miracle.\n", "clean.md": "The tonic tastes of mint.\n"])
    #expect(try space.run(Probe.arguments + ["clean.md"]).status == 0)
    #expect(try space.run(Probe.arguments + ["a.md"]).status == 0)
    #expect(try space.run(Probe.arguments + ["--fail-on", "warning", "a.md"]).status == 1)
    #expect(try space.run(Probe.arguments + ["--fail-on", "info", "a.md"]).status == 1)
    #expect(try space.run(Probe.arguments + ["--fail-on", "never", "a.md"]).status == 0)
    try space.write("b.md", "It cures colds.\n")
    #expect(try space.run(Probe.arguments + ["b.md"]).status == 1)
    #expect(try space.run(Probe.arguments + ["--fail-on", "never", "b.md"]).status == 0)
  }

  @Test(arguments: formats)
  func failOnAppliesWithEveryReporter(format: String) throws {
    let space = try Probe.workspace(["a.md": "The tonic is a miracle.\n"])
    let failing = try space.run(Probe.arguments + ["--format", format, "--fail-on", "warning", "a.md"])
    #expect(failing.status == 1, "\(failing.stderr)")
    #expect(failing.stdout.contains("probe/miracle"))
    #expect(failing.stderr.contains("1 warning"))
    #expect(!failing.stdout.contains("1 warning in 1 file"))
    let passing = try space.run(Probe.arguments + ["--format", format, "a.md"])
    #expect(passing.status == 0)
  }

  @Test(arguments: formats)
  func metaFindingsShowInEveryReporter(format: String) throws {
    let space = try Probe.workspace([
      "a.md": """
        <!-- claimlint-disable-next-line probe/cure -- nothing to hide -->
        Plain words here.

        <!-- claimlint-disabel probe/cure -->
        More plain words.
        """
    ])
    let run = try space.run(Probe.arguments + ["--format", format, "--fail-on", "warning", "a.md"])
    #expect(run.stdout.contains("claimlint/unused-suppression"), "\(run.stdout)")
    #expect(run.stdout.contains("claimlint/invalid-suppression"))
    #expect(run.status == 1)
  }

  @Test func suppressedAndOffFindingsDoNotCount() throws {
    let space = try Probe.workspace([
      "a.md": """
        <!-- claimlint-disable-next-line probe/miracle -- product name -->
        The Miracle Blend tea.

        It cures colds.
        """,
      ".claimlint.yml": "rules:\n  probe/cure: off\n",
    ])
    let run = try space.run(Probe.arguments + ["--fail-on", "info", "a.md"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("1 finding suppressed by claimlint comments"))
  }

  @Test func configurationFileDiscoveryAndPrecedence() throws {
    let space = try Probe.workspace([
      ".claimlint.yml": """
        rules:
          probe/miracle: error
        fail-on: warning
        """,
      "docs/a.md": "A miracle.\n",
      "docs/legal/.claimlint.yml": "rules:\n  probe/*: off\n",
      "docs/legal/b.md": "Another miracle that cures.\n",
      "notes.txt": "A miracle in notes.\n",
    ])
    let run = try space.run(Probe.arguments + ["--format", "gcc", "."])
    #expect(run.status == 1)
    #expect(run.stdout.contains("docs/a.md:1:3: error:"))
    #expect(run.stdout.contains("notes.txt:1:3: error:"))
    #expect(!run.stdout.contains("legal"))
    // Flags win over the file.
    #expect(try space.run(Probe.arguments + ["--fail-on", "never", "."]).status == 0)
    // --config replaces discovery for every file; --no-config reads none.
    try space.write("other.yml", "rules:\n  probe/miracle: info\n")
    let given = try space.run(Probe.arguments + ["--format", "gcc", "--config", "other.yml", "docs"])
    #expect(given.stdout.contains("docs/legal/b.md:1:9: info:") && given.stdout.contains("docs/a.md:1:3: info:"))
    let none = try space.run(Probe.arguments + ["--format", "gcc", "--no-config", "docs/a.md"])
    #expect(none.stdout.contains("docs/a.md:1:3: warning:"))
  }

  @Test func configurationRulePathsAndProfilesFromTheFile() throws {
    let space = try Probe.workspace([
      ".claimlint.yml": "rule-paths: [house]\nrules:\n  house/*: error\n",
      "house/rules.yml": """
        rules:
          - id: house/detox
            severity: warning
            message: "detox claims"
            pattern: '\\bdetox\\b'
        """,
      "a.md": "A detox tea.\n",
    ])
    let run = try space.run(["--no-default-rules", "--format", "gcc", "a.md"])
    #expect(run.stdout.contains("a.md:1:3: error: detox claims [house/detox]"), "\(run.stdout)\(run.stderr)")
    #expect(run.status == 1)
  }

  @Test func unknownKeysWarnAndBrokenFilesFail() throws {
    let space = try Probe.workspace(["a.md": "Plain.\n", ".claimlint.yml": "rules:\n  probe/miracel: error\nexlude: [x]\n"])
    let warned = try space.run(Probe.arguments + ["a.md"])
    #expect(warned.status == 0)
    #expect(warned.stderr.contains(".claimlint.yml:2:3: warning: unknown rule id 'probe/miracel'; did you mean 'probe/miracle'?"))
    #expect(warned.stderr.contains(".claimlint.yml:3:1: warning: unknown key 'exlude'"))
    try space.write(".claimlint.yml", "rules:\n  probe/miracle: [\n")
    let broken = try space.run(Probe.arguments + ["a.md"])
    #expect(broken.status == 2)
    #expect(broken.stderr.contains(".claimlint.yml:"))
    #expect(broken.stderr.contains("error: invalid YAML"))
  }

  @Test func baselineSurvivesLinesAboveAndReportsExtraCopies() throws {
    let space = try Probe.workspace(["a.md": "Intro.\n\nThe tonic is a miracle. It helps.\n"])
    let write = try space.run(Probe.arguments + ["--write-baseline", "baseline.json", "a.md"])
    #expect(write.stderr.contains("wrote 1 finding to the baseline baseline.json"))
    let json = try space.read("baseline.json")
    #expect(json.contains("\"text\" : \"The tonic is a miracle.\""))
    #expect(json.contains("\"path\" : \"a.md\""))
    try space.write("a.md", "New heading text.\n\nNew paragraph.\n\nIntro.\n\nThe tonic is a miracle. It helps.\n")
    let moved = try space.run(Probe.arguments + ["--baseline", "baseline.json", "--fail-on", "warning", "a.md"])
    #expect(moved.status == 0, "\(moved.stdout)")
    #expect(moved.stderr.contains("1 finding hidden by the baseline"))
    try space.write("a.md", "Intro.\n\nThe tonic is a miracle. It helps.\n\nThe tonic is a miracle.\n")
    let extra = try space.run(Probe.arguments + ["--baseline", "baseline.json", "--fail-on", "warning", "a.md"])
    #expect(extra.status == 1)
    #expect(extra.stdout.contains("a.md:5:"))
    try space.write("a.md", "Intro.\n")
    let gone = try space.run(Probe.arguments + ["--baseline", "baseline.json", "a.md"])
    #expect(gone.stderr.contains("1 baselined finding no longer occurs; rewrite the baseline with --write-baseline"))
    let missing = try space.run(Probe.arguments + ["--baseline", "nope.json", "a.md"])
    #expect(missing.status == 2)
  }

  @Test(.enabled(if: Workspace.hasGit))
  func diffLimitsFindingsToChangedLinesAndFiles() throws {
    let space = try Probe.workspace(["docs/a.md": "Old miracle.\n", "docs/b.md": "Untouched miracle.\n"])
    try space.git(["init", "-q"])
    try space.git(["add", "."])
    try space.git(["commit", "-qm", "start"])
    try space.write("docs/a.md", "Old miracle.\n\nNew miracle.\n")
    try space.write("docs/new file.md", "Brand new miracle.\n")
    try space.git(["add", "-A"])
    let diff = try space.git(["diff", "--cached", "-U0"])
    let run = try space.run(Probe.arguments + ["--format", "gcc", "--diff", "-", "--fail-on", "warning"], input: diff)
    #expect(run.stdout.contains("docs/a.md:3:5:"), "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("docs/new file.md:1:11:"))
    #expect(!run.stdout.contains("docs/a.md:1:") && !run.stdout.contains("docs/b.md"))
    #expect(run.status == 1)
    #expect(run.stderr.contains("1 finding outside the diff hidden"))
    // From a subfolder, paths in the diff are still matched through the repository's top level.
    try space.write("changes.diff", diff)
    let nested = try space.run(
      ["--no-default-rules", "--rules", "../probe.yml", "--format", "gcc", "--diff", "../changes.diff", "a.md"], in: "docs")
    #expect(nested.stdout == "a.md:3:5: warning: 'miracle' overpromises [probe/miracle]\n")
    // No added lines: nothing fails.
    let quiet = try space.run(Probe.arguments + ["--diff", "-", "--fail-on", "warning", "docs"], input: "")
    #expect(quiet.status == 0)
  }

  @Test(.enabled(if: Workspace.hasGit))
  func gitignoredAndHiddenFilesAreSkippedInFolders() throws {
    let space = try Probe.workspace([
      ".gitignore": "build/\n",
      "build/out.md": "A miracle.\n",
      ".drafts/d.md": "A miracle.\n",
      "docs/.gitignore": "*.draft.md\n",
      "docs/x.draft.md": "A miracle.\n",
      "docs/a.md": "A miracle.\n",
    ])
    try space.git(["init", "-q"])
    let walked = try space.run(Probe.arguments + ["--format", "gcc", "."])
    #expect(walked.stdout == "docs/a.md:1:3: warning: 'miracle' overpromises [probe/miracle]\n", "\(walked.stdout)")
    let all = try space.run(Probe.arguments + ["--format", "gcc", "--no-ignore", "."])
    #expect(all.stdout.split(separator: "\n").count == 4)
    let named = try space.run(Probe.arguments + ["--format", "gcc", "docs/x.draft.md"])
    #expect(named.stdout.contains("docs/x.draft.md:1:3"))
  }

  @Test func reportOnStdoutSummaryOnStderr() throws {
    let space = try Probe.workspace(["a.md": "A miracle.\n"])
    let run = try space.run(Probe.arguments + ["--format", "json", "a.md"])
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(object?["diagnostics"] != nil)
    #expect(run.stderr.contains("1 warning in 1 file"))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aReportThatCannotBeWrittenFailsCleanly() throws {
    let space = try Probe.workspace(["a.md": "A miracle.\n"])
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    let binary = try Workspace.binary().path
    shell.arguments = ["-c", "\"$0\" --format sarif a.md > /dev/full", binary]
    shell.currentDirectoryURL = space.root
    let err = Pipe()
    shell.standardError = err
    try shell.run()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    #expect(shell.terminationStatus == 2)
    #expect(stderr.contains("claimlint: error: cannot write to standard output"))
    #expect(!stderr.contains("Fatal error"))
  }

  @Test func usageErrors() throws {
    let space = try Probe.workspace()
    #expect(try space.run(Probe.arguments).status == 64)
    #expect(try space.run(Probe.arguments + ["--diff", "-", "-"]).status == 64)
    #expect(try space.run(Probe.arguments + ["--diff", "x.diff", "--write-baseline", "b.json", "."]).status == 64)
    #expect(try space.run(Probe.arguments + ["--config", "a.yml", "--no-config", "."]).status == 64)
  }
}
