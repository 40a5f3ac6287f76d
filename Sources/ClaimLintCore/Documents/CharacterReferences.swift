/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`, `&rsquo;`) into UTF-8.
///
/// Rules, shared by the HTML and Markdown scanners:
/// - A reference needs its closing `;`; legacy forms without it (`&copy`) stay literal, as in CommonMark.
/// - Decimal references have 1–7 digits, hexadecimal ones 1–6; zero, surrogates and values above U+10FFFF
///   decode to U+FFFD. Values 0x80–0x9F are read as Windows-1252 (`&#146;` → `’`), as browsers do.
/// - Named references come from ``NamedCharacterReferences``; unknown names stay literal.
/// - A soft hyphen (`&shy;`, `&#173;`) decodes to nothing, so `vita&shy;min` reads as one word.
public enum CharacterReferences {
  /// Decodes the reference that starts at `start` (which must be `&`); returns the offset after its `;`
  /// and the decoded UTF-8, or `nil` when there is no valid reference there.
  public static func decode(_ bytes: [UInt8], at start: Int, limit: Int) -> (end: Int, utf8: [UInt8])? {
    guard start < limit, bytes[start] == UInt8(ascii: "&"), start + 2 < limit else { return nil }
    if bytes[start + 1] == UInt8(ascii: "#") {
      return decodeNumeric(bytes, at: start, limit: limit)
    }
    var index = start + 1
    while index < limit && index - start <= 32 && ByteClass.isAlphanumeric(bytes[index]) { index += 1 }
    guard index > start + 1, index < limit, bytes[index] == UInt8(ascii: ";") else { return nil }
    let name = String(decoding: bytes[start + 1..<index], as: UTF8.self)
    guard let value = NamedCharacterReferences.table[name], let scalar = Unicode.Scalar(value) else { return nil }
    return (index + 1, utf8(of: scalar))
  }

  /// Decodes a whole string (for tests and callers that hold a `String`).
  public static func decode(_ string: String) -> String {
    let bytes = Array(string.utf8)
    var output: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "&"), let (end, utf8) = decode(bytes, at: index, limit: bytes.count) {
        output += utf8
        index = end
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func decodeNumeric(_ bytes: [UInt8], at start: Int, limit: Int) -> (end: Int, utf8: [UInt8])? {
    var index = start + 2
    var isHex = false
    if index < limit && (bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X")) {
      isHex = true
      index += 1
    }
    let digitsStart = index
    var value: UInt32 = 0
    let maxDigits = isHex ? 6 : 7
    while index < limit && index - digitsStart < maxDigits {
      let byte = bytes[index]
      if isHex, ByteClass.isHexDigit(byte) {
        value = value * 16 + UInt32(hexValue(byte))
      } else if !isHex, ByteClass.isDigit(byte) {
        value = value * 10 + UInt32(byte - 0x30)
      } else {
        break
      }
      index += 1
    }
    guard index > digitsStart, index < limit, bytes[index] == UInt8(ascii: ";") else { return nil }
    return (index + 1, utf8(of: scalar(forCodePoint: value)))
  }

  private static func hexValue(_ byte: UInt8) -> UInt8 {
    if ByteClass.isDigit(byte) { return byte - 0x30 }
    return ByteClass.lowercased(byte) - 0x61 + 10
  }

  /// The scalar a numeric reference stands for, with the HTML replacements for bad and C1 values.
  static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
    if value >= 0x80 && value <= 0x9F, let mapped = windows1252[value] {
      return Unicode.Scalar(mapped) ?? replacement
    }
    if value == 0 { return replacement }
    return Unicode.Scalar(value) ?? replacement
  }

  private static let replacement: Unicode.Scalar = "\u{FFFD}"

  private static func utf8(of scalar: Unicode.Scalar) -> [UInt8] {
    if scalar.value == 0xAD { return [] }
    return Array(String(Character(scalar)).utf8)
  }

  /// C1 code points that HTML reads as their Windows-1252 characters.
  private static let windows1252: [UInt32: UInt32] = [
    0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
    0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
    0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
    0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
  ]
}
