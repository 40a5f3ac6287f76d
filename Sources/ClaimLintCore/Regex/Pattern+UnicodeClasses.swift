extension Pattern {
  /// True when `subject` has a non-ASCII letter, digit or space, for which `\w`, `\d`, `\s` and `\b`
  /// need Unicode properties (and so the UCP compilation).
  public static func needsUnicodeClasses(_ subject: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < subject.count {
      let byte = subject[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length = SourceText.sequenceLength(byte)
      var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      var offset = 1
      while offset < length && index + offset < subject.count {
        value = value << 6 | UInt32(subject[index + offset] & 0x3F)
        offset += 1
      }
      index += length
      guard let scalar = Unicode.Scalar(value) else { return true }
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .decimalNumber, .letterNumber, .otherNumber, .spaceSeparator, .lineSeparator, .paragraphSeparator:
        return true
      default:
        if scalar.properties.isWhitespace { return true }
      }
    }
    return false
  }
}
