/// The lines of a file that hold prose (text rules read), for `claimlint-disable-next-line`.
struct ProseLines {
  /// Sorted 1-based line numbers.
  let lines: [Int]

  init(_ document: Document) {
    var found = Set<Int>()
    let text = document.text
    for block in document.blocks {
      var index = block.range.lowerBound
      let end = min(block.range.upperBound, text.count)
      while index < end {
        if Self.isSpace(text[index]) {
          index += 1
          continue
        }
        // A run of non-space bytes never crosses a line break, so its start names its line.
        found.insert(document.source.line(containing: document.offsets.sourceOffset(index)))
        while index < end && !Self.isSpace(text[index]) { index += 1 }
      }
    }
    lines = found.sorted()
  }

  /// The first prose line after `line`, or `nil`.
  func first(after line: Int) -> Int? {
    var low = 0
    var high = lines.count
    while low < high {
      let mid = (low + high) / 2
      if lines[mid] <= line { low = mid + 1 } else { high = mid }
    }
    return low < lines.count ? lines[low] : nil
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
  }
}
