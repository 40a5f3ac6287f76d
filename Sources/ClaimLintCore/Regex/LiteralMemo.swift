/// The groups a ``LiteralReader`` has read, by their text, so the patterns of one rule set read each
/// lexicon's alternation once, not once per pattern that uses it.
///
/// A group's literals depend only on its text and whether extended mode is on where it starts, so a
/// group recalled by its exact text gives what reading it would.
final class LiteralMemo {
  /// Groups this deep or deeper are read, not recalled: the memo is for whole lexicons near a pattern's
  /// top, not for the branches inside them.
  static let depth = 3
  /// Groups shorter than this are read: reading them costs less than recalling them.
  static let minimumLength = 128
  /// Bytes of a group's start the memo is keyed by.
  private static let keyLength = 32

  private struct Key: Hashable {
    var start: [UInt8]
    var extended: Bool
  }

  private var groups: [Key: [(text: ArraySlice<UInt8>, literals: RequiredLiterals)]] = [:]

  /// The length and literals of a remembered group whose text starts `bytes` at `start`.
  func recall(_ bytes: [UInt8], at start: Int, extended: Bool) -> (Int, RequiredLiterals)? {
    guard bytes.count - start >= Self.minimumLength else { return nil }
    let key = Key(start: Array(bytes[start..<(start + Self.keyLength)]), extended: extended)
    guard let candidates = groups[key] else { return nil }
    for (text, literals) in candidates where bytes.count - start >= text.count {
      if bytes[start..<(start + text.count)].elementsEqual(text) { return (text.count, literals) }
    }
    return nil
  }

  /// Remembers the literals of the group whose whole text, parentheses included, is `text`.
  func remember(_ text: ArraySlice<UInt8>, extended: Bool, _ literals: RequiredLiterals) {
    guard text.count >= Self.minimumLength else { return }
    let key = Key(start: Array(text.prefix(Self.keyLength)), extended: extended)
    groups[key, default: []].append((text, literals))
  }
}
