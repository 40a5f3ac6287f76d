/// Reads editorial brackets in quotations as the word they change: "[r]elieves", "[Y]acon" and "[t]he"
/// are "relieves", "Yacon" and "the", as a reader takes them.
///
/// The scan text keeps its length: the brackets are masked and the bracketed letter moves one byte to
/// the right, next to the rest of its word ("[r]elieves" → "  relieves"). A match on the word reports
/// from that letter, one byte into the bracketed original.
enum EditorialBrackets {
  /// Joins every `[x]word` of the prose in `text` (the scan text of `source`).
  static func join(_ text: inout [UInt8], source: [UInt8]) {
    guard text.count == source.count, source.count >= 4 else { return }
    var index = 0
    while index + 3 < source.count {
      defer { index += 1 }
      guard source[index] == UInt8(ascii: "["), source[index + 2] == UInt8(ascii: "]"),
        isLetter(source[index + 1]), text[index + 1] == source[index + 1],
        isLowercaseLetter(source[index + 3]), text[index + 3] == source[index + 3],
        index == 0 || !isLetter(source[index - 1])
      else { continue }
      text[index] = ByteClass.space
      text[index + 2] = text[index + 1]
      text[index + 1] = ByteClass.space
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  private static func isLowercaseLetter(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
  }
}
