/// A word of prose as vocabulary matching sees it: a normalized key's hash and how it joins the next word.
struct TermToken: Sendable {
  /// Bytes of the word in the text it came from.
  var range: Range<Int>
  /// Hash of the normalized key (see ``TermNormalizer``).
  var hash: UInt64
  /// Hash of this word and the next one written as one ("anti-viral" → "antiviral"), when a hyphen joins them.
  var joinedHash: UInt64?
  /// True when the word has no lowercase ASCII letter ("HIV", "MS", "19").
  var isUppercase: Bool
  /// True when a term may not run on past this word (punctuation or the end of a sentence follows).
  var endsRun: Bool
}

/// Splits prose into ``TermToken``s, on the claim analyzer's word scan (one tokenizer for both).
///
/// Hyphens split words ("type-2" → "type", "2", and "anti-viral" also reads as "antiviral"); a period after a
/// single letter does not end a run ("E. coli"); other punctuation does. An apostrophe after a plural
/// ("patients’") is a possessive, not punctuation.
struct TermTokenizer: Sendable {
  let normalizer: TermNormalizer

  /// Tokens of `bytes`, with ranges shifted by `offset`; the last one ends a run.
  func tokens(_ bytes: [UInt8], offset: Int = 0) -> [TermToken] {
    var tokens: [TermToken] = []
    // The previous piece was a word of one byte ("E" of "E. coli").
    var afterSingleLetter = false
    ClaimTokenizer.scan(bytes, knowledge: .builtIn) { range, mark in
      guard let mark else {
        appendParts(of: bytes[range], at: range.lowerBound + offset, to: &tokens)
        afterSingleLetter = range.count == 1 && !ClaimTokenizer.isDigit(bytes[range.lowerBound])
        return
      }
      let keepsRun = mark == "'" || (mark == "." && afterSingleLetter)
      if !keepsRun, !tokens.isEmpty { tokens[tokens.count - 1].endsRun = true }
      afterSingleLetter = false
    }
    if !tokens.isEmpty { tokens[tokens.count - 1].endsRun = true }
    return tokens
  }

  /// The keys of a term as written in a vocabulary, each with whether a hyphen joins it to the next.
  ///
  /// Terms are plain words, so they are split without the full tokenizer (vocabularies have tens of
  /// thousands of them): at spaces and at punctuation other than hyphens, apostrophes and periods, which
  /// gives the keys ``tokens(_:offset:)`` gives for the same text (a test checks every vocabulary row).
  func keys(of term: String) -> [(key: [UInt8], hyphenAfter: Bool)] {
    var result: [(key: [UInt8], hyphenAfter: Bool)] = []
    let bytes = Array(term.utf8)
    for word in Self.words(of: bytes) {
      let parts = Self.parts(of: bytes[word])
      for (index, part) in parts.enumerated() {
        let key = normalizer.key(bytes[part])
        if !key.isEmpty { result.append((key, index < parts.count - 1)) }
      }
    }
    return result
  }

  /// Ranges of the words of a term: runs of word bytes, hyphens, apostrophes and periods.
  static func words(of bytes: [UInt8]) -> [Range<Int>] {
    var words: [Range<Int>] = []
    self.words(of: bytes, into: &words)
    return words
  }

