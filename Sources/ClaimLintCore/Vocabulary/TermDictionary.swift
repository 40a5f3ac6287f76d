import Foundation

/// A large set of terms matched word by word, not by a regex: a hash table of word-sequence prefixes.
///
/// Each term is split and normalized like prose (``TermTokenizer``), and entered with its variants: the
/// plural and singular of its last word (``Inflection``), and its hyphenated words written as one. Matching
/// starts at a word and follows the table while the words continue a term, so the cost is a few lookups per
/// word, whatever the size of the vocabulary.
final class TermDictionary: Sendable {
  /// A term and what the vocabulary says about it.
  struct Entry: Sendable {
    var term: String
    var kind: String
    var concept: String
    var source: String
    var sense: TermSense
    /// Capitalised acronyms ("MS", "AIDS") match only words written in capitals.
    var caseSensitive: Bool
  }

  /// A term found in a token stream: tokens `start..<end`.
  struct Hit: Sendable, Hashable {
    var start: Int
    var end: Int
    var entry: Int
  }

  /// The entries and the hash table, made on first use: a run rarely needs every vocabulary it loads.
  private let storage: Lazy<(entries: [Entry], table: TermTable)>

  /// The terms, by index (``Hit/entry``).
  var entries: [Entry] { storage.value.entries }

  init(entries: [Entry], tokenizer: TermTokenizer) {
    storage = Lazy { (entries, TermTable(entries: entries, tokenizer: tokenizer)) }
  }

  /// A dictionary whose entries are read only when it is first used.
  init(tokenizer: TermTokenizer, entries: @escaping @Sendable () -> [Entry]) {
    storage = Lazy {
      let read = entries()
      return (read, TermTable(entries: read, tokenizer: tokenizer))
    }
  }

  /// Starts building the entries and table on a thread of its own, so the first search waits for less of
  /// it: not on the shared pool, where it would queue behind the rule files being read on every core.
  func prepareInBackground() {
    Thread.detachNewThread { _ = self.storage.value }
  }

  /// The spellings a term is entered under, as lists of keys: as written, and with its hyphenated words
  /// joined ("anti-viral" → "antiviral"). Each is entered with the noun forms of its last word.
  static func spellings(of keys: [(key: [UInt8], hyphenAfter: Bool)]) -> [[[UInt8]]] {
    guard !keys.isEmpty else { return [] }
    var spellings: [[[UInt8]]] = [keys.map(\.key)]
    guard keys.contains(where: \.hyphenAfter) else { return spellings }
    var joined: [[UInt8]] = []
    var pending: [UInt8] = []
    for (key, hyphenAfter) in keys {
      pending += key
      if !hyphenAfter {
        joined.append(pending)
        pending = []
      }
    }
    if !pending.isEmpty { joined.append(pending) }
    spellings.append(joined)
    return spellings
  }

  /// Every term that starts at some token (all lengths; a term never runs past a token that ends a run)
  /// and is meant in its vocabulary sense, by start.
  func hits(in tokens: [TermToken]) -> [Hit] {
    let (entries, table) = storage.value
    var walk = Walk(tokens: tokens, entries: entries, table: table)
    for start in tokens.indices { walk.collect(from: start) }
    return walk.result
  }

  /// The walk of the table along a token stream, with one stack reused for every start.
  private struct Walk {
    let tokens: [TermToken]
    let entries: [Entry]
    let table: TermTable
    var result: [Hit] = []
    private var stack: [(next: Int, hash: UInt64)] = []

    init(tokens: [TermToken], entries: [Entry], table: TermTable) {
      self.tokens = tokens
      self.entries = entries
      self.table = table
    }

    /// Appends the terms that start at token `start`.
    mutating func collect(from start: Int) {
      let first = result.count
      stack.append((start, TermTokenizer.sequenceSeed))
      while let (position, hash) = stack.popLast() {
        guard position < tokens.count else { continue }
        let token = tokens[position]
        step(start, first, hash, token.hash, to: position + 1)
        if let joined = token.joinedHash, position + 1 < tokens.count { step(start, first, hash, joined, to: position + 2) }
      }
    }

    /// Follows one word (or two written as one) from the prefix `hash`, ending at token `next`.
    private mutating func step(_ start: Int, _ first: Int, _ hash: UInt64, _ key: UInt64, to next: Int) {
      let extended = TermTokenizer.extend(hash, with: key)
      // Most words start no term: the first word is ruled out by a small bitset before the table is probed.
      if hash == TermTokenizer.sequenceSeed, !table.mayStart(extended) { return }
      guard let slot = table.slot(extended) else { return }
      var link = slot.head
      while link >= 0 {
        let entry = Int(table.links[Int(link)].entry)
        link = table.links[Int(link)].next
        guard TermDictionary.admits(entries[entry], tokens, start, next) else { continue }
        let hit = Hit(start: start, end: next, entry: entry)
        if !result[first...].contains(hit) { result.append(hit) }
      }
      if slot.continues, !tokens[next - 1].endsRun { stack.append((next, extended)) }
    }
  }

  fileprivate static func admits(_ entry: Entry, _ tokens: [TermToken], _ start: Int, _ end: Int) -> Bool {
    if entry.caseSensitive, tokens[start..<end].contains(where: { !$0.isUppercase }) { return false }
    return entry.sense.isEmpty || entry.sense.admits(tokens, start: start, end: end)
  }

  /// True for terms written in capitals that must match case-sensitively: letters all upper case and at
  /// least two letters or digits ("HIV", "MS", "COVID-19"), as for lexicon terms (``TermPattern``).
  static func isCaseSensitive(_ term: String) -> Bool { TermPattern.isAcronym(term) }
}
