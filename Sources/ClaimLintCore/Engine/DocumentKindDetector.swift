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
  /// The scan text needs no Unicode classes (``Pattern/needsUnicodeClasses(_:)``), so patterns may use
  /// their faster compilation.
  var asciiClasses = false
  /// Where the rule set's literals occur, so signals that cannot match are not searched.
  var literals: LiteralHits? = nil

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

  /// Signals are counted only as far as the decision needs: one for a sale or a label, the threshold for
  /// news and reference voice, and the seller's voice only when neither reached it.
  private func documentKind(in range: Range<Int>) -> DocumentKind {
    if has(signals.commerce, in: range) || has(signals.label, in: range) { return .product }
    let threshold = Self.voiceThreshold
    var news = 0
    for block in document.blocks where block.kind != .heading && news < threshold {
      news += count(signals.news, in: block.range, upTo: threshold - news)
    }
    var reference = 0
    for block in document.blocks where block.kind == .heading && reference < threshold {
      if has(signals.reference, in: block.range) { reference += 1 }
    }
    if reference >= threshold { return .reference }
    if news >= threshold { return .news }
    let sells = has(signals.voice, in: range) || title.map { isProductName($0, asTitle: true) } == true
    return sells ? .product : .article
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
    return has(signals.productName, in: block.range) || (asTitle && has(signals.productTitle, in: block.range))
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

  private func has(_ pattern: Pattern?, in range: Range<Int>) -> Bool {
    count(pattern, in: range, upTo: 1) > 0
  }

  /// The number of matches of `pattern` in `range`, counting no further than `limit`.
  private func count(_ pattern: Pattern?, in range: Range<Int>, upTo limit: Int) -> Int {
    guard let pattern, literals?.mayMatch(pattern, in: range) != false else { return 0 }
    var found = 0
    document.text.withUnsafeBufferPointer { buffer in
      try? pattern.forEachMatch(in: buffer, range: range, asciiClasses: asciiClasses) { _ in
        found += 1
        return found < limit
      }
    }
    return found
  }
}
