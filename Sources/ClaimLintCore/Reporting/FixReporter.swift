/// Says what `--fix` changed: a line per fix-it applied or left out, a summary, and (for `--dry-run`)
/// the changes as a unified diff.
public enum FixReporter {
  /// `path:line:col: fixed: replace "proves" at 3:5-3:11 with "suggests" [causal/proof-language]` for each
  /// fix-it applied (`would fix` when nothing was written), and a `note:` line for each one left out.
  /// Positions are in the file as it was read, columns in Unicode scalars.
  public static func lines(_ fix: FixOutcome) -> [String] {
    fix.files.flatMap { file -> [String] in
      // A file that could not be written is reported as an error instead.
      if fix.writes && file.plan.changes && !file.written { return [] }
      let source = SourceText(bytes: file.plan.original)
      let label = fix.writes ? "fixed" : "would fix"
      let applied = file.plan.applied.map { applied in
        DiagnosticText.header(
          path: PathBytes.displayed(file.path), at: source.position(of: applied.diagnostic.range.lowerBound), label: label,
          message: DiagnosticText.describe(applied.fixIt, in: source), rule: applied.diagnostic.ruleID)
      }
      let skipped = file.plan.skipped.map { skipped in
        DiagnosticText.header(
          path: PathBytes.displayed(file.path), at: source.position(of: skipped.diagnostic.range.lowerBound), label: "note",
          message: "fix not applied: \(skipped.reason.rawValue)", rule: skipped.diagnostic.ruleID)
      }
      return applied + skipped
    }
  }

  /// `fixed 3 findings in 2 files` (or `would fix …`), or `nothing to fix`.
  public static func summary(_ fix: FixOutcome) -> String {
    let changed = fix.files.filter { $0.plan.changes && ($0.written || !fix.writes) }
    guard !changed.isEmpty else { return "nothing to fix" }
    let count = changed.reduce(0) { $0 + $1.plan.applied.count }
    return "\(fix.writes ? "fixed" : "would fix") \(Plural.count(count, "finding")) in \(Plural.count(changed.count, "file"))"
  }

  /// The unified diff of every file the fixes change, in path order.
  public static func diff(_ fix: FixOutcome) -> String {
    fix.files.sorted { $0.path < $1.path }.map { file in
      UnifiedDiff.render(old: file.plan.original, new: file.plan.fixed, name: PathBytes.displayed(file.path))
    }.joined()
  }
}
