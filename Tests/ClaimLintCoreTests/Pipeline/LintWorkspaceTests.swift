import Testing

@testable import ClaimLintCore

/// The run pipeline in the library: paths and buffers, configuration per file, rule sets cached and read
/// again when their files change, gates.
@Suite struct LintWorkspaceTests {
  static let rules = """
    rules:
      - id: probe/miracle
        severity: warning
        message: "'miracle' overpromises"
        pattern: '\\bmiracle\\b'
    """

  func tree(_ extra: [String: String] = [:]) -> MemoryFileSystem {
    var files = [
      "/site/.claimlint.yml": "rule-paths: [house/]\n",
      "/site/house/probe.yml": Self.rules,
      "/site/docs/a.md": "A miracle tonic.\n",
      "/site/docs/b.md": "Plain words.\n",
    ]
    files.merge(extra) { $1 }
    return MemoryFileSystem(files)
  }

  func workspace(_ tree: MemoryFileSystem, _ options: LintWorkspace.Options = LintWorkspace.Options(defaultRules: false)) -> LintWorkspace {
    LintWorkspace(options: options, currentFolder: "/site", fileSystem: tree)
  }

  /// `path:rule` of every diagnostic.
  func found(_ outcome: LintOutcome) -> [String] {
    outcome.files.flatMap { file in file.report.diagnostics.map { "\(file.report.path):\($0.ruleID)" } }
  }

  @Test func foldersAndBuffersLintWithTheirConfiguration() {
    var space = workspace(tree())
    let outcome = space.lint([.path("docs"), .buffer(name: "docs/draft.md", bytes: Array("Another miracle.\n".utf8))])
    #expect(found(outcome) == ["docs/a.md:probe/miracle", "docs/draft.md:probe/miracle"])
    #expect(outcome.files.map(\.report.path) == ["docs/a.md", "docs/b.md", "docs/draft.md"])
    #expect(outcome.errors.isEmpty)
    #expect(outcome.exitStatus == 0)
    #expect(outcome.rules.map(\.id).contains("probe/miracle"))
  }

  /// A run that lets go of clean files' text keeps the text of every file it reports on, and reports
  /// the same in every format.
  @Test func cleanFilesTextIsLetGoWhenAsked() {
    var keeping = workspace(tree())
    var options = LintWorkspace.Options(defaultRules: false)
    options.keepsTextOfCleanFiles = false
    var dropping = workspace(tree(), options)
    let kept = keeping.lint([.path("docs")])
    let dropped = dropping.lint([.path("docs")])
    #expect(kept.files.map { $0.report.source.bytes.count } == [17, 13])
    #expect(dropped.files.map { $0.report.source.bytes.count } == [17, 0])
    #expect(found(dropped) == found(kept))
    for kind in ReporterKind.allCases {
      #expect(kind.makeReporter().render(dropped.report) == kind.makeReporter().render(kept.report), "\(kind)")
    }
  }

  @Test func aBufferIsLintedAsWrittenNotAsOnDisk() {
    var space = workspace(tree())
    let outcome = space.lint([.buffer(name: "/site/docs/b.md", bytes: Array("A miracle.\n".utf8))])
    #expect(found(outcome) == ["/site/docs/b.md:probe/miracle"])
  }

  @Test func ruleSetsAreCompiledOnceAndAgainWhenTheirFileChanges() {
    let files = tree()
    var space = workspace(files)
    _ = space.lint([.path("docs/a.md")])
    _ = space.lint([.path("docs/a.md")])
    #expect(files.reads.filter { $0 == "/site/house/probe.yml" }.count == 1)
    files.write("/site/house/probe.yml", Self.rules.replacingOccurrences(of: "severity: warning", with: "severity: error"))
    let outcome = space.lint([.path("docs/a.md")])
    #expect(outcome.files.first?.report.diagnostics.first?.severity == .error)
    #expect(outcome.exitStatus == 1)
  }

