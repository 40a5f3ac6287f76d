/// Turns a word into the key vocabulary matching compares: lower case, apostrophes folded, possessive
/// dropped, British spellings mapped to American ones ("tumour" → "tumor", "anaemia" → "anemia").
///
/// Terms and text go through the same normalizer, so a spelling rule can only make two words equal; it
/// never has to be exact English. The spelling rules are data (`Rules/vocabulary/spelling.tsv`).
public struct TermNormalizer: Sendable {
  /// Infix replacements, applied in order to the lowercased word.
  let replacements: [(from: [UInt8], to: [UInt8])]
  /// The replacements that start with each byte pair, so a word is checked only against the rules that
  /// could apply to it: `pairGroups[pairGroup[pair] - 1]`, where a group number of 0 means none.
  private let pairGroup: [UInt16]
  private let pairGroups: [[Int]]
  /// One bit per (hashed) first four bytes of a rule, or all its bytes when it is shorter:
  /// ``isPlain(_:)`` rules most words out with a few loads (byte pairs alone let half of prose through).
  private let prefixBits: [UInt64]
  /// The shortest rule's length, 2 to 4: the shortest window ``isPlain(_:)`` must check.
  private let shortestPrefix: Int

  public init(replacements: [(from: String, to: String)] = []) {
    let rules = replacements.map { (from: Array($0.from.utf8), to: Array($0.to.utf8)) }.filter { $0.from.count >= 2 }
    self.replacements = rules
    var group = [UInt16](repeating: 0, count: 1 << 16)
    var groups: [[Int]] = []
    var bits = [UInt64](repeating: 0, count: 1024)
    for (number, rule) in rules.enumerated() {
      let prefix = Self.prefixHash(rule.from[...].prefix(4))
      bits[Int(prefix >> 6)] |= 1 << UInt64(prefix & 63)
      let pair = Self.pair(rule.from[0], rule.from[1])
      if group[Int(pair)] == 0 {
        groups.append([])
        group[Int(pair)] = UInt16(groups.count)
      }
      groups[Int(group[Int(pair)]) - 1].append(number)
    }
    pairGroup = rules.isEmpty ? [] : group
    pairGroups = groups
    prefixBits = bits
    shortestPrefix = min(4, rules.map(\.from.count).min() ?? 4)
  }

  /// The key of one word (no spaces or hyphens inside).
  func key<Bytes: Collection<UInt8>>(_ word: Bytes) -> [UInt8] {
    var bytes = Self.lowercased(word)
    Self.dropPossessive(&bytes)
    if bytes.contains(UInt8(ascii: "'")) { bytes.removeAll { $0 == UInt8(ascii: "'") } }
    guard !pairGroups.isEmpty, bytes.count >= 2 else { return bytes }
    var candidates: [Int] = []
    for start in 0..<(bytes.count - 1) {
      let pair = Self.pair(bytes[start], bytes[start + 1])
      let group = Int(pairGroup[Int(pair)])
      if group != 0 { candidates += pairGroups[group - 1] }
    }
    guard !candidates.isEmpty else { return bytes }
    for number in candidates.sorted() where bytes.count >= replacements[number].from.count {
      let (from, to) = replacements[number]
      if let start = Self.firstIndex(of: from, in: bytes) {
        bytes.replaceSubrange(start..<(start + from.count), with: to)
      }
    }
    return bytes
  }

  /// True when the word's key is the word in lower case: ASCII, no apostrophe, and no spelling rule can
  /// apply (most words of prose), so the key need not be built (``asciiLowercased(_:)``).
  func isPlain<Word: Collection<UInt8>>(_ word: Word) -> Bool {
    // The last four bytes, lowercased, packed into one word (the newest in the low byte).
    var window: UInt32 = 0
    var seen = 0
    for byte in word {
      guard byte < 0x80, byte != UInt8(ascii: "'") else { return false }
      window = window << 8 | UInt32(Self.asciiLowercased(byte))
      seen += 1
      guard !pairGroups.isEmpty else { continue }
      for count in shortestPrefix...4 where count <= seen {
        let packed = count == 4 ? window : window & (1 << (8 * UInt32(count)) - 1)
        if hasPrefixBit(Self.prefixHash(packed: packed, count: count)) { return false }
      }
    }
    return true
  }

  private func hasPrefixBit(_ hash: UInt16) -> Bool {
    prefixBits[Int(hash >> 6)] & (1 << UInt64(hash & 63)) != 0
  }

  /// The 16-bit hash of a rule's first two to four bytes.
  private static func prefixHash(_ bytes: ArraySlice<UInt8>) -> UInt16 {
    prefixHash(packed: bytes.reduce(0) { $0 << 8 | UInt32($1) }, count: bytes.count)
  }

  /// The hash of two to four bytes packed oldest first, as ``isPlain(_:)`` reads them.
  private static func prefixHash(packed: UInt32, count: Int) -> UInt16 {
    let mixed = (packed &* 0x9E37_79B1) ^ UInt32(count) &* 0x85EB_CA77
    return UInt16(truncatingIfNeeded: mixed >> 16)
  }

  static func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }

  private static func pair(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }

  /// ASCII lowercasing, with curly apostrophes folded; non-ASCII letters go through Unicode lowercasing.
  private static func lowercased<Bytes: Collection<UInt8>>(_ word: Bytes) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(word.count)
    var hasNonASCII = false
    var index = word.startIndex
    while index != word.endIndex {
      let byte = word[index]
      if byte == 0xE2, let apostrophe = curlyApostropheLength(word, at: index) {
        out.append(UInt8(ascii: "'"))
        index = word.index(index, offsetBy: apostrophe)
        continue
      }
      if byte >= 0x80 { hasNonASCII = true }
      out.append(asciiLowercased(byte))
      index = word.index(after: index)
    }
    guard hasNonASCII else { return out }
    return Array(String(decoding: out, as: UTF8.self).lowercased().utf8)
  }

  /// 3 when `’` or `‘` starts at `index`.
  private static func curlyApostropheLength<Bytes: Collection<UInt8>>(_ word: Bytes, at index: Bytes.Index) -> Int? {
    let second = word.index(after: index)
    guard second != word.endIndex, word[second] == 0x80 else { return nil }
    let third = word.index(after: second)
    guard third != word.endIndex, word[third] == 0x98 || word[third] == 0x99 else { return nil }
    return 3
  }

  /// "alzheimer's" → "alzheimer", "patients'" → "patients".
  private static func dropPossessive(_ bytes: inout [UInt8]) {
    let apostrophe = UInt8(ascii: "'")
    if bytes.count > 2, bytes[bytes.count - 2] == apostrophe, bytes[bytes.count - 1] == UInt8(ascii: "s") {
      bytes.removeLast(2)
    } else if bytes.count > 1, bytes.last == apostrophe {
      bytes.removeLast()
    }
  }

  private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard let first = needle.first, bytes.count >= needle.count else { return nil }
    var start = 0
    while start + needle.count <= bytes.count {
      if bytes[start] == first && bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
      start += 1
    }
    return nil
  }
}
