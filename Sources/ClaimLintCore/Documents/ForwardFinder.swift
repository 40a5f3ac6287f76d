/// Finds the next occurrence of a short needle and remembers the answer, so scanners that retry from
/// later positions (unclosed comments, quotes, code spans) stay linear instead of rescanning the tail.
struct ForwardFinder: Sendable {
  private struct Key: Hashable {
    var needle: [UInt8]
    var limit: Int
    var ignoringCase: Bool
  }

  private struct Answer {
    /// The search started here…
    var from: Int
    /// …and found the needle here (`nil`: not before the limit).
    var found: Int?
  }

  private var memo: [Key: Answer] = [:]

  init() {}

  /// Offset of the first `needle` at or after `from` that ends at or before `limit`.
  mutating func find(_ needle: String, in bytes: [UInt8], from: Int, limit: Int, ignoringCase: Bool = false)
    -> Int?
  {
    find(Array(needle.utf8), in: bytes, from: from, limit: limit, ignoringCase: ignoringCase)
  }

  /// Offset of the first `needle` at or after `from` that ends at or before `limit`.
  mutating func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, limit: Int, ignoringCase: Bool = false)
    -> Int?
  {
    let key = Key(needle: needle, limit: limit, ignoringCase: ignoringCase)
    if let answer = memo[key], answer.from <= from {
      guard let found = answer.found else { return nil }
      if found >= from { return found }
    }
    let found = Self.search(needle, in: bytes, from: from, limit: limit, ignoringCase: ignoringCase)
    memo[key] = Answer(from: from, found: found)
    return found
  }

  /// A plain forward search without memory.
  static func search(_ needle: [UInt8], in bytes: [UInt8], from: Int, limit: Int, ignoringCase: Bool = false)
    -> Int?
  {
    guard let first = needle.first, from >= 0 else { return nil }
    let last = limit - needle.count
    guard from <= last else { return nil }
    let firstLower = ByteClass.lowercased(first)
    var index = from
    while index <= last {
      let byte = bytes[index]
      if byte == first || (ignoringCase && ByteClass.lowercased(byte) == firstLower) {
        var matched = true
        var offset = 1
        while offset < needle.count {
          let actual = bytes[index + offset]
          let expected = needle[offset]
          if ignoringCase ? ByteClass.lowercased(actual) != ByteClass.lowercased(expected) : actual != expected {
            matched = false
            break
          }
          offset += 1
        }
        if matched { return index }
      }
      index += 1
    }
    return nil
  }
}
