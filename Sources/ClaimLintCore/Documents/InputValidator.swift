/// Rejects input the scanners must not see: binary files and invalid UTF-8.
enum InputValidator {
  /// How far into a file to look for a NUL byte.
  static let binaryProbeLength = 8192

  /// Throws when `bytes` look binary or are not valid UTF-8.
  static func validate(_ bytes: [UInt8], path: String) throws(ToolError) {
    let probeEnd = min(bytes.count, binaryProbeLength)
    if let encoding = utf16Encoding(bytes) {
      throw ToolError(
        path: path,
        message: "\(encoding) text, not linted; convert it to UTF-8 (for example: iconv -f \(encoding) -t UTF-8)")
    }
    if bytes[0..<probeEnd].contains(0) {
      throw ToolError(path: path, message: "binary file, not linted")
    }
    if let bad = firstInvalidUTF8(bytes) {
      let position = SourceText(bytes: Array(bytes[0..<bad])).position(of: bad)
      let hex = String(bytes[bad], radix: 16, uppercase: true)
      throw ToolError(
        path: path, line: position.line, column: position.column,
        message: "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); save the file as UTF-8")
    }
  }

  /// "UTF-16LE" or "UTF-16BE" when the bytes start with that byte-order mark, or (without one) when every
  /// other byte of the first ones is NUL, as in ASCII text saved as UTF-16.
  static func utf16Encoding(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
    if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
    let probe = Array(bytes.prefix(64))
    guard probe.count >= 8, probe.count % 2 == 0 else { return nil }
    let even = stride(from: 0, to: probe.count, by: 2).map { probe[$0] }
    let odd = stride(from: 1, to: probe.count, by: 2).map { probe[$0] }
    if odd.allSatisfy({ $0 == 0 }), even.allSatisfy({ $0 != 0 }) { return "UTF-16LE" }
    if even.allSatisfy({ $0 == 0 }), odd.allSatisfy({ $0 != 0 }) { return "UTF-16BE" }
    return nil
  }

  /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or `nil`.
  ///
  /// Overlong forms, surrogates and values above U+10FFFF are rejected, as the Unicode standard requires.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lowest: UInt8 = 0x80
      var highest: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lowest = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; highest = 0x9F
      case 0xF0: length = 4; lowest = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; highest = 0x8F
      default: return index
      }
      guard index + 1 < count, bytes[index + 1] >= lowest, bytes[index + 1] <= highest else { return index }
      var offset = 2
      while offset < length {
        guard index + offset < count, bytes[index + offset] & 0xC0 == 0x80 else { return index }
        offset += 1
      }
      index += length
    }
    return nil
  }
}
