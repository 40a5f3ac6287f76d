/// Reads editorial brackets in quotations as the word they change: "[r]elieves", "[Y]acon" and "[t]he"
/// are "relieves", "Yacon" and "the", as a reader takes them.
///
/// Each `[x]` before the rest of its word is a replacement in the scan text, like a character reference:
/// the scan text reads the letter alone, and ``OffsetMap`` takes a match on the word back to the whole
/// bracketed original.
enum EditorialBrackets {
  /// Records a replacement for every `[x]word` in the prose of `buffer`.
  static func decode(_ buffer: inout ScanBuffer) {
    let text = buffer.text
    guard text.count >= 4 else { return }
    var index = 0
    while index + 3 < text.count {
      defer { index += 1 }
      guard text[index] == UInt8(ascii: "["), text[index + 2] == UInt8(ascii: "]"), isLetter(text[index + 1]),
        isLowercaseLetter(text[index + 3]), index == 0 || !isLetter(text[index - 1])
      else { continue }
      buffer.replacements.append(ScanBuffer.Replacement(range: index..<(index + 3), utf8: [text[index + 1]]))
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  private static func isLowercaseLetter(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
  }
}
