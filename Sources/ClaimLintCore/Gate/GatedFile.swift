/// One linted file after configuration and inline suppression, with what the baseline and diff filters
/// need: a stable path key and each diagnostic's sentence text.
public struct GatedFile: Sendable {
  public var report: FileReport
  /// The path relative to the project root (the git top level, else the current folder), `/`-separated.
  public var key: String
  /// For each diagnostic of ``report``, in order, its ``SentenceText``.
  public var sentenceTexts: [String]
  /// The `fail-on` in force for this file.
  public var failOn: FailOn
  /// Findings hidden by suppression comments.
  public var suppressed: [SuppressedFinding]
  /// The format the file was read as (its report's).
  public var format: DocumentFormat {
    get { report.format }
    set { report.format = newValue }
  }
  /// The absolute path of the file on disk it was read from; `nil` for a buffer (standard input, an editor).
  public var diskPath: String?

  public init(report: FileReport, key: String, sentenceTexts: [String], failOn: FailOn = .error, suppressed: [SuppressedFinding] = []) {
    precondition(sentenceTexts.count == report.diagnostics.count, "one sentence text per diagnostic")
    self.report = report
    self.key = key
    self.sentenceTexts = sentenceTexts
    self.failOn = failOn
    self.suppressed = suppressed
  }

  /// Keeps the diagnostics (and their sentence texts) for which `keep(index)` is true; returns how many went.
  @discardableResult
  public mutating func retain(_ keep: (Int) -> Bool) -> Int {
    let indices = report.diagnostics.indices.filter(keep)
    let removed = report.diagnostics.count - indices.count
    report.diagnostics = indices.map { report.diagnostics[$0] }
    sentenceTexts = indices.map { sentenceTexts[$0] }
    return removed
  }

  /// Whether a diagnostic of this file is at or above its `fail-on`.
  public var fails: Bool {
    report.diagnostics.contains { failOn.fails($0.severity) }
  }

  /// The project-relative key of a path as shown: absolute against `currentFolder`, then relative to
  /// `root` when inside it; otherwise the normalized path.
  public static func key(for path: String, currentFolder: String, root: String) -> String {
    let absolute = PathName.absolute(path, in: currentFolder)
    if let relative = PathName.relative(absolute, to: PathName.normalize(root)), !relative.isEmpty { return relative }
    return PathName.normalize(path)
  }
}
