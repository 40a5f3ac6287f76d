/// The unwrapped-lines rule for Markdown and plain-text paragraphs.
///
/// Files exported from a CMS or a word processor often put each paragraph on one long line with no blank
/// line between paragraphs, and headings on short lines of their own. Hard-wrapped text never has lines that
/// long. So: **within a paragraph, if any line is longer than 160 bytes, the author is not hard-wrapping, and
/// each line is its own paragraph block.** Otherwise the lines form one block, as CommonMark says.
enum UnwrappedLines {
  /// Lines longer than this many bytes (without the line terminator) mark an unwrapped paragraph.
  static let maximumWrappedLineLength = 160

  /// The block ranges for a paragraph made of `lines` (content ranges, in order).
  static func blockRanges(_ lines: [Range<Int>]) -> [Range<Int>] {
    guard let first = lines.first, let last = lines.last else { return [] }
    if lines.contains(where: { $0.count > maximumWrappedLineLength }) { return lines }
    return [first.lowerBound..<last.upperBound]
  }
}
