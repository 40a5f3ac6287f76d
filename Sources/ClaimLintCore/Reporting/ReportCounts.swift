/// Totals over a ``LintReport``: the summary line, the JSON `summary` object and the CI formats use it.
public struct ReportCounts: Sendable, Hashable, Codable {
  /// Files linted, with or without diagnostics.
  public var files: Int
  /// Files with at least one diagnostic.
  public var filesWithDiagnostics: Int
  /// All diagnostics.
  public var diagnostics: Int
  public var errors: Int
  public var warnings: Int
  public var infos: Int
  /// Tool errors of severity `error` (they make the run fail with status 2).
  public var toolErrors: Int
  /// Tool errors of a lower severity (reported, but not failing the run).
  public var toolWarnings: Int

  public init(_ report: LintReport) {
    files = report.files.count
    filesWithDiagnostics = report.files.filter { !$0.diagnostics.isEmpty }.count
    diagnostics = report.diagnosticCount
    errors = report.count(.error)
    warnings = report.count(.warning)
    infos = report.count(.info)
    toolErrors = report.errors.filter { $0.severity == .error }.count
    toolWarnings = report.errors.count - toolErrors
  }

  /// One line for stderr, such as `2 errors, 3 warnings and 1 info in 4 files (7 files linted)`.
  public var sentence: String {
    var parts: [String] = []
    if errors > 0 { parts.append(Plural.count(errors, "error")) }
    if warnings > 0 { parts.append(Plural.count(warnings, "warning")) }
    if infos > 0 { parts.append(Plural.count(infos, "info", "infos")) }
    var line: String
    if parts.isEmpty {
      line = "no problems found in \(Plural.count(files, "file"))"
    } else {
      line =
        "\(Plural.list(parts)) in \(Plural.count(filesWithDiagnostics, "file"))"
        + " (\(Plural.count(files, "file")) linted)"
    }
    var tool: [String] = []
    if toolErrors > 0 { tool.append(Plural.count(toolErrors, "tool error")) }
    if toolWarnings > 0 { tool.append(Plural.count(toolWarnings, "tool warning")) }
    if !tool.isEmpty { line += "; " + Plural.list(tool) }
    return line
  }
}

extension LintReport {
  /// Totals over the report.
  public var counts: ReportCounts { ReportCounts(self) }
}

/// English counting words: `1 file`, `2 files`, `a, b and c`.
enum Plural {
  /// `count` followed by the singular or plural noun.
  static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
  }

  /// Joins with commas and a final `and`.
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
}
