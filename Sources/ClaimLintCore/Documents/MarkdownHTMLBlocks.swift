/// CommonMark's seven kinds of HTML block: how they start and how they end.
enum MarkdownHTMLBlocks {
  private static let rawNames = ["script", "pre", "style", "textarea"]

  private static let blockNames: Set<String> = [
    "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup",
    "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend",
    "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param",
    "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
  ]

  /// The HTML block type (1–7) that starts at `start`, or `nil`.
  static func type(_ text: [UInt8], at start: Int, end: Int) -> Int? {
    guard start < end, text[start] == UInt8(ascii: "<") else { return nil }
    for name in rawNames where ByteClass.hasPrefix("<" + name, in: text, at: start, limit: end) {
      let after = start + 1 + name.utf8.count
      if after == end || ByteClass.isBlank(text[after]) || text[after] == UInt8(ascii: ">") { return 1 }
    }
    if ByteClass.hasPrefix("<!--", in: text, at: start, limit: end) { return 2 }
    if ByteClass.hasPrefix("<?", in: text, at: start, limit: end) { return 3 }
    if ByteClass.hasPrefix("<![CDATA[", in: text, at: start, limit: end, ignoringCase: false) { return 5 }
    if start + 2 < end && text[start + 1] == UInt8(ascii: "!") && ByteClass.isLetter(text[start + 2]) { return 4 }
    var position = start + 1
    if position < end && text[position] == UInt8(ascii: "/") { position += 1 }
    let nameStart = position
    while position < end && ByteClass.isAlphanumeric(text[position]) { position += 1 }
    if position > nameStart {
      let name = String(decoding: text[nameStart..<position].map(ByteClass.lowercased), as: UTF8.self)
      if blockNames.contains(name)
        && (position == end || ByteClass.isBlank(text[position]) || text[position] == UInt8(ascii: ">")
          || ByteClass.hasPrefix("/>", in: text, at: position, limit: end))
      {
        return 6
      }
    }
    var finder = ForwardFinder()
    if let tag = HTMLTagLexer.commonMarkTag(in: text, at: start, limit: end, finder: &finder),
      !rawNames.contains(tag.name),
      text[tag.range.upperBound..<end].allSatisfy(ByteClass.isBlank)
    {
      return 7
    }
    return nil
  }

  /// True when `range` (a line of the block) holds the end condition of an HTML block of `type` 1–5.
  static func ends(_ type: Int, _ text: [UInt8], in range: Range<Int>) -> Bool {
    let needles: [String]
    switch type {
    case 1: needles = rawNames.map { "</" + $0 + ">" }
    case 2: needles = ["-->"]
    case 3: needles = ["?>"]
    case 4: needles = [">"]
    case 5: needles = ["]]>"]
    default: return false
    }
    return needles.contains { needle in
      ForwardFinder.search(Array(needle.utf8), in: text, from: range.lowerBound, limit: range.upperBound,
        ignoringCase: true) != nil
    }
  }
}
