import Foundation

/// The `json` format: one pretty-printed object with sorted keys, for scripts and editors.
///
/// ```text
/// {
///   "version": 1,                      // bumped only on incompatible changes
///   "diagnostics": [{                  // files sorted by path, then by position and rule
///     "path": "docs/tonic.md",         // as given on the command line
///     "line": 2, "column": 31,         // 1-based; columns count Unicode scalars
///     "endLine": 2, "endColumn": 36,   // exclusive end, same units
///     "offset": 41, "length": 5,       // UTF-8 bytes from the start of the file
///     "severity": "error",             // "error" | "warning" | "info"
///     "rule": "efficacy/cure",         // stable ID, family/name
///     "message": "…",
///     "notes": [{                      // position keys only when the note points at the file
///       "message": "…", "line": 5, "column": 14, "endLine": 5, "endColumn": 28,
///       "offset": 120, "length": 16
///     }],
///     "fixes": [{
///       "message": "…",
///       "edits": [{                    // replace [offset, offset+length) with replacement
///         "offset": 41, "length": 5, "line": 2, "column": 31, "endLine": 2, "endColumn": 36,
///         "replacement": "may ease"
///       }]
///     }]
///   }],
///   "errors": [{                       // tool errors: unreadable files, bad rules, …
///     "path": "rules/custom.yml",      // path, line and column only when known
///     "line": 7, "column": 12,         // column in Unicode scalars
///     "severity": "error",             // "error" fails the run, "warning" does not
///     "message": "…"
///   }],
///   "summary": {
///     "files": 3, "filesWithDiagnostics": 2, "diagnostics": 4,
///     "errors": 1, "warnings": 2, "infos": 1, "toolErrors": 1, "toolWarnings": 1
///   }
/// }
/// ```
///
/// Keys are sorted alphabetically in the output, arrays are never left out (they may be empty),
/// and optional keys are left out rather than set to `null`.
public struct JSONReporter: Reporter {
  public static let identifier = "json"

  public init() {}

  public func render(_ report: LintReport) -> String {
    let document = JSONReportDocument(
      version: 1,
      diagnostics: report.files.flatMap { file in
        file.diagnostics.map { JSONReportDocument.Diagnostic($0, in: file) }
      },
      errors: report.errors.map(JSONReportDocument.ToolErrorEntry.init),
      summary: report.counts)
    return JSONOutput.encode(document)
  }
}

/// The typed model behind ``JSONReporter``.
struct JSONReportDocument: Codable, Sendable {
  var version: Int
  var diagnostics: [Diagnostic]
  var errors: [ToolErrorEntry]
  var summary: ReportCounts

  struct Diagnostic: Codable, Sendable {
    var path: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var offset: Int
    var length: Int
    var severity: Severity
    var rule: String
    var message: String
    var notes: [Note]
    var fixes: [Fix]

    init(_ diagnostic: ClaimLintCore.Diagnostic, in file: FileReport) {
      let span = file.source.location(of: diagnostic.range)
      path = file.path
      (line, column, endLine, endColumn) = (span.start.line, span.start.column, span.end.line, span.end.column)
      (offset, length) = (span.offset, span.length)
      severity = diagnostic.severity
      rule = diagnostic.ruleID
      message = diagnostic.message
      notes = diagnostic.finding.notes.map { Note($0, in: file.source) }
      fixes = diagnostic.finding.fixIts.map { Fix($0, in: file.source) }
    }
  }

  struct Note: Codable, Sendable {
    var message: String
    var line: Int?
    var column: Int?
    var endLine: Int?
    var endColumn: Int?
    var offset: Int?
    var length: Int?

    init(_ note: ClaimLintCore.Note, in source: SourceText) {
      message = note.message
      guard let range = note.range else { return }
      let span = source.location(of: range)
      (line, column, endLine, endColumn) = (span.start.line, span.start.column, span.end.line, span.end.column)
      (offset, length) = (span.offset, span.length)
    }
  }

  struct Fix: Codable, Sendable {
    var message: String
    var edits: [Edit]

    init(_ fixIt: FixIt, in source: SourceText) {
      message = fixIt.message
      edits = fixIt.edits.map { Edit($0, in: source) }
    }
  }

  struct Edit: Codable, Sendable {
    var offset: Int
    var length: Int
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var replacement: String

    init(_ edit: TextEdit, in source: SourceText) {
      let span = source.location(of: edit.range)
      (offset, length) = (span.offset, span.length)
      (line, column, endLine, endColumn) = (span.start.line, span.start.column, span.end.line, span.end.column)
      replacement = edit.replacement
    }
  }

  struct ToolErrorEntry: Codable, Sendable {
    var path: String?
    var line: Int?
    var column: Int?
    var severity: Severity
    var message: String

    init(_ error: ToolError) {
      (path, line, column) = (error.path, error.line, error.column)
      severity = error.severity
      message = error.message
    }
  }
}

/// Encodes claimlint's JSON (reports, SARIF, baselines, listings): pretty printed, sorted keys,
/// unescaped slashes, a final newline; the same value always gives the same bytes.
public enum JSONOutput {
  public static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    } catch {
      // The models hold only strings, integers, booleans, arrays and string-keyed dictionaries.
      preconditionFailure("encoding a report model cannot fail: \(error)")
    }
  }
}
