/// Finds the prose in Markdown (CommonMark + GFM) and masks everything else.
///
/// Block structure follows the CommonMark algorithm line by line: open containers (blockquotes, list items,
/// footnote definitions) are matched first, then new block starts are tried, then the line joins the current
/// leaf (paragraph, code, HTML block, table) or lazily continues a paragraph. Markers (`>`, list markers, `#`,
/// setext underlines, thematic breaks, fences, table pipes) and non-prose leaves (code, front matter, link
/// reference definitions) are masked as they are found. Paragraph-like leaves are queued and their inline
/// content is scanned by ``MarkdownInlineScanner`` at the end, once every reference definition is known.
/// HTML blocks go through ``HTMLScanner``.
///
/// Choices beyond the spec: containers nest at most ``maximumDepth`` deep (deeper markers stay text); a table
/// ends at a line without an unescaped `|` (GFM would make it a row); paragraphs follow ``UnwrappedLines``.
struct MarkdownScanner {
  static let maximumDepth = 100

  enum ContainerKind: Equatable {
    case blockQuote
    /// `required`: columns of indentation a line needs to continue the item.
    case listItem(required: Int)
    case footnote
  }

  struct Container {
    var kind: ContainerKind
    var hasContent: Bool
  }

  enum LeafKind: Equatable {
    case paragraph
    case fencedCode(character: UInt8, length: Int)
    case indentedCode
    case html(type: Int)
    /// Rows are the leaf's lines; the second is the delimiter row.
    case table
  }

  struct Leaf {
    var kind: LeafKind
    var lines: [Range<Int>]
    var blockKind: Block.Kind
    var isQuote: Bool
  }

  /// A range whose inline content still has to be scanned, and the blocks it yields.
  struct InlineJob {
    var range: Range<Int>
    var blocks: [Range<Int>]
    var kind: Block.Kind
    var level: Int
    var isQuote: Bool
  }

  var containers: [Container] = []
  var quoteDepth = 0
  var leaf: Leaf?
  var jobs: [InlineJob] = []
  var references: Set<String> = []

  static func scan(_ buffer: inout ScanBuffer, from start: Int) {
    var scanner = MarkdownScanner()
    let bodyStart = MarkdownFrontMatter.maskFrontMatter(&buffer, from: start)
    var lineStart = bodyStart
    while lineStart < buffer.count {
      let line = SourceLine.at(lineStart, in: buffer.text, limit: buffer.count)
      scanner.process(line, &buffer)
      lineStart = line.next
    }
    scanner.closeLeaf(&buffer)
    scanner.containers.removeAll()
    for job in scanner.jobs {
      let attributes = MarkdownInlineScanner.scan(&buffer, range: job.range, references: scanner.references)
      var next = 0
      for range in job.blocks {
        // Blocks never overlap: text around an `alt`/`title` value becomes separate blocks.
        var start = range.lowerBound
        while next < attributes.count && attributes[next].lowerBound < range.upperBound {
          let value = attributes[next]
          next += 1
          guard value.lowerBound >= start && value.upperBound <= range.upperBound else { continue }
          buffer.addBlock(job.kind, start..<value.lowerBound, level: job.level, isQuote: job.isQuote)
          buffer.addBlock(.alternativeText, value, isQuote: job.isQuote)
          start = value.upperBound
        }
        buffer.addBlock(job.kind, start..<range.upperBound, level: job.level, isQuote: job.isQuote)
      }
    }
  }

  // MARK: Lines

