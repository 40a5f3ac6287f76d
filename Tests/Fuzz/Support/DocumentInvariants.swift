@testable import ClaimLintCore

/// Parses `bytes` as `format` and checks the position invariants the scanners promise.
public func checkDocument(_ bytes: [UInt8], format: DocumentFormat) {
  guard let document = try? DocumentParser.parse(path: "fuzz", bytes: bytes, format: format) else { return }
  let source = document.source.bytes
  check(document.text.count == source.count || !document.offsets.anchors.isEmpty,
        "masked text length \(document.text.count) differs from source \(source.count) without anchors")
  checkRanges(document.blocks.map(\.range), in: document, "block")
  checkRanges(document.sentences.map(\.range), in: document, "sentence")
  checkRanges(document.sections.map(\.range), in: document, "section")
  for comment in document.controlComments {
    check(comment.range.lowerBound >= 0 && comment.range.upperBound <= source.count, "comment \(comment.range)")
  }
  checkLines(document.source)
}

/// Every range lies in the scan text, and maps to a range inside the source.
private func checkRanges(_ ranges: [Range<Int>], in document: Document, _ what: String) {
  for range in ranges {
    check(range.lowerBound >= 0 && range.upperBound <= document.text.count,
          "\(what) \(range) outside scan text of \(document.text.count) bytes")
    let mapped = document.sourceRange(range)
    check(mapped.lowerBound >= 0 && mapped.upperBound <= document.source.bytes.count,
          "\(what) \(range) maps to \(mapped), outside source of \(document.source.bytes.count) bytes")
    _ = document.string(range)
  }
}

/// Line and column round-trip: each offset's line contains it, and columns grow along a line.
private func checkLines(_ source: SourceText) {
  let count = source.bytes.count
  let step = max(1, count / 64)
  for offset in stride(from: 0, through: count, by: step) {
    let line = source.line(containing: offset)
    let range = source.lineRange(line)
    check(range.lowerBound <= offset && offset <= range.upperBound + 2,
          "offset \(offset) not in its line \(line) \(range)")
    let position = source.position(of: offset)
    check(position.line == line && position.column >= 1, "position \(position) of \(offset), line \(line)")
  }
}
