import Testing

@testable import ClaimLintCore

/// Line and column conversion: the checkpointed count on long lines equals counting from the line start.
@Suite struct SourceTextTests {
  /// Columns counted the slow way: the scalars (or UTF-16 units) of the line before `offset`.
  func naiveColumn(_ text: String, _ offset: Int, unit: SourceText.ColumnUnit) -> Int {
    let bytes = Array(text.utf8)
    let lineStart = (bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
    let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
    return 1 + (unit == .utf16 ? prefix.utf16.count : prefix.unicodeScalars.count)
  }

  @Test func columnsOnLongMixedLinesMatchACountFromTheLineStart() {
    var random = SeededRandom(state: 42)
    let pieces = ["a", "word ", "é", "药", "🙂", "\n", "  ", "e\u{301}"]
    var text = ""
    for _ in 0..<6000 {
      // Line breaks are rare, so most lines run over several checkpoints.
      let piece = pieces[random.next(pieces.count)]
      text += piece == "\n" && random.next(200) != 0 ? "x" : piece
    }
    let source = SourceText(text)
    let utf8Starts = Set(text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) })
    #expect(source.bytes.count > 4 * SourceText.checkpointStride)
    for _ in 0..<300 {
      let offset = random.next(source.bytes.count + 1)
      guard utf8Starts.contains(offset) || offset == source.bytes.count else { continue }
      for unit in [SourceText.ColumnUnit.scalars, .utf16] {
        #expect(source.position(of: offset, unit: unit).column == naiveColumn(text, offset, unit: unit))
      }
    }
  }

  @Test func theLastCheckpointCoversTheEndOfTheFile() {
    let text = String(repeating: "ab", count: SourceText.checkpointStride * 3 / 2)
    let source = SourceText(text)
    #expect(source.position(of: text.utf8.count).column == text.utf8.count + 1)
    #expect(source.position(of: text.utf8.count - 1, unit: .utf16).column == text.utf8.count)
  }

  @Test func scalarStartStepsBackOutOfASequence() {
    let source = SourceText("a🙂b")
    #expect(source.scalarStart(atOrBefore: 3) == 1)
    #expect(source.scalarStart(atOrBefore: 5) == 5)
    #expect(source.scalarStart(atOrBefore: 99) == 6)
  }
}