  private mutating func process(_ line: SourceLine, _ buffer: inout ScanBuffer) {
    var cursor = MarkdownLineCursor(line: line)
    var matched = matchContainers(&cursor, line, &buffer)
    let allMatched = matched == containers.count
    if allMatched, continueCodeOrHTML(&cursor, line, &buffer) { return }

    var startedContainer = false
    while true {
      let (indent, firstNonBlank) = cursor.indentation(buffer.text)
      let blank = firstNonBlank >= line.end
      let paragraphInMatchedContainer = leaf?.kind == .paragraph && matched == containers.count && !startedContainer
      if indent >= 4 {
        if blank || leaf?.kind == .paragraph { break }
        close(from: &matched, &buffer)
        closeLeaf(&buffer)
        cursor.advance(columns: 4, buffer.text)
        buffer.mask(cursor.position..<line.end)
        startLeaf(.indentedCode, lines: [])
        return
      }
      if blank { break }
      cursor.advanceToFirstNonBlank(buffer.text)
      let start = firstNonBlank
      let byte = buffer.text[start]
      let canNest = containers.count < Self.maximumDepth

      if byte == UInt8(ascii: ">") && canNest {
        close(from: &matched, &buffer)
        closeLeaf(&buffer)
        buffer.mask(start..<start + 1)
        cursor.advance(bytes: 1)
        cursor.skipOptionalSpace(buffer.text)
        push(.blockQuote, hasContent: true, matched: &matched)
        startedContainer = true
        continue
      }
      if byte == UInt8(ascii: "#"),
        let heading = MarkdownBlockStarts.atxHeading(buffer.text, at: start, end: line.end)
      {
        close(from: &matched, &buffer)
        closeLeaf(&buffer)
        buffer.mask(start..<heading.content.lowerBound)
        buffer.mask(heading.content.upperBound..<line.end)
        markContent()
        jobs.append(
          InlineJob(range: heading.content, blocks: [heading.content], kind: .heading, level: heading.level,
            isQuote: quoteDepth > 0))
        return
      }
      if let fence = MarkdownBlockStarts.openingFence(buffer.text, at: start, end: line.end) {
        close(from: &matched, &buffer)
        closeLeaf(&buffer)
        buffer.mask(start..<line.end)
        startLeaf(.fencedCode(character: fence.character, length: fence.length), lines: [])
        return
      }
      if byte == UInt8(ascii: "<"), let type = MarkdownHTMLBlocks.type(buffer.text, at: start, end: line.end),
        type != 7 || !paragraphInMatchedContainer
      {
        close(from: &matched, &buffer)
        closeLeaf(&buffer)
        startLeaf(.html(type: type), lines: [start..<line.end])
        if type <= 5 && MarkdownHTMLBlocks.ends(type, buffer.text, in: start..<line.end) { closeLeaf(&buffer) }
        return
      }
      if paragraphInMatchedContainer,
        let level = MarkdownBlockStarts.setextLevel(buffer.text, at: start, end: line.end)
      {
        if let paragraph = leaf {
          leaf = nil
          if closeParagraph(paragraph, headingLevel: level, &buffer) {
            buffer.mask(start..<line.end)
            return
          }
        }
      }
      if MarkdownBlockStarts.isThematicBreak(buffer.text, at: start, end: line.end) {
        close(from: &matched, &buffer)
        closeLeaf(&buffer)
        buffer.mask(start..<line.end)
        return
      }
      if canNest, byte == UInt8(ascii: "["),
        let labelEnd = MarkdownBlockStarts.footnoteDefinitionEnd(buffer.text, at: start, end: line.end)
      {
        close(from: &matched, &buffer)
        closeLeaf(&buffer)
        buffer.mask(start..<labelEnd)
        cursor.advance(bytes: labelEnd - start)
        push(.footnote, hasContent: true, matched: &matched)
        startedContainer = true
        continue
      }
      if canNest, let marker = MarkdownBlockStarts.listMarker(buffer.text, at: start, end: line.end),
        startListItem(marker, indent: indent, cursor: &cursor, line: line, matched: &matched,
          interruptsParagraph: paragraphInMatchedContainer, &buffer)
      {
        startedContainer = true
        continue
      }
      // GFM tries tables last, after every core block start.
      if paragraphInMatchedContainer, let paragraph = leaf, let header = paragraph.lines.last,
        let columns = MarkdownBlockStarts.tableDelimiterColumns(buffer.text, start..<line.end),
        MarkdownBlockStarts.tableRow(buffer.text, header).cells.count == columns
      {
        leaf = nil
        var before = paragraph
        before.lines.removeLast()
        if !before.lines.isEmpty { _ = closeParagraph(before, headingLevel: nil, &buffer) }
        leaf = Leaf(kind: .table, lines: [header, start..<line.end], blockKind: .tableCell, isQuote: paragraph.isQuote)
        return
      }
      break
    }
    addText(&cursor, line, matched: &matched, startedContainer: startedContainer, &buffer)
  }

  /// Matches the open containers against the start of the line; returns how many continue.
  private mutating func matchContainers(_ cursor: inout MarkdownLineCursor, _ line: SourceLine,
    _ buffer: inout ScanBuffer) -> Int
  {
    var matched = 0
    while matched < containers.count {
      let (indent, firstNonBlank) = cursor.indentation(buffer.text)
      let blank = firstNonBlank >= line.end
      switch containers[matched].kind {
      case .blockQuote:
        guard indent <= 3, !blank, buffer.text[firstNonBlank] == UInt8(ascii: ">") else { return matched }
        cursor.advanceToFirstNonBlank(buffer.text)
        buffer.mask(firstNonBlank..<firstNonBlank + 1)
        cursor.advance(bytes: 1)
        cursor.skipOptionalSpace(buffer.text)
      case .listItem(let required):
        if blank {
          guard containers[matched].hasContent else { return matched }
        } else {
          guard indent >= required else { return matched }
          cursor.advance(columns: required, buffer.text)
        }
      case .footnote:
        if !blank {
          guard indent >= 4 else { return matched }
          cursor.advance(columns: 4, buffer.text)
        }
      }
      matched += 1
    }
    return matched
  }

  /// Adds the line to an open fenced code block, indented code block or HTML block; false when the line is
  /// not for them.
  private mutating func continueCodeOrHTML(_ cursor: inout MarkdownLineCursor, _ line: SourceLine,
    _ buffer: inout ScanBuffer) -> Bool
  {
    guard let current = leaf else { return false }
    let (indent, firstNonBlank) = cursor.indentation(buffer.text)
    let blank = firstNonBlank >= line.end
    switch current.kind {
    case .fencedCode(let character, let length):
      if !blank && indent <= 3
        && MarkdownBlockStarts.isClosingFence(buffer.text, at: firstNonBlank, end: line.end, character: character,
          length: length)
      {
        leaf = nil
      }
      buffer.mask(line.content)
      return true
    case .indentedCode:
      guard blank || indent >= 4 else { return false }
      buffer.mask(line.content)
      return true
    case .html(let type):
      if blank && type >= 6 {
        closeLeaf(&buffer)
        return true
      }
      leaf?.lines.append(cursor.position..<line.end)
      if type <= 5 && MarkdownHTMLBlocks.ends(type, buffer.text, in: line.content) { closeLeaf(&buffer) }
      return true
    case .paragraph, .table:
      return false
    }
  }
}