  /// ``words(of:)`` into `words`, which is emptied first (a buffer reused from term to term).
  static func words<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes, into words: inout [Range<Int>])
  where Bytes.Index == Int {
    words.removeAll(keepingCapacity: true)
    var start: Int?
    var index = 0
    while index < bytes.count {
      let length = wordByteLength(bytes, at: index)
      if length > 0 {
        if start == nil { start = index }
        index += length
        continue
      }
      if let first = start { words.append(first..<index) }
      start = nil
      index += max(1, SourceText.sequenceLength(bytes[index]))
    }
    if let first = start { words.append(first..<bytes.count) }
  }

  /// The length of the word character at `index` (letters, digits, other scalars, hyphens, apostrophes
  /// and periods), or 0 for a space or punctuation.
  private static func wordByteLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int
  where Bytes.Index == Int {
    let byte = bytes[index]
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."):
      return 1
    case 0xC2:
      // No-break space, guillemets: not word characters.
      guard index + 1 < bytes.count else { return 2 }
      let next = bytes[index + 1]
      return next == 0xA0 || next == 0x85 || next == 0xAB || next == 0xBB ? 0 : 2
    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
      // Apostrophes (‘ ’) and Unicode hyphens (‐ ‑) belong to words; dashes, quotes and spaces do not.
      let last = bytes[index + 2]
      return last == 0x98 || last == 0x99 || last == 0x90 || last == 0x91 ? 3 : 0
    case 0x80...:
      return SourceText.sequenceLength(byte)
    default:
      return 0
    }
  }

  /// Appends the hyphen-separated parts of one word.
  private func appendParts(of word: ArraySlice<UInt8>, at start: Int, to tokens: inout [TermToken]) {
    let shift = start - word.startIndex
    guard word.contains(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 }) else {
      // The common case, a word with no hyphen: one part, without a final period.
      var end = word.endIndex
      if word[end - 1] == UInt8(ascii: ".") { end -= 1 }
      if end > word.startIndex { _ = appendPart(word[word.startIndex..<end], shift: shift, after: nil, to: &tokens) }
      return
    }
    let parts = Self.parts(of: word)
    // The hash of the previous part's key when a hyphen joins it to this one.
    var previousHash: UInt64?
    for (index, part) in parts.enumerated() {
      guard let hash = appendPart(word[part], shift: shift, after: previousHash, to: &tokens) else { continue }
      previousHash = index < parts.count - 1 ? hash : nil
    }
  }

  /// Appends one part of a word and returns its key's hash (nil when the key is empty). With `previousHash`,
  /// the part before it is given the hash of the two keys written as one: FNV-1a runs on over this key.
  private func appendPart(
    _ part: ArraySlice<UInt8>, shift: Int, after previousHash: UInt64?, to tokens: inout [TermToken]
  ) -> UInt64? {
    let hash: UInt64
    var joined: UInt64?
    if normalizer.isPlain(part) {
      let key = part.lazy.map(TermNormalizer.asciiLowercased)
      hash = Self.hash(key)
      joined = previousHash.map { Self.hash(key, from: $0) }
    } else {
      let key = normalizer.key(part)
      guard !key.isEmpty else { return nil }
      hash = Self.hash(key)
      joined = previousHash.map { Self.hash(key, from: $0) }
    }
    if let joined, !tokens.isEmpty { tokens[tokens.count - 1].joinedHash = joined }
    tokens.append(
      TermToken(
        range: (part.startIndex + shift)..<(part.endIndex + shift), hash: hash, joinedHash: nil,
        isUppercase: Self.isUppercase(part), endsRun: false))
    return hash
  }

  /// Ranges of the parts of a word between hyphens (ASCII or Unicode), without a final period.
  static func parts(of word: ArraySlice<UInt8>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    self.parts(of: word, into: &parts)
    return parts
  }

  /// ``parts(of:)`` into `parts`, which is emptied first.
  static func parts<Word: RandomAccessCollection<UInt8>>(of word: Word, into parts: inout [Range<Int>])
  where Word.Index == Int {
    parts.removeAll(keepingCapacity: true)
    var start = word.startIndex
    var index = word.startIndex
    while index < word.endIndex {
      let hyphenLength: Int
      if word[index] == UInt8(ascii: "-") {
        hyphenLength = 1
      } else if word[index] == 0xE2, index + 2 < word.endIndex, word[index + 1] == 0x80,
        word[index + 2] == 0x90 || word[index + 2] == 0x91
      {
        hyphenLength = 3
      } else {
        index += 1
        continue
      }
      if index > start { parts.append(start..<index) }
      index += hyphenLength
      start = index
    }
    var end = word.endIndex
    if end > start, word[end - 1] == UInt8(ascii: ".") { end -= 1 }
    if end > start { parts.append(start..<end) }
  }

  private static func isUppercase(_ word: ArraySlice<UInt8>) -> Bool {
    !word.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
  }

  /// The FNV-1a offset basis: the hash of no bytes.
  static let hashBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a over a key's bytes, run on from `value` (the hash of the bytes before them, if any).
  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from value: UInt64 = hashBasis) -> UInt64 {
    // Contiguous bytes (arrays, native strings) are read without a generic iterator per byte.
    if let hashed = bytes.withContiguousStorageIfAvailable({ $0.reduce(value, hash(from:adding:)) }) { return hashed }
    return bytes.reduce(value, hash(from:adding:))
  }

  /// One step of FNV-1a: the hash `value` run on over one more byte.
  @inline(__always)
  static func hash(from value: UInt64, adding byte: UInt8) -> UInt64 {
    (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  /// The hash of a sequence of keys, extended by one more key.
  static func extend(_ sequence: UInt64, with key: UInt64) -> UInt64 {
    var value = sequence ^ (key &+ 0x9E37_79B9_7F4A_7C15 &+ (sequence << 6) &+ (sequence >> 2))
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// The starting value of a sequence hash.
  static let sequenceSeed: UInt64 = 0x2545_F491_4F6C_DD1D
}
