/// A piece of a document as the `html` report lays it out: a heading, a paragraph, a whole list, a whole
/// table or an image's text, made of the document's blocks.
struct ProseUnit: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case heading(level: Int)
    case paragraph
    case list(ordered: Bool)
    /// Rows of cells (block indices); the first row is a header row when `header` says so.
    case table(rows: [[Int]], header: Bool)
    case alternativeText
  }

  var kind: Kind
  /// Indices into the document's blocks, in order.
  var blocks: [Int]
  /// Whether the blocks are quoted.
  var isQuote: Bool

  /// The document's blocks grouped into units: consecutive list items of one kind into a list, consecutive
  /// table cells into a table whose rows break where a line (Markdown) or a `<tr>` (HTML) ends.
  static func units(of document: Document) -> [ProseUnit] {
    var units: [ProseUnit] = []
    for (index, block) in document.blocks.enumerated() {
      if let last = units.last, last.continues(with: block, at: index, in: document) {
        units[units.count - 1].append(index, in: document)
        continue
      }
      units.append(ProseUnit(starting: index, in: document))
    }
    return units
  }

  private init(starting index: Int, in document: Document) {
    let block = document.blocks[index]
    blocks = [index]
    isQuote = block.isQuote
    switch block.kind {
    case .heading: kind = .heading(level: max(1, min(6, block.headingLevel)))
    case .paragraph: kind = .paragraph
    case .alternativeText: kind = .alternativeText
    case .listItem: kind = .list(ordered: Self.isOrdered(index, in: document))
    case .tableCell: kind = .table(rows: [[index]], header: Self.isHeaderCell(index, in: document))
    }
  }

  /// Whether block `index` belongs to this list or table.
  private func continues(with block: Block, at index: Int, in document: Document) -> Bool {
    guard block.isQuote == isQuote else { return false }
    switch (kind, block.kind) {
    case (.list(let ordered), .listItem):
      // In HTML a new `<ol>` or `<ul>` starts a new list; in Markdown and text, a change of marker.
      guard document.format == .html else { return Self.isOrdered(index, in: document) == ordered }
      let between = Self.markup(before: index, in: document)
      return !Self.containsTag("ol", in: between) && !Self.containsTag("ul", in: between)
    case (.table, .tableCell): return true
    default: return false
    }
  }

  /// Adds block `index` to this list or table, starting a row when the markup between the cells ends one.
  private mutating func append(_ index: Int, in document: Document) {
    blocks.append(index)
    guard case .table(var rows, let header) = kind else { return }
    let between = Self.markup(before: index, in: document)
    let breaksRow =
      document.format == .html
      ? Self.containsTag("tr", in: between) || Self.containsTag("/tr", in: between)
      : between.contains(ByteClass.newline) || between.contains(ByteClass.carriageReturn)
    if breaksRow { rows.append([index]) } else { rows[rows.count - 1].append(index) }
    kind = .table(rows: rows, header: header)
  }

  /// The source bytes between the end of the block before `index` (or the file's start) and block `index`.
  static func markup(before index: Int, in document: Document) -> ArraySlice<UInt8> {
    let end = document.sourceRange(document.blocks[index].range).lowerBound
    let start = index > 0 ? min(end, document.sourceRange(document.blocks[index - 1].range).upperBound) : 0
    return document.source.bytes[start..<end]
  }

  /// A list is ordered when a number stands before its item, or (in HTML) an `<ol>` opens it.
  private static func isOrdered(_ index: Int, in document: Document) -> Bool {
    let before = markup(before: index, in: document)
    if document.format == .html { return containsTag("ol", in: before) }
    let marker = before.reversed().drop(while: ByteClass.isBlank)
    guard let last = marker.first, last == UInt8(ascii: ".") || last == UInt8(ascii: ")") else { return false }
    return marker.dropFirst().first.map(ByteClass.isDigit) ?? false
  }

  /// The first row is a header row in a Markdown table, and in HTML when a `<th>` opens its first cell.
  private static func isHeaderCell(_ index: Int, in document: Document) -> Bool {
    document.format == .markdown
      || (document.format == .html && containsTag("th", in: markup(before: index, in: document)))
  }

  /// Whether `bytes` holds `<name` followed by `>`, a space or `/`, in any case.
  static func containsTag(_ name: String, in bytes: ArraySlice<UInt8>) -> Bool {
    let pattern = Array(("<" + name).utf8)
    var index = bytes.startIndex
    while index + pattern.count < bytes.endIndex {
      let matches = zip(pattern, bytes[index...]).allSatisfy { ByteClass.lowercased($1) == $0 }
      let next = bytes[index + pattern.count]
      if matches && (next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || ByteClass.isWhitespace(next)) {
        return true
      }
      index += 1
    }
    return false
  }
}
