/// Finds the prose in HTML (a whole file, or an HTML block inside Markdown) and masks everything else.
///
/// - Tags and their attributes are masked, except the values of `alt` and `title`, which become
///   ``Block/Kind/alternativeText`` blocks of their own. The text around such a tag is split into separate
///   blocks so blocks never overlap (`<p>Take <img alt="…"> daily.</p>` gives "Take", the alt text and
///   "daily.").
/// - Comments, `<!DOCTYPE>`, CDATA and processing instructions are masked; claimlint comments are recorded.
/// - ``HTMLElements/rawText`` elements (`script`, `style`, `textarea` …) and ``HTMLElements/masked`` elements
///   (`pre`, `code`, `template`, `noscript`, `svg` …) are masked with their content.
/// - `<title>` is a level-1 heading block; other `<head>` content has no text.
/// - Block-level elements delimit blocks: `li` gives list items, `td`/`th` table cells, `h1`–`h6` headings;
///   text in `blockquote` is quoted; inline elements (`a`, `em`, `span`, `br` …) flow within their block.
///   Optional end tags (`</p>`, `</li>`, `</td>` …) are inferred as HTML parsers do.
/// - Character references in text and in `alt`/`title` values are decoded; bare URLs and e-mail addresses in
///   text are masked (``BareLinks``).
/// - Comments inside masked elements (`<pre>` …) are code, not control comments.
/// - A `<` that does not start a complete tag stays text; an unclosed comment or raw-text element runs to the end.
struct HTMLScanner {
  private struct Frame {
    var name: String
    var kind: Block.Kind
    var level: Int
    var isQuote: Bool
  }

  private var stack: [Frame]
  private var counts: [String: Int] = [:]
  private var maskedElements: [String] = []
  private var segmentStart: Int
  private let limit: Int

  private init(range: Range<Int>, kind: Block.Kind, isQuote: Bool) {
    stack = [Frame(name: "", kind: kind, level: 0, isQuote: isQuote)]
    segmentStart = range.lowerBound
    limit = range.upperBound
  }

  /// Scans `range` of the buffer; text outside any block element gets `kind` and `isQuote`.
  static func scan(_ buffer: inout ScanBuffer, range: Range<Int>, kind: Block.Kind = .paragraph, isQuote: Bool = false)
  {
    var scanner = HTMLScanner(range: range, kind: kind, isQuote: isQuote)
    scanner.run(&buffer, from: range.lowerBound)
  }

  private var isMasked: Bool { !maskedElements.isEmpty }

  private mutating func run(_ buffer: inout ScanBuffer, from start: Int) {
    var index = start
    while index < limit {
      if buffer.text[index] == UInt8(ascii: "<") {
        if let end = markup(&buffer, at: index) {
          index = end
          continue
        }
        if isMasked { buffer.mask(index..<index + 1) }
        index += 1
        continue
      }
      let runStart = index
      while index < limit && buffer.text[index] != UInt8(ascii: "<") { index += 1 }
      if isMasked {
        buffer.mask(runStart..<index)
      } else {
        BareLinks.mask(&buffer, in: runStart..<index)
        buffer.decodeReferences(in: runStart..<index)
      }
    }
    flush(&buffer, upTo: limit)
  }

