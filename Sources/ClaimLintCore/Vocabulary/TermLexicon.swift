import Foundation

/// A lexicon matched through vocabularies rather than a regex: the terms of one or more dictionaries that
/// pass its filters. Rules use it like any lexicon (`{{conditions}}`, `lexicon: conditions`).
struct TermLexicon: Sendable {
  /// A dictionary and the rows of it that belong to the lexicon.
  struct Part: Sendable {
    var dictionary: TermDictionary
    /// Row kinds that count; `nil` for every kind.
    var kinds: Set<String>?
    /// Concepts whose rows count; `nil` for every concept.
    var concepts: Set<String>? = nil
    /// Rows whose sense carries one of these flags are left out.
    var exceptFlags: Set<String>

    /// The entries of one of the part's kinds (any kind without `kinds`), of one of its concepts (any
    /// without `concepts`), and without an excepted flag. Rows come in runs of one kind, so a kind is looked
    /// up once per run, and entries are read in place rather than copied.
    func members(of entries: [TermDictionary.Entry]) -> TermMembers {
      var runKind: String?
      var runIncluded = kinds == nil
      return entries.withUnsafeBufferPointer { entries in
        TermMembers(count: entries.count) { index in
          if let kinds, entries[index].kind != runKind {
            let kind = entries[index].kind
            runKind = kind
            runIncluded = kinds.contains(kind)
          }
          guard runIncluded, concepts?.contains(entries[index].concept) ?? true else { return false }
          return exceptFlags.isEmpty || entries[index].sense.flags.isDisjoint(with: exceptFlags)
        }
      }
    }

    /// The entries of the dictionary this part includes, worked out once per process on first use.
    var members: TermMembers { membership.members(of: self) }
    private let membership = TermMembership()
  }

  /// Index in the rule set's term lexicons.
  let id: Int
  let name: String
  let parts: [Part]
  /// The lexicon's own `not-preceded-by` / `not-followed-by` words, as a sense every term must meet.
  var context = TermSense()
}

/// Where term lexicons are found in one text; ``Pattern`` asks it while matching a lexicon inside a regex.
public protocol TermSpanSource: AnyObject {
  /// The end offsets of the terms of lexicon `lexicon` that start at byte `offset`, longest first.
  func termEnds(lexicon: Int, startingAt offset: Int) -> ArraySlice<Int>
  /// The offsets at or after `offset` where terms of lexicon `lexicon` start, ascending.
  func termStarts(lexicon: Int, from offset: Int) -> ArraySlice<Int>
}

/// Which entries of a dictionary belong to a lexicon part, one bit per entry.
struct TermMembers: Sendable {
  private let bits: [UInt64]

  init(count: Int, including: (Int) -> Bool) {
    var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
    for index in 0..<count where including(index) { bits[index >> 6] |= 1 << UInt64(index & 63) }
    self.bits = bits
  }

  func contains(_ index: Int) -> Bool { index >> 6 < bits.count && bits[index >> 6] & (1 << UInt64(index & 63)) != 0 }
}

/// The lazily computed ``TermMembers`` of a part, shared by copies of the part and safe across threads.
final class TermMembership: @unchecked Sendable {
  private let lock = NSLock()
  private var computed: TermMembers?

  func members(of part: TermLexicon.Part) -> TermMembers {
    lock.lock()
    defer { lock.unlock() }
    if let computed { return computed }
    let members = part.members(of: part.dictionary.entries)
    computed = members
    return members
  }
}
