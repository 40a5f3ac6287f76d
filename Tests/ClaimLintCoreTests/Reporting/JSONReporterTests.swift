import Foundation
import Testing

@testable import ClaimLintCore

/// JSON output: scalar columns against UTF-8 byte offsets, optional keys, summary.
@Suite struct JSONReporterTests {
  func decode(_ report: LintReport) throws -> JSONReportDocument {
    try JSONDecoder().decode(JSONReportDocument.self, from: Data(JSONReporter().render(report).utf8))
  }

  @Test func columnsCountScalarsAndOffsetsCountBytes() throws {
    let document = try decode(ReportFixture.report)
    let cure = try #require(document.diagnostics.first)
    // "Naïve readers love it: 🙂 our tonic " is 35 scalars but 40 bytes (ï: 2 bytes, 🙂: 4 bytes).
    #expect(cure.line == 2 && cure.column == 36 && cure.endLine == 2 && cure.endColumn == 41)
    let lineStart = Array(ReportFixture.tonicText.utf8).firstIndex(of: UInt8(ascii: "\n"))! + 1
    #expect(lineStart == 28)
    #expect(cure.offset == lineStart + 39 && cure.length == 5)
    let edit = try #require(cure.fixes.first?.edits.first)
    #expect(edit.offset == cure.offset && edit.length == 5 && edit.column == 36 && edit.replacement == "may ease")
  }

  @Test func multilineSpansAndNotes() throws {
    let guarantee = try decode(ReportFixture.report).diagnostics[1]
    #expect(guarantee.line == 3 && guarantee.column == 20 && guarantee.endLine == 4 && guarantee.endColumn == 21)
    #expect(guarantee.notes[0].line == 5 && guarantee.notes[0].column == 14 && guarantee.notes[0].length == 16)
    #expect(guarantee.notes[1].line == nil && guarantee.notes[1].offset == nil)
    let text = JSONReporter().render(ReportFixture.report)
    #expect(!text.contains("null"))
  }

  @Test func summaryAndErrors() throws {
    let document = try decode(ReportFixture.report)
    #expect(document.version == 1)
    #expect(document.summary == ReportFixture.report.counts)
    #expect(document.summary.files == 3 && document.summary.filesWithDiagnostics == 2)
    #expect(document.summary.toolErrors == 1 && document.summary.toolWarnings == 1)
    #expect(document.errors.map(\.path) == ["rules/custom.yml", nil])
  }

  @Test func emptyReport() throws {
    let text = JSONReporter().render(LintReport(files: []))
    #expect(text.hasSuffix("}\n"))
    let document = try decode(LintReport(files: []))
    #expect(document.diagnostics.isEmpty && document.errors.isEmpty && document.summary.files == 0)
  }
}