  /// Handles the markup at `index` (a `<`) and returns the offset after it, or `nil` if it is text.
  private mutating func markup(_ buffer: inout ScanBuffer, at index: Int) -> Int? {
    // Never keep a copy of `buffer.text` across a mutation: it would force a copy of the whole file.
    if ByteClass.hasPrefix("<!--", in: buffer.text, at: index, limit: limit, ignoringCase: false) {
      return comment(&buffer, at: index)
    }
    if ByteClass.hasPrefix("<![CDATA[", in: buffer.text, at: index, limit: limit, ignoringCase: false) {
      return maskThrough("]]>", &buffer, from: index, searchFrom: index + 9)
    }
    let next = index + 1 < limit ? buffer.text[index + 1] : 0
    if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
      return maskThrough(">", &buffer, from: index, searchFrom: index + 2)
    }
    guard let tag = HTMLTagLexer.tag(in: buffer.text, at: index, limit: limit, finder: &buffer.finder) else {
      return nil
    }
    return tag.isEnd ? endTag(tag, &buffer) : startTag(tag, &buffer)
  }

  private mutating func comment(_ buffer: inout ScanBuffer, at index: Int) -> Int {
    let bodyStart = index + 4
    for abrupt in [">", "->"] where ByteClass.hasPrefix(abrupt, in: buffer.text, at: bodyStart, limit: limit) {
      let end = bodyStart + abrupt.utf8.count
      buffer.comment(index..<end, body: bodyStart..<bodyStart, closed: !isMasked)
      return end
    }
    guard let close = buffer.finder.find("-->", in: buffer.text, from: bodyStart, limit: limit) else {
      buffer.comment(index..<limit, body: bodyStart..<limit, closed: false)
      return limit
    }
    buffer.comment(index..<close + 3, body: bodyStart..<close, closed: !isMasked)
    return close + 3
  }

  /// Masks from `start` through the end of the next `terminator` (or to the end) and returns the offset after it.
  private func maskThrough(_ terminator: String, _ buffer: inout ScanBuffer, from start: Int, searchFrom: Int) -> Int {
    var end = limit
    if let found = buffer.finder.find(terminator, in: buffer.text, from: min(searchFrom, limit), limit: limit) {
      end = found + terminator.utf8.count
    }
    buffer.mask(start..<end)
    return end
  }

  private mutating func startTag(_ tag: HTMLTag, _ buffer: inout ScanBuffer) -> Int {
    let name = tag.name
    if HTMLElements.rawText.contains(name) && !tag.isSelfClosing {
      if HTMLElements.blockLevel.contains(name) { boundary(&buffer, at: tag.range) }
      return maskRawText(name, &buffer, from: tag.range.lowerBound, contentStart: tag.range.upperBound)
    }
    if isMasked {
      if HTMLElements.masked.contains(name) && !tag.isSelfClosing { maskedElements.append(name) }
      buffer.mask(tag.range)
      return tag.range.upperBound
    }
    if name == "title", let end = title(tag, &buffer) { return end }
    let isBlock = HTMLElements.blockLevel.contains(name)
    if isBlock || !tag.textAttributes.isEmpty {
      flush(&buffer, upTo: tag.range.lowerBound)
    }
    if isBlock {
      closeImplicitly(before: name)
      if !HTMLElements.void.contains(name) && !tag.isSelfClosing { push(name) }
    }
    if HTMLElements.masked.contains(name) && !tag.isSelfClosing && !HTMLElements.void.contains(name) {
      maskedElements.append(name)
    }
    let current = stack[stack.count - 1]
    if tag.textAttributes.isEmpty || isMasked {
      buffer.mask(tag.range)
    } else {
      buffer.mask(tag.range, keeping: tag.textAttributes)
      for value in tag.textAttributes {
        buffer.decodeReferences(in: value)
        buffer.addBlock(.alternativeText, value, isQuote: current.isQuote)
      }
    }
    if isBlock || !tag.textAttributes.isEmpty { segmentStart = tag.range.upperBound }
    return tag.range.upperBound
  }

  private mutating func endTag(_ tag: HTMLTag, _ buffer: inout ScanBuffer) -> Int {
    let name = tag.name
    buffer.mask(tag.range)
    if isMasked {
      if let index = maskedElements.lastIndex(of: name) { maskedElements.removeSubrange(index...) }
      if HTMLElements.blockLevel.contains(name) { boundary(&buffer, at: tag.range) }
      return tag.range.upperBound
    }
    guard HTMLElements.blockLevel.contains(name) else { return tag.range.upperBound }
    boundary(&buffer, at: tag.range)
    if counts[name, default: 0] > 0 && name != "body" && name != "html" {
      while let frame = stack.last, stack.count > 1 {
        pop()
        if frame.name == name { break }
      }
    }
    return tag.range.upperBound
  }

  /// `<title>…</title>`: a level-1 heading whose content is text without tags. `nil` when it is never closed.
  private mutating func title(_ tag: HTMLTag, _ buffer: inout ScanBuffer) -> Int? {
    guard let close = buffer.finder.find("</title", in: buffer.text, from: tag.range.upperBound, limit: limit,
      ignoringCase: true)
    else { return nil }
    let end = (buffer.finder.find(">", in: buffer.text, from: close, limit: limit) ?? limit - 1) + 1
    flush(&buffer, upTo: tag.range.lowerBound)
    let content = tag.range.upperBound..<close
    buffer.mask(tag.range)
    buffer.mask(close..<end)
    buffer.decodeReferences(in: content)
    buffer.addBlock(.heading, content, level: 1, isQuote: stack[stack.count - 1].isQuote)
    segmentStart = end
    return end
  }

  /// Masks a raw-text element from its start tag through its end tag (or to the end).
  private func maskRawText(_ name: String, _ buffer: inout ScanBuffer, from start: Int, contentStart: Int) -> Int {
    var end = limit
    if let close = buffer.finder.find("</" + name, in: buffer.text, from: contentStart, limit: limit,
      ignoringCase: true)
    {
      end = (buffer.finder.find(">", in: buffer.text, from: close, limit: limit) ?? limit - 1) + 1
    }
    buffer.mask(start..<end)
    return end
  }

  /// Ends the current text segment at a block boundary.
  private mutating func boundary(_ buffer: inout ScanBuffer, at range: Range<Int>) {
    flush(&buffer, upTo: range.lowerBound)
    segmentStart = range.upperBound
  }

  private mutating func flush(_ buffer: inout ScanBuffer, upTo end: Int) {
    guard segmentStart < end else { return }
    let frame = stack[stack.count - 1]
    buffer.addBlock(frame.kind, segmentStart..<end, level: frame.level, isQuote: frame.isQuote)
    segmentStart = end
  }

  private mutating func push(_ name: String) {
    let parent = stack[stack.count - 1]
    let (kind, level) = HTMLElements.kind(of: name) ?? (parent.kind, parent.level)
    stack.append(Frame(name: name, kind: kind, level: level, isQuote: parent.isQuote || name == "blockquote"))
    counts[name, default: 0] += 1
  }

  private mutating func pop() {
    guard stack.count > 1, let frame = stack.popLast() else { return }
    counts[frame.name, default: 1] -= 1
  }

  /// Closes elements whose end tag is optional when `name` starts (`<li>` closes the previous `li`).
  private mutating func closeImplicitly(before name: String) {
    let top = stack[stack.count - 1].name
    if top == "p" && HTMLElements.closesParagraph.contains(name) { pop() }
    if HTMLElements.headings.contains(name) && HTMLElements.headings.contains(stack[stack.count - 1].name) { pop() }
    guard let rule = HTMLElements.implicitlyCloses(name),
      rule.closes.contains(where: { counts[$0, default: 0] > 0 })
    else { return }
    var index = stack.count - 1
    while index > 0 && stack.count - index <= 64 {
      let frameName = stack[index].name
      if rule.closes.contains(frameName) {
        while stack.count > index { pop() }
        return
      }
      if rule.boundaries.contains(frameName) { return }
      index -= 1
    }
  }
}
