/// A finding's source text quoted as written, for findings outside the prose and files that cannot be
/// parsed: the span highlighted, with the rest of its lines around it, at most ``context`` bytes each
/// side and ``spanShown`` bytes of the span, so a huge line or span stays short.
struct SourceExcerpt {
  let source: SourceText
  let finding: PlacedFinding

  static let context = 120
  static let spanShown = 400

  func write(into writer: inout HTMLWriter) {
    let span = finding.location
    let start = span.offset
    let end = start + span.length
    let lineStart = source.lineRange(span.start.line).lowerBound
    let lineEnd = source.lineRange(span.lastLine).upperBound
    let before = snap(max(lineStart, start - Self.context))..<start
    let shownEnd = end - start > Self.spanShown ? snap(start + Self.spanShown) : end
    let after = end..<snap(min(max(end, lineEnd), end + Self.context))
    writer.element("pre", [("class", "excerpt")]) { writer in
      writer.text("line \(span.start.line): ")
      if before.lowerBound > lineStart { writer.text("…") }
      writer.text(source.text(in: before))
      writer.element(
        "mark", [("class", "sev-\(finding.diagnostic.severity.rawValue)"), ("data-f", finding.id)],
        text: source.text(in: start..<shownEnd))
      if shownEnd < end { writer.text("…") }
      FindingCard.badge(finding, into: &writer)
      writer.text(source.text(in: after))
      if after.upperBound < max(end, lineEnd) { writer.text("…") }
    }
  }

  /// `offset` moved back to the start of the UTF-8 sequence it falls in.
  private func snap(_ offset: Int) -> Int {
    var offset = min(max(offset, 0), source.bytes.count)
    while offset > 0 && offset < source.bytes.count && source.bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }
}
