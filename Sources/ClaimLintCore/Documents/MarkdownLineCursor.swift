/// A position in one Markdown line that counts columns the CommonMark way (tabs stop every 4 columns and
/// can be consumed partly, as when `>\tcode` opens a blockquote).
struct MarkdownLineCursor {
  /// End of the line's content.
  let end: Int
  /// Current byte; when a tab is partly consumed it still points at the tab.
  private(set) var position: Int
  /// Current visual column.
  private(set) var column: Int

  init(line: SourceLine) {
    end = line.end
    position = line.start
    column = 0
  }

  /// Columns of spaces and tabs from the cursor, and the offset of the first other byte (`end` if none).
  func indentation(_ text: [UInt8]) -> (columns: Int, firstNonBlank: Int) {
    var current = column
    var index = position
    while index < end {
      let byte = text[index]
      if byte == ByteClass.space {
        current += 1
      } else if byte == ByteClass.tab {
        current += 4 - current % 4
      } else {
        break
      }
      index += 1
    }
    return (current - column, index)
  }

  /// Consumes `count` columns of spaces and tabs (splitting a tab if needed).
  mutating func advance(columns count: Int, _ text: [UInt8]) {
    let target = column + count
    while column < target && position < end {
      let byte = text[position]
      if byte == ByteClass.space {
        column += 1
        position += 1
      } else if byte == ByteClass.tab {
        let width = 4 - column % 4
        if column + width <= target {
          column += width
          position += 1
        } else {
          column = target
        }
      } else {
        break
      }
    }
  }

  /// Moves to the first non-blank byte.
  mutating func advanceToFirstNonBlank(_ text: [UInt8]) {
    let (columns, _) = indentation(text)
    advance(columns: columns, text)
  }

  /// Consumes `count` bytes that are not spaces or tabs (markers such as `>` or `1.`).
  mutating func advance(bytes count: Int) {
    position += count
    column += count
  }

  /// Consumes one optional space or one column of a tab (after `>`).
  mutating func skipOptionalSpace(_ text: [UInt8]) {
    if position < end && ByteClass.isBlank(text[position]) { advance(columns: 1, text) }
  }
}
