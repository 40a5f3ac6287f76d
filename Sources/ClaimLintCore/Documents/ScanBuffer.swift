/// The working state of a scan: a copy of the file that scanners mask in place, plus what they found.
///
/// Scanners read `text` (so bytes masked earlier, such as blockquote markers, already read as spaces) and
/// record everything in file offsets; ``DocumentAssembler`` turns the result into a ``Document``.
struct ScanBuffer: Sendable {
  /// A decoded character reference: the file bytes in `range` read as `utf8` in the scan text.
  struct Replacement: Sendable, Hashable {
    var range: Range<Int>
    var utf8: [UInt8]
  }

  /// A block before trimming, in file offsets.
  struct RawBlock: Sendable, Hashable {
    var kind: Block.Kind
    var range: Range<Int>
    var headingLevel: Int = 0
    var isQuote: Bool = false
  }

  /// The original file.
  let source: [UInt8]
  /// The file with non-prose masked; same length as `source`.
  var text: [UInt8]
  var replacements: [Replacement] = []
  var blocks: [RawBlock] = []
  var controlComments: [ControlComment] = []
  /// Shared memo for forward searches.
  var finder = ForwardFinder()

  init(source: [UInt8]) {
    self.source = source
    self.text = source
  }

  var count: Int { text.count }

  /// Replaces every byte of `range` except line terminators with a space.
  mutating func mask(_ range: Range<Int>) {
    let lower = max(0, range.lowerBound)
    let upper = min(text.count, range.upperBound)
    guard lower < upper else { return }
    for index in lower..<upper where !ByteClass.isLineEnd(text[index]) {
      text[index] = ByteClass.space
    }
  }

  /// Masks `range` but keeps the current bytes of `keep` (ranges inside it) as they are.
  mutating func mask(_ range: Range<Int>, keeping keep: [Range<Int>]) {
    let saved = keep.map { Array(text[$0]) }
    mask(range)
    for (keptRange, bytes) in zip(keep, saved) {
      text.replaceSubrange(keptRange, with: bytes)
    }
  }

  /// Records a block (the assembler trims it and drops it if nothing but masked bytes remain).
  mutating func addBlock(_ kind: Block.Kind, _ range: Range<Int>, level: Int = 0, isQuote: Bool = false) {
    guard range.lowerBound < range.upperBound else { return }
    blocks.append(RawBlock(kind: kind, range: range, headingLevel: level, isQuote: isQuote))
  }

  /// Decodes the character reference at `offset` (an `&`) if there is a valid one before `limit`, and
  /// returns the offset after it.
  mutating func decodeReference(at offset: Int, limit: Int) -> Int? {
    guard let (end, utf8) = CharacterReferences.decode(text, at: offset, limit: limit) else { return nil }
    replacements.append(Replacement(range: offset..<end, utf8: utf8))
    return end
  }

  /// Decodes every character reference in `range`.
  mutating func decodeReferences(in range: Range<Int>) {
    var index = range.lowerBound
    while index < range.upperBound {
      if text[index] == UInt8(ascii: "&"), let end = decodeReference(at: index, limit: range.upperBound) {
        index = end
      } else {
        index += 1
      }
    }
  }

  /// Masks an HTML comment and records it as a control comment when its trimmed body starts with
  /// `claimlint-`. `body` is the range between `<!--` and `-->`; unclosed comments are never directives.
  mutating func comment(_ range: Range<Int>, body: Range<Int>, closed: Bool) {
    if closed {
      addControlComment(range, body: body)
    }
    mask(range)
  }

  /// Records a control comment when `body` (trimmed) starts with `claimlint-`.
  mutating func addControlComment(_ range: Range<Int>, body: Range<Int>) {
    let trimmed = Self.trimmed(body, in: text)
    guard ByteClass.hasPrefix("claimlint-", in: text, at: trimmed.lowerBound, limit: trimmed.upperBound,
      ignoringCase: false)
    else { return }
    let string = String(decoding: text[trimmed], as: UTF8.self)
    controlComments.append(ControlComment(range: range, body: string))
  }

  /// `range` without leading and trailing ASCII whitespace.
  static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && ByteClass.isWhitespace(bytes[lower]) { lower += 1 }
    while upper > lower && ByteClass.isWhitespace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }
}
