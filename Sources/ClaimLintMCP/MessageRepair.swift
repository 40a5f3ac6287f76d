/// Makes a message line decodable where a client sent text JSON decoders refuse: invalid UTF-8 bytes and
/// lone UTF-16 surrogate escapes (`\ud800`) each become U+FFFD, so the call is answered instead of failing
/// as unreadable without an id. (To have invalid bytes reported, a client sends `text_base64`.)
enum MessageRepair {
  /// `line` with invalid UTF-8 and unpaired surrogate escapes replaced.
  static func repaired(_ line: [UInt8]) -> [UInt8] {
    var bytes = String(validating: line, as: UTF8.self) == nil ? Array(String(decoding: line, as: UTF8.self).utf8) : line
    var index = 0
    while let slash = bytes[index...].firstIndex(of: UInt8(ascii: "\\")) {
      guard let unit = escapedUnit(in: bytes, at: slash) else {
        index = min(slash + 2, bytes.count)  // any other escape, `\\` included, is two bytes
        continue
      }
      if (0xD800..<0xDC00).contains(unit), let low = escapedUnit(in: bytes, at: slash + 6), (0xDC00..<0xE000).contains(low) {
        index = slash + 12
      } else if (0xD800..<0xE000).contains(unit) {
        bytes.replaceSubrange(slash..<(slash + 6), with: Array(#"\uFFFD"#.utf8))
        index = slash + 6
      } else {
        index = slash + 6
      }
    }
    return bytes
  }

  /// The code unit of a `\uXXXX` escape starting at `offset`, or `nil` when there is none there.
  private static func escapedUnit(in bytes: [UInt8], at offset: Int) -> Int? {
    guard offset + 6 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
      return nil
    }
    return Int(String(decoding: bytes[(offset + 2)..<(offset + 6)], as: UTF8.self), radix: 16)
  }

  /// The JSON text of the top-level `"id"` of a message's first bytes (a number or a string), or `nil`.
  static func requestID(in prefix: [UInt8]) -> String? {
    var depth = 0
    var index = 0
    while index < prefix.count {
      switch prefix[index] {
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
      case UInt8(ascii: "\""):
        let end = stringEnd(prefix, from: index)
        guard end < prefix.count else { return nil }
        if depth == 1, prefix[index..<(end + 1)].elementsEqual(#""id""#.utf8), let id = value(in: prefix, after: end + 1) {
          return id
        }
        index = end
      default: break
      }
      index += 1
    }
    return nil
  }

  /// The index of the quote that closes the string opening at `start` (or the end of `bytes`).
  private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start + 1
    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
      index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
    }
    return min(index, bytes.count)
  }

  /// After a key: `:` and a number or string value, as JSON text.
  private static func value(in bytes: [UInt8], after key: Int) -> String? {
    let spaces: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    var index = key
    while index < bytes.count, spaces.contains(bytes[index]) { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
    index += 1
    while index < bytes.count, spaces.contains(bytes[index]) { index += 1 }
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "\"") {
      let end = stringEnd(bytes, from: index)
      return end < bytes.count ? String(decoding: bytes[index...end], as: UTF8.self) : nil
    }
    let digits = bytes[index...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }
    return digits.isEmpty ? nil : String(decoding: digits, as: UTF8.self)
  }
}