  @Test func aChangedConfigurationIsReadAgain() {
    let files = tree()
    var space = workspace(files)
    #expect(found(space.lint([.path("docs/a.md")])) == ["docs/a.md:probe/miracle"])
    files.write("/site/.claimlint.yml", "rule-paths: [house/]\nrules:\n  probe/*: off\n")
    #expect(found(space.lint([.path("docs/a.md")])).isEmpty)
  }

  @Test func aNewConfigurationIsSeenOnceNamed() {
    let files = tree()
    var space = workspace(files)
    _ = space.lint([.path("docs/a.md")])
    files.write("/site/docs/.claimlint.yml", "rule-paths: [../house/]\nrules:\n  probe/miracle: info\n")
    space.refresh(touched: ["/site/docs/.claimlint.yml"])
    let outcome = space.lint([.path("docs/a.md")])
    #expect(outcome.files.first?.report.diagnostics.first?.severity == .info)
  }

  @Test func aNewRuleFileInARuleFolderIsSeenOnceNamed() {
    let files = tree()
    var space = workspace(files)
    _ = space.lint([.path("docs/b.md")])
    files.write(
      "/site/house/plain.yml",
      "rules:\n  - id: probe/plain\n    severity: info\n    message: plain\n    pattern: '\\bPlain\\b'\n")
    space.refresh(touched: ["/site/house/plain.yml"])
    #expect(found(space.lint([.path("docs/b.md")])) == ["docs/b.md:probe/plain"])
    #expect(space.isSettingsFile("/site/house/plain.yml"))
    #expect(space.isSettingsFile("docs/.claimlint.yml"))
    #expect(!space.isSettingsFile("/site/docs/a.md"))
  }

  @Test func ruleFileAndConfigurationErrorsAreReportedWithTheirFiles() {
    let files = tree([
      "/site/house/broken.yml": "rules:\n  - id: probe/broken\n    severity: loud\n",
      "/site/.claimlint.yml": "rule-paths: [house/]\nrules:\n  probe/miracles: off\n",
    ])
    var space = workspace(files)
    let outcome = space.lint([.path("docs/a.md")])
    let paths = outcome.errors.map { $0.path ?? "" }
    #expect(paths.contains(".claimlint.yml"), "\(outcome.errors)")
    #expect(paths.contains("/site/house/broken.yml"), "\(outcome.errors)")
    #expect(outcome.exitStatus == 2)
    #expect(found(outcome) == ["docs/a.md:probe/miracle"])
  }

  @Test func baselineAndDiffGates() throws {
    let files = tree(["/site/base.json": #"{"version": 1, "findings": []}"#])
    var space = workspace(files)
    let recorded = space.lint([.path("docs")], gates: LintGates(recordsBaseline: true))
    let baseline = try #require(recorded.recordedBaseline)
    #expect(baseline.findings.map(\.path) == ["docs/a.md"])
    files.write("/site/base.json", baseline.encoded())
    let hidden = space.lint([.path("docs")], gates: LintGates(baseline: "base.json"))
    #expect(found(hidden).isEmpty)
    #expect(hidden.notes == ["1 finding hidden by the baseline"])
    let diff = UnifiedDiff(parsing: "--- a/docs/b.md\n+++ b/docs/b.md\n@@ -1 +1 @@\n-Old.\n+Plain words.\n")
    let changed = space.lint([.path("docs")], gates: LintGates(diff: diff))
    #expect(changed.files.map(\.report.path) == ["docs/b.md"])
  }

  @Test func optionsWinOverConfiguration() {
    var space = workspace(tree(), LintWorkspace.Options(rulePaths: ["house/probe.yml"], defaultRules: false, failOn: .warning))
    let outcome = space.lint([.path("docs/a.md")])
    #expect(outcome.exitStatus == 1)
    var none = workspace(tree(), LintWorkspace.Options(defaultRules: false, configuration: .none))
    #expect(found(none.lint([.path("docs/a.md")])).isEmpty)
  }
}
