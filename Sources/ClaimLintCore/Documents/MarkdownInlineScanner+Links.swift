/// Links, images and emphasis delimiters for the ``MarkdownInlineScanner``.
extension MarkdownInlineScanner {
  /// At a `]`: completes an inline, full, collapsed or shortcut link or image with the nearest opener.
  mutating func closeBracket(_ buffer: inout ScanBuffer, at index: Int) -> Int {
    guard let opener = brackets.popLast() else { return index + 1 }
    if !opener.isImage && opener.position < inactiveBefore { return index + 1 }
    let upper = range.upperBound
    let textStart = opener.position + (opener.isImage ? 2 : 1)
    let after = index + 1
    var end: Int?
    if after < upper && buffer.text[after] == UInt8(ascii: "(") {
      end = MarkdownLinkSyntax.inlineLinkTail(buffer.text, at: after, limit: upper, finder: &buffer.finder)
    }
    if end == nil && !references.isEmpty {
      if after < upper && buffer.text[after] == UInt8(ascii: "["),
        let labelEnd = MarkdownLinkSyntax.label(buffer.text, at: after, limit: upper)
          ?? (after + 1 < upper && buffer.text[after + 1] == UInt8(ascii: "]") ? after + 2 : nil)
      {
        let inner = after + 1..<labelEnd - 1
        let key = MarkdownLinkSyntax.normalizedLabel(buffer.text, inner.isEmpty ? textStart..<index : inner)
        if references.contains(key) { end = labelEnd }
      }
      if end == nil && references.contains(MarkdownLinkSyntax.normalizedLabel(buffer.text, textStart..<index)) {
        end = after
      }
    }
    guard let end else { return index + 1 }
    buffer.mask(opener.position..<textStart)
    buffer.mask(index..<end)
    if !opener.isImage { inactiveBefore = opener.position }
    dropDelimiters(from: opener.position)
    textFloor = end
    return end
  }

  /// A run of `*`, `_` or `~`: pairs it with an earlier opener of the same character when CommonMark's
  /// flanking rules allow, masking both runs.
  mutating func delimiterRun(_ buffer: inout ScanBuffer, at index: Int) -> Int {
    let character = buffer.text[index]
    var end = index
    while end < range.upperBound && buffer.text[end] == character { end += 1 }
    let length = end - index
    let isTilde = character == UInt8(ascii: "~")
    if isTilde && length > 2 { return end }
    // Flanking looks at the original characters: a masked link tail before `**` is still punctuation.
    let before = ByteClass.scalar(in: buffer.source, before: index, lowerLimit: range.lowerBound) ?? " "
    let after = ByteClass.scalar(in: buffer.source, at: end, limit: range.upperBound)?.scalar ?? " "
    let beforeSpace = ByteClass.isWhitespace(before)
    let afterSpace = ByteClass.isWhitespace(after)
    let beforePunctuation = ByteClass.isPunctuation(before)
    let afterPunctuation = ByteClass.isPunctuation(after)
    let leftFlanking = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
    let rightFlanking = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
    var canOpen = leftFlanking
    var canClose = rightFlanking
    if character == UInt8(ascii: "_") {
      canOpen = leftFlanking && (!rightFlanking || beforePunctuation)
      canClose = rightFlanking && (!leftFlanking || afterPunctuation)
    }
    if canClose, let opener = takeOpener(character, length: length) {
      buffer.mask(opener.position..<opener.position + opener.length)
      buffer.mask(index..<end)
      dropDelimiters(from: opener.position + 1)
      return end
    }
    if canOpen {
      let delimiter = Delimiter(position: index, length: length)
      switch character {
      case UInt8(ascii: "*"): stars.append(delimiter)
      case UInt8(ascii: "_"): underscores.append(delimiter)
      default: tildes.append(delimiter)
      }
    }
    return end
  }

  /// Pops the nearest opener of `character` (for `~`, only one of the same length).
  private mutating func takeOpener(_ character: UInt8, length: Int) -> Delimiter? {
    switch character {
    case UInt8(ascii: "*"): return stars.popLast()
    case UInt8(ascii: "_"): return underscores.popLast()
    default:
      guard let last = tildes.last, last.length == length else { return nil }
      return tildes.popLast()
    }
  }
}
