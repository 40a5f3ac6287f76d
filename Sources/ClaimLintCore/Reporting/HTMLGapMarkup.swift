/// Reads the markup that masking hid inside a prose block (a gap in the scan text) for the `html` report:
/// emphasis and code to keep, line breaks, and text a reader should still see (a bare link, code).
///
/// Tags, link destinations, comments and escapes are dropped; in HTML nothing of a gap is shown as text.
enum HTMLGapMarkup {
  /// A style of inline text.
  enum Style: Int, Hashable, Comparable {
    case strong, emphasis, code

    static func < (lhs: Style, rhs: Style) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// One thing found in a gap.
  enum Token: Hashable {
    /// Opens the styles under `key`, or closes them when that key is open.
    case toggle(key: String, styles: [Style])
    /// Closes the styles under `key` if it is open.
    case close(key: String)
    case lineBreak
    /// Text to show as it is written.
    case text(String)
  }

  /// The tokens of the markup `bytes` of a document in `format`.
  static func tokens(_ bytes: ArraySlice<UInt8>, format: DocumentFormat) -> [Token] {
    var reader = Reader(bytes: bytes, format: format)
    reader.read()
    return reader.tokens
  }

  /// Inline HTML elements kept as styles, by lower-case name.
  static let tagStyles: [String: Style] = [
    "em": .emphasis, "i": .emphasis, "cite": .emphasis, "dfn": .emphasis, "var": .emphasis,
    "strong": .strong, "b": .strong, "code": .code, "kbd": .code, "samp": .code, "tt": .code,
  ]

  /// A left-to-right reader of one gap.
  private struct Reader {
    let bytes: ArraySlice<UInt8>
    let format: DocumentFormat
    var index: Int
    var tokens: [Token] = []
    var pending: [UInt8] = []

    init(bytes: ArraySlice<UInt8>, format: DocumentFormat) {
      self.bytes = bytes
      self.format = format
      self.index = bytes.startIndex
    }

    mutating func read() {
      while index < bytes.endIndex {
        let byte = bytes[index]
        if byte == UInt8(ascii: "<") && readAngle() { continue }
        if format == .markdown && readMarkdown(byte) { continue }
        if format != .html { pending.append(byte) }
        index += 1
      }
      flush()
    }

    /// A comment, a tag or (outside HTML) an autolink at `<`; false when it is none of them.
    private mutating func readAngle() -> Bool {
      if starts(with: "<!--") {
        skip(past: "-->")
        return true
      }
      guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return false }
      let inside = bytes[(index + 1)..<close]
      index = close + 1
      if format != .html, !inside.contains(UInt8(ascii: " ")),
        inside.contains(UInt8(ascii: ":")) || inside.contains(UInt8(ascii: "@"))
      {
        pending += inside
        return true
      }
      tag(inside)
      return true
    }

    /// A tag's name turned into a style toggle or a line break.
    private mutating func tag(_ inside: ArraySlice<UInt8>) {
      let closing = inside.first == UInt8(ascii: "/")
      let name = String(
        decoding: inside.drop { $0 == UInt8(ascii: "/") }.prefix(while: ByteClass.isAlphanumeric), as: UTF8.self
      )
      .lowercased()
      if name == "br" {
        flush()
        tokens.append(.lineBreak)
      } else if let style = HTMLGapMarkup.tagStyles[name] {
        flush()
        tokens.append(closing ? .close(key: "<\(style)>") : .toggle(key: "<\(style)>", styles: [style]))
      }
    }

    /// Markdown punctuation masked as markup; false for a byte to show.
    private mutating func readMarkdown(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"):
        let run = bytes[index...].prefix { $0 == byte }.count
        index += run
        flush()
        let styles: [Style] =
          byte == UInt8(ascii: "`") ? [.code] : run == 1 ? [.emphasis] : run == 2 ? [.strong] : [.strong, .emphasis]
        tokens.append(.toggle(key: String(repeating: Character(Unicode.Scalar(byte)), count: run), styles: styles))
      case UInt8(ascii: "]") where starts(with: "](") || starts(with: "]["):
        skipBracketed(
          open: bytes[index + 1], close: bytes[index + 1] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]"))
      case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "\\"), UInt8(ascii: "~"),
        UInt8(ascii: "^"):
        index += 1
      default:
        return false
      }
      return true
    }

    /// Skips `]` and a bracketed destination or label after it, nesting counted.
    private mutating func skipBracketed(open: UInt8, close: UInt8) {
      index += 2
      var depth = 1
      while index < bytes.endIndex && depth > 0 {
        if bytes[index] == open { depth += 1 } else if bytes[index] == close { depth -= 1 }
        index += 1
      }
    }

    private func starts(with prefix: String) -> Bool {
      bytes[index...].starts(with: prefix.utf8)
    }

    private mutating func skip(past terminator: String) {
      let pattern = Array(terminator.utf8)
      while index < bytes.endIndex && !bytes[index...].starts(with: pattern) { index += 1 }
      index = min(bytes.endIndex, index + pattern.count)
    }

    /// Turns the text collected so far into a token.
    private mutating func flush() {
      guard !pending.isEmpty else { return }
      tokens.append(.text(String(decoding: pending, as: UTF8.self)))
      pending = []
    }
  }
}
