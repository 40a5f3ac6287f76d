import Foundation
import Testing

@testable import ClaimLintCore

/// ``LintWorkspace/fix(_:gates:writes:)``: dry runs, buffers, and files that changed after they were read.
@Suite struct WorkspaceFixTests {
  static let rules = """
    rules:
      - id: probe/proven
        kind: substitution
        severity: warning
        message: "'{match}'"
        swap: {proves: suggests}
    """

  @Test func aDryRunPlansAndLintsTheFixedTextWithoutWriting() {
    let tree = MemoryFileSystem(["/w/rules.yml": Self.rules, "/w/a.md": "It proves it.\n"])
    var space = LintWorkspace(
      options: LintWorkspace.Options(rulePaths: ["rules.yml"], defaultRules: false), currentFolder: "/w", fileSystem: tree)
    let outcome = space.lint([.path("a.md")])
    #expect(outcome.files.first?.report.diagnostics.count == 1)
    let fixed = space.fix(outcome, writes: false)
    #expect(fixed.files.map(\.path) == ["a.md"])
    #expect(String(decoding: fixed.files[0].plan.fixed, as: UTF8.self) == "It suggests it.\n")
    #expect(!fixed.files[0].written)
    #expect(fixed.outcome.files.first?.report.diagnostics.isEmpty == true)
    #expect(fixed.outcome.files.first?.diskPath == "/w/a.md")
    #expect(tree.contents(of: "/w/a.md") == Array("It proves it.\n".utf8))
  }

  @Test func aBufferCannotBeFixedInPlace() {
    let tree = MemoryFileSystem(["/w/rules.yml": Self.rules])
    var space = LintWorkspace(
      options: LintWorkspace.Options(rulePaths: ["rules.yml"], defaultRules: false), currentFolder: "/w", fileSystem: tree)
    let outcome = space.lint([.buffer(name: "draft.md", bytes: Array("It proves it.\n".utf8))])
    let fixed = space.fix(outcome, writes: true)
    #expect(fixed.outcome.errors.map(\.message) == ["not a file on disk; cannot be fixed in place"])
    #expect(fixed.outcome.exitStatus == 2)
  }

  @Test func aFileEditedAfterItWasReadIsRefusedAndKept() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimlint-fix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.rules.utf8).write(to: folder.appendingPathComponent("rules.yml"))
    let file = folder.appendingPathComponent("a.md")
    try Data("It proves it.\n".utf8).write(to: file)
    var space = LintWorkspace(
      options: LintWorkspace.Options(rulePaths: ["rules.yml"], defaultRules: false), currentFolder: folder.path)
    let outcome = space.lint([.path("a.md")])
    try Data("It proves it, says the editor who just saved.\n".utf8).write(to: file)
    let fixed = space.fix(outcome, writes: true)
    #expect(fixed.outcome.errors.map(\.message) == ["changed since it was read; not fixed (run again)"])
    #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == "It proves it, says the editor who just saved.\n")
    #expect(FixReporter.summary(fixed) == "nothing to fix")
    #expect(FixReporter.lines(fixed).isEmpty)
  }
}
