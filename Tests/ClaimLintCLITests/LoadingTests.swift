import Foundation
import Testing

/// Configuration, rule and baseline files are loaded all or nothing: every error is reported at its
/// `file:line:col`, in file order, and a file with an error contributes nothing (status 2).
@Suite(.serialized) struct LoadingTests {
  @Test func aConfigurationWithAnErrorIsNotUsed() throws {
    let space = try Probe.workspace([
      "docs/a.md": "A miracle.\n",
      ".claimlint.yml": "rules:\n  probe/*: off\ninclude: 5\nexclude: [../elsewhere/, '/tmp']\n",
    ])
    let run = try space.run(Probe.arguments + ["--format", "gcc", "."])
    #expect(run.status == 2)
    let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == 2, "\(run.stderr)")
    #expect(errors.first?.hasPrefix(".claimlint.yml:3:10: error: 'include' must be a string, not the number 5") == true)
    #expect(errors.last?.contains(".claimlint.yml:4:11: error: '../elsewhere/' in 'exclude' reaches outside") == true)
    // Nothing of the file applies: the rule it turns off still reports, the folder walk is not narrowed.
    #expect(run.stdout == "docs/a.md:1:3: warning: 'miracle' overpromises [probe/miracle]\n")
  }

  @Test func aConfigurationThatIsNotUTF8IsAnError() throws {
    let space = try Probe.workspace(["a.md": "A miracle.\n"])
    try Data([0x72, 0x75, 0x6C, 0x65, 0x73, 0x3A, 0xFF, 0x0A]).write(to: space.root.appendingPathComponent(".claimlint.yml"))
    let run = try space.run(Probe.arguments + ["a.md"])
    #expect(run.status == 2)
    #expect(run.stderr.contains(".claimlint.yml: error: not valid UTF-8"), "\(run.stderr)")
  }

  @Test func aRuleFileWithAnErrorRunsNoneOfItsRules() throws {
    let space = try Probe.workspace([
      "house.yml": """
        rules:
          - id: house/miracle
            severity: error
            message: "miracle"
            pattern: '\\bmiracle\\b'
            unless: {pattern: '\\bbrand\\b'}
          - id: house/cure
            severity: error
            message: "cure"
            pattern: '\\bcures\\b'
        """,
      "a.md": "Miracle brand tea cures colds.\n",
    ])
    let run = try space.run(["--no-default-rules", "--rules", "house.yml", "--rules", "probe.yml", "--format", "gcc", "a.md"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("house.yml:6:13: error: 'unless' must be a list"), "\(run.stderr)")
    #expect(!run.stdout.contains("house/"), "\(run.stdout)")
    #expect(run.stdout.contains("[probe/cure]"), "the whole file beside it still runs")
  }
}

/// `--write-baseline` writes only where a regular file is, or none yet.
@Suite(.serialized) struct BaselineWriteTests {
  @Test func theBaselineReplacesOnlyARegularFile() throws {
    let space = try Workspace(["probe.yml": Probe.rules, "a.md": "A miracle.\n", "old.json": "{}\n"])
    try FileManager.default.createDirectory(at: space.root.appendingPathComponent("folder"), withIntermediateDirectories: false)
    let folder = try space.run(Probe.arguments + ["--write-baseline", "folder", "a.md"])
    #expect(folder.status == 2)
    #expect(folder.stderr.contains("folder: error: cannot write the baseline: is a folder, not a regular file"), "\(folder.stderr)")
    #expect(!folder.stderr.contains("NSCocoaErrorDomain"))
    let device = try space.run(Probe.arguments + ["--write-baseline", "/dev/null", "a.md"])
    #expect(device.status == 2 && device.stderr.contains("is a device, not a regular file; not replaced"))
    let old = space.root.appendingPathComponent("old.json").path
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: old)
    let replaced = try space.run(Probe.arguments + ["--write-baseline", "old.json", "a.md"])
    #expect(replaced.status == 0 && replaced.stderr.contains("wrote 1 finding to the baseline old.json"))
    #expect(try space.read("old.json").contains("\"rule\" : \"probe/miracle\""))
    let mode = try FileManager.default.attributesOfItem(atPath: old)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o640)
  }

  /// A baseline path that names a document, directly or through a link, leaves it as it was.
  @Test func theBaselineNeverReplacesAnotherKindOfFile() throws {
    let notes = "# Notes\n\nMy own draft, not a baseline.\n"
    let space = try Workspace(["probe.yml": Probe.rules, "a.md": "A miracle.\n", "notes.md": notes, "empty.json": ""])
    try FileManager.default.createSymbolicLink(
      atPath: space.root.appendingPathComponent("link.json").path, withDestinationPath: "notes.md")
    for target in ["notes.md", "link.json"] {
      let run = try space.run(Probe.arguments + ["--write-baseline", target, "a.md"])
      #expect(run.status == 2, "\(target)")
      #expect(run.stderr.contains("\(target): error: cannot write the baseline: holds something other than a claimlint baseline; not replaced"), "\(run.stderr)")
      #expect(try space.read("notes.md") == notes)
    }
    let empty = try space.run(Probe.arguments + ["--write-baseline", "empty.json", "a.md"])
    #expect(empty.status == 0)
    #expect(try space.read("empty.json").contains("probe/miracle"))
    // An existing baseline, even of another version, is replaced.
    try space.write("empty.json", "{\"version\": 99, \"findings\": []}\n")
    #expect(try space.run(Probe.arguments + ["--write-baseline", "empty.json", "a.md"]).status == 0)
  }
}
