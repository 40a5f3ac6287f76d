extension Document {
  /// The document's lead: its title and first paragraph, as indices into ``blocks``.
  ///
  /// Leading headings (or short title-like lines without closing punctuation, as in files that put the
  /// title on its own line) are taken with the first block that reads as a paragraph; at most three blocks.
  public var leadBlocks: Range<Int> {
    var end = 0
    while end < blocks.count && end < 3 {
      let block = blocks[end]
      end += 1
      if block.kind != .heading && !looksLikeTitle(block) { break }
    }
    return 0..<end
  }

  /// The scan range of the lead, or an empty range for an empty document.
  public var leadRange: Range<Int> {
    let lead = leadBlocks
    guard let first = lead.first, let last = lead.last else { return 0..<0 }
    return blocks[first].range.lowerBound..<blocks[last].range.upperBound
  }

  /// A short block without closing punctuation, such as a title line in an unformatted file.
  private func looksLikeTitle(_ block: Block) -> Bool {
    // Sixteen words fit in far fewer bytes; a long block is never read whole for this.
    guard block.range.count <= 1024 else { return false }
    let text = string(block.range).trimmedWhitespace
    guard let last = text.unicodeScalars.last else { return false }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    return words <= 16 && !".!?:;…\"”’)".unicodeScalars.contains(last)
  }
}
