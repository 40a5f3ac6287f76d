/// `partialFingerprints.primaryLocationLineHash` values that survive lines being inserted above.
///
/// The key of a result is its rule ID and the text of its first line with whitespace runs collapsed
/// to one space and trimmed; on a line longer than `SentenceText.longSentence` bytes, only the whole
/// words within `SentenceText.reach` bytes of the result's start, so a minified page stays linear
/// (`SentenceText.lineText(at:in:)`). The value is the key's 64-bit FNV-1a hash in 16 lowercase hex
/// digits, then `:` and the 1-based occurrence of that key among the results of the same file, in report
/// order (the `hash:occurrence` shape GitHub's own fingerprints use). It depends on neither the
/// line number nor the process, so it is the same on every run over the same text.
struct SARIFFingerprinter {
  private var seen: [UInt64: Int] = [:]

  /// The fingerprint of the next result in a file; call once per result, in order.
  mutating func next(ruleID: String, lineText: String) -> String {
    let hash = Self.fnv1a64(Array((ruleID + "\u{0}" + Self.normalizeWhitespace(lineText)).utf8))
    let occurrence = (seen[hash] ?? 0) + 1
    seen[hash] = occurrence
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex + ":\(occurrence)"
  }

  /// 64-bit FNV-1a.
  static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// `text` with runs of whitespace replaced by one space and none at either end.
  static func normalizeWhitespace(_ text: String) -> String {
    text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace)
      .map { String(String.UnicodeScalarView($0)) }
      .joined(separator: " ")
  }
}
