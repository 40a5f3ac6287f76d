/// The part of a source line a snippet quotes: the whole line, or for a line over
/// `Snippet.windowThreshold` bytes a capped window around the span with `…` at each cut end.
///
/// Quoting a window keeps the `text` format linear in the file: a finding on a long line prints
/// at most a few hundred bytes of it, never the whole line once per finding.
struct SnippetWindow: Sendable {
  /// The text to lay out, with the ellipsis markers.
  let text: String
  /// Subtract from a scalar column of the line to get the column in `text`.
  let columnShift: Int

  /// The window of `line` that shows the bytes `segment` (clamped to the line).
  init(line: Int, showing segment: Range<Int>, in source: SourceText) {
    let range = source.lineRange(line)
    guard range.count > Snippet.windowThreshold else {
      self.text = source.text(in: range)
      self.columnShift = 0
      return
    }
    let segmentStart = min(max(segment.lowerBound, range.lowerBound), range.upperBound)
    let segmentEnd = min(max(segment.upperBound, segmentStart), range.upperBound)
    let lower = source.scalarStart(atOrBefore: max(range.lowerBound, segmentStart - Snippet.windowContext))
    let cap = lower + Snippet.windowLimit
    var upper = min(range.upperBound, segmentEnd + Snippet.windowContext, cap)
    if upper < range.upperBound { upper = max(lower, source.scalarStart(atOrBefore: upper)) }
    let prefix = lower > range.lowerBound ? "…" : ""
    let suffix = upper < range.upperBound ? "…" : ""
    self.text = prefix + source.text(in: lower..<upper) + suffix
    let lowerColumn = source.position(of: lower).column
    self.columnShift = lowerColumn - 1 - (prefix.isEmpty ? 0 : 1)
  }
}
