/// File names as the bytes they are. Linux names need not be UTF-8, but paths travel through claimlint as
/// Swift strings, so a byte that is not part of valid UTF-8 is carried as a private-use scalar
/// (U+10FE80 + the byte's low seven bits … U+10FEFF) and turned back into that byte for the file system.
/// Messages show it escaped, `\xff`. A name that really holds one of those 128 scalars (four-byte UTF-8
/// from the last private-use plane) would be read back as the bytes; no system writes them.
public enum PathBytes {
  private static let base: UInt32 = 0x10FE00

  /// The string for a name's bytes: UTF-8 where it is valid, each other byte carried as its scalar.
  public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    let bytes = Array(bytes)
    if let valid = String(validating: bytes, as: UTF8.self) { return valid }
    var scalars = String.UnicodeScalarView()
    var index = 0
    while index < bytes.count {
      let length = bytes[index] < 0x80 ? 1 : SourceText.sequenceLength(bytes[index])
      if index + length <= bytes.count, let text = String(validating: bytes[index..<index + length], as: UTF8.self),
        text.unicodeScalars.count == 1
      {
        scalars.append(contentsOf: text.unicodeScalars)
        index += length
      } else {
        scalars.append(Unicode.Scalar(base + UInt32(bytes[index]))!)
        index += 1
      }
    }
    return String(scalars)
  }

  /// The string for a NUL-terminated C string of a name's bytes.
  public static func decode(cString: UnsafePointer<CChar>) -> String {
    var length = 0
    while cString[length] != 0 { length += 1 }
    return decode(UnsafeRawBufferPointer(start: cString, count: length))
  }

  /// The bytes of a path for the file system.
  public static func encode(_ path: String) -> [UInt8] {
    guard path.unicodeScalars.contains(where: isCarriedByte) else { return Array(path.utf8) }
    var bytes: [UInt8] = []
    for scalar in path.unicodeScalars {
      if isCarriedByte(scalar) {
        bytes.append(UInt8(scalar.value - base))
      } else {
        bytes.append(contentsOf: String(scalar).utf8)
      }
    }
    return bytes
  }

  /// The path for messages: each carried byte written `\xff`.
  public static func displayed(_ path: String) -> String {
    guard path.unicodeScalars.contains(where: isCarriedByte) else { return path }
    var shown = ""
    for scalar in path.unicodeScalars {
      if isCarriedByte(scalar) {
        let hex = String(scalar.value - base, radix: 16)
        shown += "\\x" + (hex.count == 1 ? "0" + hex : hex)
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }

  /// Calls `body` with the path as a NUL-terminated C string of its bytes.
  public static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
    let bytes = encode(path).map { CChar(bitPattern: $0) } + [0]
    return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
  }

  private static func isCarriedByte(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= base + 0x80 && scalar.value <= base + 0xFF
  }
}
