import Yams

/// Finds the `line:col` in a YAML file of a byte offset inside a scalar's value.
///
/// The value of a scalar is not its text in the file: quotes, escapes (`''`, `\\`, `\"`) and block
/// indentation come in between. The locator walks the file text from the scalar's mark and decodes as
/// it goes until it reaches the offset. Folded and multi-line flow scalars are approximated at line
/// granularity; single-line scalars (the usual pattern) are exact.
struct ScalarLocator {
  let marks: YAMLMarks
  var source: SourceText { marks.source }

  init(text: String) {
    marks = YAMLMarks(text: text)
  }

  /// Where `node` starts, as messages show it.
  func position(of node: Node?) -> SourceText.Position { marks.position(of: node) }

  /// Where `node` of `file` starts, through the file's locator (libyaml's own mark when it has none).
  static func position(of node: Node?, in file: String, _ locators: [String: ScalarLocator]) -> SourceText.Position {
    locators[file]?.position(of: node) ?? SourceText.Position(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
  }

  /// The 1-based line and column (in Unicode scalars) of `offset` bytes into the value of `node`.
  func position(of offset: Int, in node: Node) -> (line: Int, column: Int)? {
    guard case .scalar(let scalar) = node, let mark = node.mark else { return nil }
    let start = marks.offset(line: mark.line, column: mark.column)
    let value = Array(scalar.string.utf8)
    let target = min(max(offset, 0), value.count)
    switch scalar.style {
    case .literal, .folded:
      return blockPosition(of: target, value: value, indicatorLine: source.position(of: start).line)
    case .singleQuoted:
      return flowPosition(of: target, from: start + 1) { bytes, index in
        bytes[index] == UInt8(ascii: "'") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "'") ? 2 : nil
      }
    case .doubleQuoted:
      return flowPosition(of: target, from: start + 1) { bytes, index in
        guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "x"): return 4
        case UInt8(ascii: "u"): return 6
        case UInt8(ascii: "U"): return 10
        default: return 2
        }
      }
    default:
      return flowPosition(of: target, from: start) { _, _ in nil }
    }
  }

  /// Walks raw bytes from `start`, counting one decoded unit per raw sequence (escapes use `escapeLength`).
  private func flowPosition(
    of target: Int, from start: Int, escapeLength: ([UInt8], Int) -> Int?
  ) -> (line: Int, column: Int) {
    let bytes = source.bytes
    var raw = start
    var decoded = 0
    while decoded < target && raw < bytes.count {
      if let escape = escapeLength(bytes, raw) {
        raw += escape
        decoded += 1
      } else {
        let length = SourceText.sequenceLength(bytes[raw])
        raw += length
        decoded += length
      }
    }
    let position = source.position(of: raw)
    return (position.line, position.column)
  }

  /// Block scalars: the value's lines are the file's lines after the indicator, minus the indentation.
  private func blockPosition(of target: Int, value: [UInt8], indicatorLine: Int) -> (line: Int, column: Int) {
    let before = value[..<target]
    let lineInValue = before.filter { $0 == UInt8(ascii: "\n") }.count
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let columnInValue = String(decoding: value[lineStart..<target], as: UTF8.self).unicodeScalars.count
    // Find the indentation of the first non-empty content line.
    var line = indicatorLine + 1
    var indent = 0
    while line <= source.lineStarts.count {
      let text = source.lineText(line)
      if !text.trimmedWhitespace.isEmpty {
        indent = text.prefix { $0 == " " }.count
        break
      }
      line += 1
    }
    return (indicatorLine + 1 + lineInValue, indent + 1 + columnInValue)
  }
}
