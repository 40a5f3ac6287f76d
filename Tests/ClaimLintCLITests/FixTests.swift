import ClaimLintCore
import Foundation
import Testing

/// `--fix` and `--fix --dry-run` on the built binary.
@Suite(.serialized) struct FixTests {
  /// Two substitution rules whose matches can overlap, and one without a fix.
  static let rules = """
    rules:
      - id: probe/clinically-proven
        kind: substitution
        severity: warning
        message: "'{match}'"
        swap: {"clinically proven": "tested in trials"}
      - id: probe/proven
        kind: substitution
        severity: warning
        message: "'{match}'"
        swap: {"proven": "shown"}
      - id: probe/miracle
        severity: warning
        message: "'miracle' overpromises"
        pattern: '\\bmiracle\\b'
    """

  static let arguments = ["--no-default-rules", "--rules", "fix.yml"]

  func workspace(_ files: [String: String]) throws -> Workspace {
    try Workspace(files.merging(["fix.yml": Self.rules]) { $1 })
  }

  @Test func fixRewritesTheFileKeepsItsPermissionsAndReportsWhatChanged() throws {
    let space = try workspace(["a.md": "Proven, they say: a miracle.\n"])
    let path = space.root.appendingPathComponent("a.md").path
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    let run = try space.run(Self.arguments + ["--fix", "--fail-on", "warning", "a.md"])
    #expect(try space.read("a.md") == "Shown, they say: a miracle.\n")
    #expect(run.stderr.contains("a.md:1:1: fixed: suggested wording: replace \"Proven\" at 1:1-1:7 with \"Shown\" [probe/proven]"), "\(run.stderr)")
    #expect(run.stderr.contains("fixed 1 finding in 1 file"))
    // What is left is reported, and decides the exit status.
    #expect(run.stdout.contains("a.md:1:20: warning: 'miracle' overpromises [probe/miracle]"), "\(run.stdout)")
    #expect(!run.stdout.contains("probe/proven"))
    #expect(run.status == 1)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: space.root.path).sorted() == ["a.md", "fix.yml"])
    let again = try space.run(Self.arguments + ["--fix", "a.md"])
    #expect(again.stderr.contains("nothing to fix"))
    #expect(try space.read("a.md") == "Shown, they say: a miracle.\n")
  }

  @Test func overlappingFixesAreNeverBothApplied() throws {
    let space = try workspace(["a.md": "It is clinically proven.\n"])
    let run = try space.run(Self.arguments + ["--fix", "a.md"])
    #expect(try space.read("a.md") == "It is tested in trials.\n")
    #expect(run.stderr.contains("note: fix not applied: it overlaps another fix; run --fix again [probe/proven]"), "\(run.stderr)")
  }

  @Test func dryRunPrintsADiffThatPatchApplies() throws {
    let original = "# Title\n\nIt is proven.\n\nKeep this.\nIt is clinically proven.\n"
    let space = try workspace(["docs/a.md": original, "docs/b.md": "Nothing here.\n"])
    let run = try space.run(Self.arguments + ["--fix", "--dry-run", "docs"])
    #expect(try space.read("docs/a.md") == original)
    #expect(run.stdout.hasPrefix("--- a/docs/a.md\n+++ b/docs/a.md\n@@ -1,6 +1,6 @@\n"), "\(run.stdout)")
    #expect(run.stdout.contains("-It is proven.\n+It is shown.\n"))
    #expect(run.stderr.contains("docs/a.md:3:7: would fix:"))
    #expect(run.stderr.contains("would fix 2 findings in 1 file"))
    let fixed = try space.run(Self.arguments + ["--fix", "docs"])
    #expect(fixed.status == 0)
    let fixedText = try space.read("docs/a.md")
    try space.write("docs/a.md", original)
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else { return }
    let patch = try space.shell(["/usr/bin/patch", "-s", "-p1"], input: run.stdout)
    #expect(patch == 0)
    #expect(try space.read("docs/a.md") == fixedText)
  }

  @Test func standardInputGetsADiffButIsNeverRewritten() throws {
    let space = try workspace([:])
    let refused = try space.run(Self.arguments + ["--fix", "-"], input: "It is proven.\n")
    #expect(refused.status == 64)
    let diff = try space.run(Self.arguments + ["--fix", "--dry-run", "--stdin-filename", "draft.md", "-"], input: "It is proven.\n")
    #expect(diff.stdout == "--- a/draft.md\n+++ b/draft.md\n@@ -1 +1 @@\n-It is proven.\n+It is shown.\n", "\(diff.stdout)")
    #expect(try space.run(Self.arguments + ["--dry-run", "-"], input: "x\n").status == 64)
  }

  /// Every built-in substitution rule's flag examples, fixed by the binary, give their stated `fixed:` text
  /// and are not flagged by the rule again.
  @Test func fixRoundTripsEverySubstitutionRulesExamples() throws {
    let rules = RuleSet.load(RuleSource.defaults()).ruleSet.rules.map(\.metadata).filter { $0.kind == "substitution" }
    #expect(!rules.isEmpty)
    #expect(rules.contains { $0.examples.contains { $0.fixed != nil } })
    for rule in rules {
      let only = "rules:\n  '*': off\n  \(rule.id): warning\n" + (rule.profile.map { "profiles: [\($0)]\n" } ?? "")
      for (index, example) in rule.examples.enumerated() where example.expectsFinding {
        let name = "example-\(index).\(Self.extensions[example.format]!)"
        let space = try Workspace([".claimlint.yml": only, name: ExampleMarkup(example.text).text])
        let fix = try space.run(["--fix", name])
        #expect(fix.stderr.contains("fixed "), "\(rule.id) \(example.text): \(fix.stderr)")
        if let expected = example.fixed { #expect(try space.read(name) == expected, "\(rule.id)") }
        let after = try space.run(["--format", "gcc", name])
        let fixedText = try space.read(name)
        #expect(after.stdout.isEmpty, "\(rule.id) still flags \(fixedText): \(after.stdout)")
      }
    }
  }

  static let extensions: [DocumentFormat: String] = [.markdown: "md", .html: "html", .text: "txt"]
}
