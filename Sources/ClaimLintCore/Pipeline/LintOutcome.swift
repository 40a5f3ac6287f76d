/// The CI gates applied after configuration and suppression comments: a baseline and a diff.
public struct LintGates: Sendable {
  /// The baseline file to hide known findings with (relative to the current folder, or absolute).
  public var baseline: String?
  /// Report only findings on lines this diff adds; files it does not touch are not linted.
  public var diff: UnifiedDiff?
  /// Record a baseline of every finding before the baseline and diff hide any (`--write-baseline`).
  public var recordsBaseline: Bool

  public init(baseline: String? = nil, diff: UnifiedDiff? = nil, recordsBaseline: Bool = false) {
    self.baseline = baseline
    self.diff = diff
    self.recordsBaseline = recordsBaseline
  }
}

/// What one ``LintWorkspace/lint(_:gates:)`` found: gated files, tool errors, the rules that ran and
/// lines for the summary.
public struct LintOutcome: Sendable {
  /// Linted files sorted by path, after every gate.
  public var files: [GatedFile]
  /// Configuration problems, unreadable inputs, rule-file errors, patterns that gave up, gate problems.
  public var errors: [ToolError]
  /// Every rule that ran on some file, plus claimlint's own, sorted by id.
  public var rules: [RuleMetadata]
  /// Extra summary lines: suppressed findings, what the baseline and the diff hid.
  public var notes: [String] = []
  /// The baseline of every finding, when the gates asked to record one.
  public var recordedBaseline: Baseline?

  /// The report for a reporter.
  public var report: LintReport {
    LintReport(files: files.map(\.report), errors: errors, rules: rules)
  }

  /// Whether a diagnostic is at or above its file's `fail-on`.
  public var fails: Bool {
    files.contains(where: \.fails)
  }

  /// 2 for a tool error, 1 for a diagnostic at or above its file's `fail-on`, else 0.
  public var exitStatus: Int32 {
    if errors.contains(where: { $0.severity == .error }) { return 2 }
    return fails ? 1 : 0
  }

  /// Applies the baseline and the diff of `gates`, recording the baseline first when asked.
  mutating func applyGates(_ gates: LintGates, workspace: LintWorkspace) {
    let suppressed = files.reduce(0) { $0 + $1.suppressed.count }
    if suppressed > 0 { notes.append("\(Plural.count(suppressed, "finding")) suppressed by claimlint comments") }
    if gates.recordsBaseline { recordedBaseline = Baseline(files: files) }
    if let path = gates.baseline { applyBaseline(path, workspace: workspace) }
    if let diff = gates.diff {
      let hidden = diff.apply(to: &files) { LintPlan.diffNames(key: $0.key, path: $0.report.path) }
      if hidden > 0 { notes.append("\(Plural.count(hidden, "finding")) outside the diff hidden") }
    }
  }

  /// Hides the findings the baseline at `path` lists, noting how many were hidden and how many are gone.
  private mutating func applyBaseline(_ path: String, workspace: LintWorkspace) {
    let fileSystem = workspace.fileSystem
    let bytes: [UInt8]
    switch fileSystem.read(PathName.absolute(path, in: workspace.currentFolder), shownAs: path) {
    case .failure(let error): return errors.append(error)
    case .success(let read): bytes = read
    }
    let (decoded, problems) = Baseline.decode(bytes, path: path)
    errors += problems
    guard let baseline = decoded else { return }
    let result = baseline.apply(to: &files) { fileSystem.kind(of: PathName.absolute($0, in: workspace.root)) == nil }
    if result.hidden > 0 { notes.append("\(Plural.count(result.hidden, "finding")) hidden by the baseline") }
    if result.gone > 0 {
      notes.append(
        "\(Plural.count(result.gone, "baselined finding")) no longer \(result.gone == 1 ? "occurs" : "occur"); "
          + "rewrite the baseline with --write-baseline")
    }
  }
}
