/// Byte and scalar classification shared by the scanners and the sentence splitter.
enum ByteClass {
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  /// Space or tab.
  @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
    byte == space || byte == tab
  }

  /// ASCII whitespace: space, tab, line feed, carriage return, form feed, vertical tab.
  @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == space || (byte >= 0x09 && byte <= 0x0D)
  }

  /// `\n` or `\r`.
  @inline(__always) static func isLineEnd(_ byte: UInt8) -> Bool {
    byte == newline || byte == carriageReturn
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }

  @inline(__always) static func isUpper(_ byte: UInt8) -> Bool {
    byte >= 0x41 && byte <= 0x5A
  }

  @inline(__always) static func isLower(_ byte: UInt8) -> Bool {
    byte >= 0x61 && byte <= 0x7A
  }

  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    isUpper(byte) || isLower(byte)
  }

  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte)
  }

  @inline(__always) static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
  }

  /// ASCII punctuation as CommonMark defines it (`!` … `/`, `:` … `@`, `[` … `` ` ``, `{` … `~`).
  @inline(__always) static func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
      || (byte >= 0x7B && byte <= 0x7E)
  }

  /// The ASCII lowercase of `byte`.
  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
    isUpper(byte) ? byte + 32 : byte
  }

  /// True when `bytes[offset...]` starts with `prefix`, ignoring ASCII case, without reading past `limit`.
  static func hasPrefix(_ prefix: String, in bytes: [UInt8], at offset: Int, limit: Int, ignoringCase: Bool = true)
    -> Bool
  {
    var index = offset
    for expected in prefix.utf8 {
      guard index < limit else { return false }
      let actual = bytes[index]
      if ignoringCase ? lowercased(actual) != lowercased(expected) : actual != expected { return false }
      index += 1
    }
    return true
  }

  /// The scalar that starts at `offset` and its length in bytes, or `nil` at `limit`.
  static func scalar(in bytes: [UInt8], at offset: Int, limit: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    guard offset < limit else { return nil }
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = SourceText.sequenceLength(lead)
    guard length > 1, offset + length <= limit else { return nil }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for index in offset + 1..<offset + length {
      let byte = bytes[index]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  /// The scalar that ends just before `offset`, or `nil` at `lowerLimit`.
  static func scalar(in bytes: [UInt8], before offset: Int, lowerLimit: Int) -> Unicode.Scalar? {
    guard offset > lowerLimit else { return nil }
    var start = offset - 1
    while start > lowerLimit && bytes[start] & 0xC0 == 0x80 && offset - start < 4 { start -= 1 }
    return scalar(in: bytes, at: start, limit: offset)?.scalar
  }

  /// Unicode whitespace (for emphasis flanking and sentence boundaries).
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  /// Unicode punctuation or symbol, as CommonMark 0.31 counts them for flanking rules.
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isPunctuation(UInt8(scalar.value)) }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }

  /// `range` without surrounding whitespace (masked bytes are spaces) or no-break spaces.
  static func trimmed(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper {
      if ByteClass.isWhitespace(text[lower]) {
        lower += 1
      } else if text[lower] == 0xC2 && lower + 1 < upper && text[lower + 1] == 0xA0 {
        lower += 2
      } else {
        break
      }
    }
    while upper > lower {
      if ByteClass.isWhitespace(text[upper - 1]) {
        upper -= 1
      } else if upper - 2 >= lower && text[upper - 2] == 0xC2 && text[upper - 1] == 0xA0 {
        upper -= 2
      } else {
        break
      }
    }
    return lower..<upper
  }
}
