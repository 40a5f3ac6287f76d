/// The keys of one vocabulary term, in one reusable byte buffer: what ``TermTokenizer/keys(of:)`` gives,
/// without an array per key, so a table of tens of thousands of terms is built with few allocations.
struct TermKeys {
  /// The keys' bytes, one after another.
  private(set) var bytes: [UInt8] = []
  /// Where each key ends in ``bytes``; key `k` starts where key `k - 1` ends.
  private(set) var ends: [Int] = []
  /// Whether a hyphen joins key `k` to the next.
  private(set) var hyphenAfter: [Bool] = []
  /// Buffers ``TermTokenizer/fillKeys(of:into:)`` reuses from term to term: the term's words and one
  /// word's parts.
  fileprivate var words: [Range<Int>] = []
  fileprivate var parts: [Range<Int>] = []

  var count: Int { ends.count }
  var isEmpty: Bool { ends.isEmpty }
  /// True when some hyphen joins two keys, so the term has a second, joined spelling.
  var hasHyphen: Bool { hyphenAfter.contains(true) }

  /// The bytes of key `index`.
  func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

  /// The FNV-1a hash of key `index` (``TermTokenizer/hash(_:from:)``).
  func hash(_ index: Int) -> UInt64 { TermTokenizer.hash(bytes[range(index)]) }

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    hyphenAfter.removeAll(keepingCapacity: true)
  }

  /// Appends a key of `part`: lowercased in place when `plain`, else through the normalizer.
  mutating func append<Part: Collection<UInt8>>(
    _ part: Part, plain: Bool, hyphenAfter joined: Bool, normalizer: TermNormalizer
  ) {
    if plain {
      let start = bytes.count
      bytes.append(contentsOf: part)
      bytes.withUnsafeMutableBufferPointer { buffer in
        for index in start..<buffer.count { buffer[index] = TermNormalizer.asciiLowercased(buffer[index]) }
      }
    } else {
      let key = normalizer.key(part)
      guard !key.isEmpty else { return }
      bytes += key
    }
    ends.append(bytes.count)
    hyphenAfter.append(joined)
  }
}

extension TermTokenizer {
  /// Fills `keys` with the keys of `term`, as ``keys(of:)`` gives them (a test checks every vocabulary row).
  func fillKeys(of term: String, into keys: inout TermKeys) {
    keys.removeAll()
    var term = term
    term.withUTF8 { bytes in
      Self.words(of: bytes, into: &keys.words)
      for word in keys.words {
        Self.parts(of: bytes[word], into: &keys.parts)
        for (index, part) in keys.parts.enumerated() {
          let slice = bytes[part]
          keys.append(
            slice, plain: normalizer.isPlain(slice), hyphenAfter: index < keys.parts.count - 1, normalizer: normalizer)
        }
      }
    }
  }
}
