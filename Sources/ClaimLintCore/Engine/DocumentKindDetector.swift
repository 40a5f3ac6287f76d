/// Decides the ``DocumentKind`` of a document and of each of its sections from its signals.
///
/// A price, a cart or a supplement label anywhere makes the whole document a product page. Otherwise the
/// seller's voice or a product name as the title does, unless the document reads as news (two or more
/// attributions or study reports) or as a reference page (two or more reference headings); those then
/// decide. A section of an article whose heading names a product by its form promotes that product even
/// when the rest of the article does not (a brand name alone as a section heading does not: a reference
/// page may list brands), and so do the sections under it.
struct DocumentKindDetector {
  let document: Document
  let signals: DocumentKindSignals

  /// How many matches of news and reference signals tip the balance.
  static let voiceThreshold = 2

  func kinds() -> (document: DocumentKind, sections: [DocumentKind]) {
    let kind = documentKind(in: 0..<document.text.count)
    guard kind == .article else { return (kind, document.sections.map { _ in kind }) }
    var kinds: [DocumentKind] = []
    for (index, section) in document.sections.enumerated() {
      let promotes =
        section.heading.map { isProductName(document.blocks[$0], asTitle: false) } == true
        || enclosingSection(of: index).map { kinds[$0] == .product } == true
      kinds.append(promotes ? .product : kind)
    }
    return (kind, kinds)
  }

  /// The nearest earlier section whose heading is of a higher level: "## Benefits" under "# Vitaroot Tea".
  private func enclosingSection(of index: Int) -> Int? {
    guard let heading = document.sections[index].heading else { return nil }
    let level = document.blocks[heading].headingLevel
    return document.sections[..<index].lastIndex { section in
      section.heading.map { document.blocks[$0].headingLevel < level } ?? false
    }
  }

  private func documentKind(in range: Range<Int>) -> DocumentKind {
    if count(signals.commerce, in: range) + count(signals.label, in: range) > 0 { return .product }
    let news = document.blocks.filter { $0.kind != .heading }.reduce(0) { $0 + count(signals.news, in: $1.range) }
    let reference = document.blocks.filter { $0.kind == .heading && count(signals.reference, in: $0.range) > 0 }.count
    let sells = count(signals.voice, in: range) > 0 || title.map { isProductName($0, asTitle: true) } == true
    if sells && news < Self.voiceThreshold && reference < Self.voiceThreshold { return .product }
    if reference >= Self.voiceThreshold { return .reference }
    if news >= Self.voiceThreshold { return .news }
    return .article
  }

  /// The document's title: its first heading, or a title-like first line of the lead.
  private var title: Block? {
    document.leadBlocks.lazy.map { document.blocks[$0] }.first { $0.kind == .heading } ?? document.blocks.first
  }

  /// A short heading (or title line) that names a product, by a product word or (when `asTitle`) a
  /// weaker sign such as a brand-like token. A headline or question ("Fighting Cancer with Immunotherapy", "Should I take a
  /// supplement?") names none: a name has no prepositions, auxiliaries or question words.
  private func isProductName(_ block: Block, asTitle: Bool) -> Bool {
    let text = document.string(block.range).trimmedWhitespace
    // Words in brackets qualify the name: "Fish Oil (Lemon Flavour)".
    let words = Self.withoutBrackets(text).split(whereSeparator: \.isWhitespace)
    guard !words.isEmpty, words.count <= 8, !text.hasSuffix("?"),
      !words.contains(where: { Self.headlineWords.contains($0.lowercased()) })
    else { return false }
    return count(signals.productName, in: block.range) > 0 || (asTitle && count(signals.productTitle, in: block.range) > 0)
  }

  /// Words that make a heading a headline or a question rather than a name.
  static let headlineWords: Set<String> = [
    "with", "in", "of", "to", "by", "from", "after", "on", "at", "is", "are", "was", "were", "may", "might",
    "could", "can", "will", "has", "have", "how", "why", "what", "when", "who", "should", "does", "do",
  ]

  private static func withoutBrackets(_ text: String) -> String {
    var depth = 0
    return String(text.filter { character in
      if character == "(" { depth += 1 }
      defer { if character == ")" { depth = max(0, depth - 1) } }
      return depth == 0 && character != ")"
    })
  }

  private func count(_ pattern: Pattern?, in range: Range<Int>) -> Int {
    guard let pattern else { return 0 }
    return document.text.withUnsafeBufferPointer { buffer in
      (try? pattern.matches(in: buffer, range: range))?.count ?? 0
    }
  }
}
