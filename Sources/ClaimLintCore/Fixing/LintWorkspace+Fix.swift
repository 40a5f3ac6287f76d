/// What fixing a lint outcome did: the plan of every file with a fix-it, files that could not be
/// written, and the outcome of linting the fixed text.
public struct FixOutcome: Sendable {
  /// One file with fix-its: its path as shown, its plan, and whether the fixed bytes were written.
  public struct File: Sendable {
    public var path: String
    public var plan: FixPlan
    public var written: Bool
  }

  /// Files whose diagnostics offered fix-its, sorted by path.
  public var files: [File]
  /// Whether the fixes were to be written (false for a dry run).
  public var writes: Bool
  /// The lint outcome after the fixes: fixed files linted again, the others as they were, and the
  /// files that could not be fixed reported as errors.
  public var outcome: LintOutcome

}

extension LintWorkspace {
  /// Applies the fix-its of `outcome`'s diagnostics and lints the fixed text again with `gates`.
  ///
  /// With `writes`, each changed file is replaced with ``AtomicFile`` (refused when it changed since it
  /// was read); a buffer cannot be written and is reported as an error. Without, nothing is written: the
  /// plans say what would change.
  public mutating func fix(_ outcome: LintOutcome, gates: LintGates = LintGates(), writes: Bool) -> FixOutcome {
    var files: [FixOutcome.File] = []
    var errors: [ToolError] = []
    var relint: [LintTarget] = []
    for file in outcome.files {
      let plan = FixPlan(bytes: file.report.source.bytes, diagnostics: file.report.diagnostics)
      guard !plan.applied.isEmpty || !plan.skipped.isEmpty else { continue }
      var written = false
      if plan.changes && writes {
        do throws(ToolError) {
          guard let disk = file.diskPath else {
            throw ToolError(path: file.report.path, message: "not a file on disk; cannot be fixed in place")
          }
          try AtomicFile.replace(disk, expecting: plan.original, with: plan.fixed)
          written = true
        } catch {
          errors.append(error)
          files.append(FixOutcome.File(path: file.report.path, plan: plan, written: false))
          continue
        }
      }
      if plan.changes { relint.append(.buffer(name: file.report.path, bytes: plan.fixed, format: file.format)) }
      files.append(FixOutcome.File(path: file.report.path, plan: plan, written: written))
    }
    var after = outcome
    if !relint.isEmpty {
      let fixed = lint(relint, gates: LintGates(baseline: gates.baseline, diff: gates.diff))
      let disk = Dictionary(outcome.files.map { ($0.report.path, $0.diskPath) }) { first, _ in first }
      var replaced = Dictionary(fixed.files.map { ($0.report.path, $0) }) { first, _ in first }
      for path in replaced.keys { replaced[path]?.diskPath = disk[path] ?? nil }
      after.files = outcome.files.map { replaced[$0.report.path] ?? $0 }
      after.errors = Self.unique(outcome.errors + fixed.errors)
    }
    after.errors += errors
    return FixOutcome(files: files, writes: writes, outcome: after)
  }
}
