/// Everything one run found: per-file diagnostics, tool errors, and the rules that ran (for SARIF).
public struct LintReport: Sendable {
  /// Linted files sorted by path; files with no diagnostics are included.
  public var files: [FileReport]
  /// Problems that stopped part of the work (unreadable files, bad rule files, patterns that gave up).
  public var errors: [ToolError]
  /// The rules that were active, sorted by ID.
  public var rules: [RuleMetadata]

  public init(files: [FileReport], errors: [ToolError] = [], rules: [RuleMetadata] = []) {
    self.files = files
    self.errors = errors
    self.rules = rules
  }

  /// The same report with every path as messages show it: bytes that are not UTF-8 escaped (`\xff`).
  /// SARIF takes the paths as they are, and percent-encodes their bytes.
  public func displayingPaths() -> LintReport {
    var shown = self
    for index in shown.files.indices { shown.files[index].path = PathBytes.displayed(files[index].path) }
    for index in shown.errors.indices { shown.errors[index].path = errors[index].path.map(PathBytes.displayed) }
    return shown
  }

  /// Diagnostics across all files.
  public var diagnosticCount: Int { files.reduce(0) { $0 + $1.diagnostics.count } }

  /// Number of diagnostics of `severity`.
  public func count(_ severity: Severity) -> Int {
    files.reduce(0) { total, file in total + file.diagnostics.filter { $0.severity == severity }.count }
  }
}

/// One linted file: its path, its source (for line and column), the format it was read as, and its
/// diagnostics in order.
public struct FileReport: Sendable {
  public var path: String
  public var source: SourceText
  /// How the file was read (the `html` report renders its prose from it); by default, from the path.
  public var format: DocumentFormat
  /// Sorted by start offset, then rule ID.
  public var diagnostics: [Diagnostic]

  public init(path: String, source: SourceText, format: DocumentFormat? = nil, diagnostics: [Diagnostic]) {
    self.path = path
    self.source = source
    self.format = format ?? DocumentFormat(path: path) ?? .text
    self.diagnostics = diagnostics
  }
}
