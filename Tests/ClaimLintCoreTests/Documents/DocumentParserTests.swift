import Foundation
import Testing
@testable import ClaimLintCore

@Suite struct DocumentParserTests {
  @Test func invalidUTF8ReportsLineAndColumn() {
    let bytes = Array("First line\nsé\u{1F52C} ok ".utf8) + [0xC3, 0x28] + Array(" rest".utf8)
    #expect(throws: ToolError(path: "bad.md", line: 2, column: 8,
      message: "invalid UTF-8 (byte 0xC3); save the file as UTF-8"))
    {
      try DocumentParser.parse(path: "bad.md", bytes: bytes, format: .markdown)
    }
  }

  @Test(arguments: [
    [UInt8]([0xFF]), [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
  ])
  func rejectsMalformedSequences(_ bad: [UInt8]) {
    let bytes = Array("ok\n".utf8) + bad
    #expect(InputValidator.firstInvalidUTF8(bytes) == 3)
    do {
      _ = try DocumentParser.parse(path: "x.txt", bytes: bytes, format: .text)
      Issue.record("expected an error")
    } catch {
      #expect(error.path == "x.txt")
      #expect(error.line == 2)
      #expect(error.column == 1)
    }
  }

  @Test func binaryFilesAreRejected() {
    var bytes = Array("%PDF-1.7 header".utf8)
    bytes.append(0)
    bytes += Array(repeating: UInt8(ascii: "a"), count: 100)
    #expect(throws: ToolError(path: "scan.html", message: "binary file, not linted")) {
      try DocumentParser.parse(path: "scan.html", bytes: bytes, format: .html)
    }
  }

  @Test func utf16FilesAreNamedAsSuchNotAsBinary() {
    let littleEndian: [UInt8] = [0xFF, 0xFE] + Array("Zinc helps.".utf8).flatMap { [$0, 0] }
    let bigEndian: [UInt8] = Array("Zinc helps colds.".utf8).flatMap { [0, $0] }
    for (bytes, encoding) in [(littleEndian, "UTF-16LE"), (bigEndian, "UTF-16BE")] {
      #expect(throws: ToolError(
        path: "u.txt",
        message: "\(encoding) text, not linted; convert it to UTF-8 (for example: iconv -f \(encoding) -t UTF-8)")
      ) {
        try DocumentParser.parse(path: "u.txt", bytes: bytes, format: .text)
      }
    }
  }

  @Test func nulAfterTheProbeIsNotBinaryButStillParses() throws {
    var bytes = Array(repeating: UInt8(ascii: "a"), count: 9000)
    bytes.append(0)
    let document = try DocumentParser.parse(path: "late.txt", bytes: bytes, format: .text)
    #expect(document.blocks.count == 1)
  }

  @Test(arguments: DocumentFormat.allCases) func emptyFiles(_ format: DocumentFormat) throws {
    let document = try DocumentParser.parse(path: "empty", bytes: [], format: format)
    #expect(document.text.isEmpty)
    #expect(document.blocks.isEmpty && document.sentences.isEmpty && document.sections.isEmpty)
    #expect(document.controlComments.isEmpty)
  }

  @Test func formatFromPath() throws {
    let document = try DocumentParser.parse(path: "notes/page.HTM", bytes: Array("<p>Hi.</p>".utf8))
    #expect(document.format == .html)
    #expect(document.path == "notes/page.HTM")
  }

  @Test func sourceTextKnowsAllLineEndings() {
    let source = SourceText("a\r\nb\rc\nd\r")
    #expect(source.lineStarts == [0, 3, 5, 7, 9])
    #expect((1...5).map(source.lineText) == ["a", "b", "c", "d", ""])
    #expect(source.position(of: 5) == SourceText.Position(line: 3, column: 1))
  }

  @Test func documentLookups() throws {
    let document = try parsed("# Title\n\nOne. Two.\n", .markdown)
    let two = try #require(document.scanRange(of: "Two"))
    #expect(document.sentenceIndex(containing: two.lowerBound) == 2)
    #expect(document.blockIndex(containing: two.lowerBound) == 1)
    #expect(document.sectionIndex(containing: two.lowerBound) == 0)
    #expect(document.sentenceIndex(containing: 0) == nil)
  }

  @Test(arguments: DocumentFormat.allCases) func largeInputsComplete(_ format: DocumentFormat) throws {
    let lines = String(repeating: "Zinc *helps*. <b>Ask</b>.\n", count: 200_000)
    let document = try DocumentParser.parse(path: "big", text: lines, format: format)
    #expect(document.sentences.count >= 200_000)
    let single = String(repeating: "Zinc at 40 mg is the limit. ", count: 40_000)
    #expect(try DocumentParser.parse(path: "line", text: single, format: format).sentences.count == 40_000)
  }

  @Test func pathologicalMarkdownCompletes() throws {
    let inputs = [
      String(repeating: "> ", count: 100_000) + "deep quote\n",
      String(repeating: "- ", count: 100_000) + "deep list\n\n" + String(repeating: "  text\n\n", count: 1000),
      "```\n" + String(repeating: "unclosed fence\n", count: 50_000),
      String(repeating: "a <!-- b [c]( `d ", count: 50_000),
      String(repeating: "<div title=\"x ", count: 50_000),
      String(repeating: "[", count: 100_000) + String(repeating: "](", count: 100_000),
      String(repeating: "*_~", count: 100_000),
    ]
    for input in inputs {
      let document = try DocumentParser.parse(path: "p.md", text: input, format: .markdown)
      expectInvariants(document)
    }
  }

  @Test func pathologicalHTMLCompletes() throws {
    let inputs = [
      String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "<li>x</span>", count: 10_000),
      String(repeating: "<p title='x ", count: 50_000),
      "<script>" + String(repeating: "never closed ", count: 50_000),
      String(repeating: "< a <", count: 100_000),
    ]
    for input in inputs {
      let document = try DocumentParser.parse(path: "p.html", text: input, format: .html)
      expectInvariants(document)
    }
  }

  /// The seed page exported from a CMS (one paragraph per line, no blank lines) must parse sensibly.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath))) func cmsExportParsesIntoParagraphs() throws {
    let bytes = try #require(FileManager.default.contents(atPath: Self.seedPath))
    let document = try DocumentParser.parse(path: Self.seedPath, bytes: Array(bytes), format: .markdown)
    expectInvariants(document)
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    let tableLines = lines.filter { $0.hasPrefix("|") }
    // Every non-table line is its own block; the table gives one block per cell.
    #expect(document.blocks.filter { $0.kind == .paragraph }.count == lines.count - tableLines.count)
    #expect(document.blocks.filter { $0.kind == .tableCell }.count == 2 * (tableLines.count - 1))
    // Long lines hold several sentences, and no sentence spans two lines.
    #expect(document.sentences.count > document.blocks.count)
    for sentence in document.sentences { #expect(!document.string(sentence.range).contains("\n")) }
  }

  /// `../shared/seed/…` beside the package, when this machine has it.
  static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/seed/vitamin-d3-k2-benefits.md").path
}
