/// Opening and closing containers and leaves of the ``MarkdownScanner``.
extension MarkdownScanner {
  /// Adds a line that started no block: a lazy paragraph continuation, a table row, or paragraph text.
  mutating func addText(_ cursor: inout MarkdownLineCursor, _ line: SourceLine, matched: inout Int,
    startedContainer: Bool, _ buffer: inout ScanBuffer)
  {
    let (_, firstNonBlank) = cursor.indentation(buffer.text)
    let blank = firstNonBlank >= line.end
    let content = firstNonBlank..<line.end
    if !startedContainer && matched < containers.count && !blank && leaf?.kind == .paragraph {
      leaf?.lines.append(content)
      return
    }
    close(from: &matched, &buffer)
    if blank {
      if leaf?.kind == .paragraph || leaf?.kind == .table { closeLeaf(&buffer) }
      return
    }
    switch leaf?.kind {
    case .paragraph:
      leaf?.lines.append(content)
    case .table where MarkdownBlockStarts.hasPipe(buffer.text, content):
      leaf?.lines.append(content)
    default:
      closeLeaf(&buffer)
      startLeaf(.paragraph, lines: [content])
    }
  }

  /// Opens a list item for `marker` unless it may not interrupt the current paragraph.
  mutating func startListItem(_ marker: MarkdownBlockStarts.ListMarker, indent: Int,
    cursor: inout MarkdownLineCursor, line: SourceLine, matched: inout Int, interruptsParagraph: Bool,
    _ buffer: inout ScanBuffer) -> Bool
  {
    let start = cursor.position
    let markerWidth = marker.end - start
    var probe = cursor
    probe.advance(bytes: markerWidth)
    let (spaces, afterSpaces) = probe.indentation(buffer.text)
    let blankAfter = afterSpaces >= line.end
    if interruptsParagraph && (blankAfter || (marker.isOrdered && marker.number != 1)) { return false }
    let padding = blankAfter || spaces >= 5 ? 1 : spaces
    close(from: &matched, &buffer)
    closeLeaf(&buffer)
    buffer.mask(start..<marker.end)
    cursor.advance(bytes: markerWidth)
    cursor.advance(columns: padding, buffer.text)
    push(.listItem(required: indent + markerWidth + padding), hasContent: !blankAfter, matched: &matched)
    return true
  }

  mutating func push(_ kind: ContainerKind, hasContent: Bool, matched: inout Int) {
    markContent()
    containers.append(Container(kind: kind, hasContent: hasContent))
    if kind == .blockQuote { quoteDepth += 1 }
    matched = containers.count
  }

  /// Closes the containers after the first `matched` (and the leaf inside them).
  mutating func close(from matched: inout Int, _ buffer: inout ScanBuffer) {
    if matched < containers.count {
      closeLeaf(&buffer)
      for container in containers[matched...] where container.kind == .blockQuote { quoteDepth -= 1 }
      containers.removeSubrange(matched...)
    }
    matched = containers.count
  }

  /// Marks the innermost container as no longer empty.
  mutating func markContent() {
    if !containers.isEmpty { containers[containers.count - 1].hasContent = true }
  }

  mutating func startLeaf(_ kind: LeafKind, lines: [Range<Int>]) {
    markContent()
    var blockKind = Block.Kind.paragraph
    if case .listItem = containers.last?.kind { blockKind = .listItem }
    leaf = Leaf(kind: kind, lines: lines, blockKind: blockKind, isQuote: quoteDepth > 0)
  }

  mutating func closeLeaf(_ buffer: inout ScanBuffer) {
    guard let current = leaf else { return }
    leaf = nil
    switch current.kind {
    case .paragraph:
      _ = closeParagraph(current, headingLevel: nil, &buffer)
    case .table:
      closeTable(current, &buffer)
    case .html:
      guard let first = current.lines.first, let last = current.lines.last else { return }
      HTMLScanner.scan(&buffer, range: first.lowerBound..<last.upperBound, kind: current.blockKind,
        isQuote: current.isQuote)
    case .fencedCode, .indentedCode:
      break
    }
  }

  /// Masks the link reference definitions at the start of a paragraph and queues the rest (as a heading of
  /// `headingLevel` for setext headings). Returns false when nothing but definitions was left.
  mutating func closeParagraph(_ paragraph: Leaf, headingLevel: Int?, _ buffer: inout ScanBuffer) -> Bool {
    let lines = paragraph.lines
    guard let last = lines.last else { return false }
    var first = 0
    while first < lines.count,
      let (end, label) = MarkdownLinkSyntax.referenceDefinition(buffer.text, at: lines[first].lowerBound,
        limit: last.upperBound, finder: &buffer.finder)
    {
      buffer.mask(lines[first].lowerBound..<end)
      references.insert(label)
      while first < lines.count && lines[first].lowerBound < end { first += 1 }
    }
    guard first < lines.count else { return false }
    let remaining = Array(lines[first...])
    let range = remaining[0].lowerBound..<last.upperBound
    if let headingLevel {
      jobs.append(InlineJob(range: range, blocks: [range], kind: .heading, level: headingLevel,
        isQuote: paragraph.isQuote))
    } else {
      jobs.append(InlineJob(range: range, blocks: UnwrappedLines.blockRanges(remaining), kind: paragraph.blockKind,
        level: 0, isQuote: paragraph.isQuote))
    }
    return true
  }

  /// Masks a table's pipes and delimiter row and queues each cell.
  mutating func closeTable(_ table: Leaf, _ buffer: inout ScanBuffer) {
    for (index, row) in table.lines.enumerated() {
      let (cells, pipes) = MarkdownBlockStarts.tableRow(buffer.text, row)
      for pipe in pipes { buffer.mask(pipe..<pipe + 1) }
      if index == 1 {
        buffer.mask(row)
        continue
      }
      for cell in cells {
        let trimmed = ScanBuffer.trimmed(cell, in: buffer.text)
        guard !trimmed.isEmpty else { continue }
        jobs.append(InlineJob(range: trimmed, blocks: [trimmed], kind: .tableCell, level: 0, isQuote: table.isQuote))
      }
    }
  }
}
