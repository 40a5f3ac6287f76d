import Yams

/// libyaml's positions in a file, as messages show them: a mark's 1-based line and column as a byte offset
/// and as a ``SourceText`` position. The two disagree on lines: libyaml also ends one at NEL (U+0085),
/// LS (U+2028) and PS (U+2029), and puts the end of a file without a final line break on a line after the
/// last; so every mark goes through its byte offset, and one past the end is the end of the file.
struct YAMLMarks {
  let source: SourceText
  /// libyaml's lines: (start, end of text) byte offsets, with the same breaks as YAML 1.1.
  private let lines: [(start: Int, end: Int)]

  init(text: String) {
    source = SourceText(text)
    lines = Self.yamlLines(source.bytes)
  }

  /// The byte offset of libyaml's `line` and `column` (which counts characters; a byte-order mark is one).
  func offset(line: Int, column: Int) -> Int {
    guard line >= 1, line <= lines.count else { return source.bytes.count }
    let (start, end) = lines[line - 1]
    var offset = start
    var characters = column - 1
    while characters > 0, offset < end {
      offset = min(end, offset + SourceText.sequenceLength(source.bytes[offset]))
      characters -= 1
    }
    return offset
  }

  /// The ``SourceText`` position of libyaml's `line` and `column`.
  func position(line: Int, column: Int) -> SourceText.Position {
    source.position(of: offset(line: line, column: column))
  }

  /// Where `node` starts, or the top of the file for none.
  func position(of node: Node?) -> SourceText.Position {
    guard let mark = node?.mark else { return SourceText.Position(line: 1, column: 1) }
    return position(line: mark.line, column: mark.column)
  }

  private static func yamlLines(_ bytes: [UInt8]) -> [(start: Int, end: Int)] {
    var lines: [(start: Int, end: Int)] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      var width = 0
      switch bytes[index] {
      case 0x0A: width = 1
      case 0x0D: width = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
      case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: width = 2
      case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        width = 3
      default: break
      }
      if width > 0 {
        lines.append((start, index))
        start = index + width
        index = start
      } else {
        index += 1
      }
    }
    lines.append((start, bytes.count))
    return lines
  }
}
