extension ProseUnit {
  /// Writes the unit as HTML: headings two levels down (the report and the file take `h1` and `h2`),
  /// paragraphs, lists, tables and image text, each block's inline content from ``ProseInline``.
  ///
  /// - Parameters:
  ///   - findings: the findings that overlap a block, by block index.
  ///   - badged: the IDs of the findings whose badges go in this unit.
  func write(
    _ document: Document, findings: (Int) -> [PlacedFinding], badged: Set<String>, into writer: inout HTMLWriter
  ) {
    if isQuote { writer.open("blockquote") }
    func inline(_ block: Int, _ writer: inout HTMLWriter) {
      ProseInline(document: document, findings: findings(block), badged: badged)
        .render(document.blocks[block].range, into: &writer)
    }
    switch kind {
    case .heading(let level):
      writer.open(Self.headingElement(level), [("class", "h\(level)")])
      inline(blocks[0], &writer)
      writer.close(Self.headingElement(level))
    case .paragraph:
      writer.element("p") { inline(blocks[0], &$0) }
    case .alternativeText:
      writer.element("p", [("class", "alt")]) { writer in
        writer.element("span", [("class", "alt-label")], text: "Image or link text: ")
        inline(blocks[0], &writer)
      }
    case .list(let ordered):
      writer.open(ordered ? "ol" : "ul")
      for block in blocks { writer.element("li") { inline(block, &$0) } }
      writer.close(ordered ? "ol" : "ul")
    case .table(let rows, let header):
      writeTable(rows, header: header, into: &writer) { inline($0, &$1) }
    }
    if isQuote { writer.close("blockquote") }
  }

  /// A table, its first row as column headers when `header`.
  private func writeTable(
    _ rows: [[Int]], header: Bool, into writer: inout HTMLWriter, _ cell: (Int, inout HTMLWriter) -> Void
  ) {
    writer.element("div", [("class", "table")]) { writer in
      writer.element("table") { writer in
        for (index, row) in rows.enumerated() {
          writer.element("tr") { writer in
            for block in row {
              let isHeader = header && index == 0
              writer.open(isHeader ? "th" : "td", isHeader ? [("scope", "col")] : [])
              cell(block, &writer)
              writer.close(isHeader ? "th" : "td")
            }
          }
        }
      }
    }
  }

  /// `h3` for a level-1 heading down to `h6` for levels 4 to 6.
  private static func headingElement(_ level: Int) -> StaticString {
    switch level {
    case 1: "h3"
    case 2: "h4"
    case 3: "h5"
    default: "h6"
    }
  }
}
