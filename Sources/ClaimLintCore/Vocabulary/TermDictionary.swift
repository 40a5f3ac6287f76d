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
  private let storage: LazyStorage

  /// The terms, by index (``Hit/entry``).
  var entries: [Entry] { storage.value.entries }

  init(entries: [Entry], tokenizer: TermTokenizer) {
    storage = LazyStorage { (entries, Table(entries: entries, tokenizer: tokenizer)) }
  }

  /// A dictionary whose entries are read only when it is first used.
  init(tokenizer: TermTokenizer, entries: @escaping @Sendable () -> [Entry]) {
    storage = LazyStorage {
      let read = entries()
      return (read, Table(entries: read, tokenizer: tokenizer))
    }
  }

  /// Word-sequence prefixes by hash: a term ends at a node with entries; a longer term continues it.
  private struct Table: Sendable {
    var continues = Set<UInt64>()
    /// Hash → index of the first link of its entry list in `links`.
    var terminals: [UInt64: Int32] = [:]
    /// Entry lists: the entry index and the next link (-1 ends the list).
    var links: [(entry: Int32, next: Int32)] = []

    init(entries: [Entry], tokenizer: TermTokenizer) {
      terminals.reserveCapacity(entries.count * 2)
      continues.reserveCapacity(entries.count)
      for (index, entry) in entries.enumerated() {
        for variant in TermDictionary.variants(of: tokenizer.keys(of: entry.term)) {
          var hash = TermTokenizer.sequenceSeed
          for key in variant.dropLast() {
            hash = TermTokenizer.extend(hash, with: key)
            continues.insert(hash)
          }
          add(Int32(index), at: TermTokenizer.extend(hash, with: variant[variant.count - 1]))
        }
      }
    }

    private mutating func add(_ entry: Int32, at hash: UInt64) {
      let head = terminals[hash] ?? -1
      var link = head
      while link >= 0 {
        if links[Int(link)].entry == entry { return }
        link = links[Int(link)].next
      }
      links.append((entry, head))
      terminals[hash] = Int32(links.count - 1)
    }
  }

  /// Builds the entries and table once, on first use, from any thread.
  private final class LazyStorage: @unchecked Sendable {
    private let lock = NSLock()
    private var built: (entries: [Entry], table: Table)?
    private let build: @Sendable () -> ([Entry], Table)

    init(_ build: @escaping @Sendable () -> ([Entry], Table)) {
      self.build = build
    }

    var value: (entries: [Entry], table: Table) {
      lock.lock()
      defer { lock.unlock() }
      if let built { return built }
      let (entries, table) = build()
      built = (entries, table)
      return (entries, table)
    }
  }

  /// The key-hash sequences a term is entered under: as written, with its hyphenated words joined, and
  /// with the plural and singular of its last word.
  static func variants(of keys: [(key: [UInt8], hyphenAfter: Bool)]) -> [[UInt64]] {
    guard !keys.isEmpty else { return [] }
    var spellings: [[[UInt8]]] = [keys.map(\.key)]
    if keys.contains(where: \.hyphenAfter) {
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
    }
    var result: [[UInt64]] = []
    for spelling in spellings {
      let head = spelling.dropLast().map { TermTokenizer.hash($0) }
      for form in Inflection.standard.nounForms(ofKey: spelling[spelling.count - 1]) {
        let variant = head + [TermTokenizer.hash(form)]
        if !result.contains(variant) { result.append(variant) }
      }
    }
    return result
  }

  /// Appends every term that starts at token `start` (all lengths; a term never runs past a token that
  /// ends a run) and is meant in its vocabulary sense.
  func hits(in tokens: [TermToken], from start: Int, into result: inout [Hit]) {
    let (entries, table) = storage.value
    hits(in: tokens, from: start, entries: entries, table: table, into: &result)
  }

  /// Every start of `tokens`, with the table looked up once.
  func hits(in tokens: [TermToken]) -> [Hit] {
    let (entries, table) = storage.value
    var result: [Hit] = []
    for start in tokens.indices { hits(in: tokens, from: start, entries: entries, table: table, into: &result) }
    return result
  }

  private func hits(
    in tokens: [TermToken], from start: Int, entries: [Entry], table: Table, into result: inout [Hit]
  ) {
    let first = result.count
    var stack: [(next: Int, hash: UInt64)] = [(start, TermTokenizer.sequenceSeed)]
    while let (position, hash) = stack.popLast() {
      guard position < tokens.count else { continue }
      let token = tokens[position]
      var steps: [(UInt64, Int)] = [(token.hash, position + 1)]
      if let joined = token.joinedHash, position + 1 < tokens.count { steps.append((joined, position + 2)) }
      for (key, next) in steps {
        let extended = TermTokenizer.extend(hash, with: key)
        var link = table.terminals[extended] ?? -1
        while link >= 0 {
          let entry = Int(table.links[Int(link)].entry)
          link = table.links[Int(link)].next
          guard Self.admits(entries[entry], tokens, start, next) else { continue }
          let hit = Hit(start: start, end: next, entry: entry)
          if !result[first...].contains(hit) { result.append(hit) }
        }
        if table.continues.contains(extended), !tokens[next - 1].endsRun { stack.append((next, extended)) }
      }
    }
  }

  private static func admits(_ entry: Entry, _ tokens: [TermToken], _ start: Int, _ end: Int) -> Bool {
    if entry.caseSensitive, tokens[start..<end].contains(where: { !$0.isUppercase }) { return false }
    return entry.sense.isEmpty || entry.sense.admits(tokens, start: start, end: end)
  }

  /// True for terms written in capitals that must match case-sensitively: letters all upper case and at
  /// least two letters or digits ("HIV", "MS", "COVID-19"), as for lexicon terms (``TermPattern``).
  static func isCaseSensitive(_ term: String) -> Bool {
    let bytes = term.utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return TermPattern.isAcronym(term) }
    var letters = 0
    var alphanumerics = 0
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): return false
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1; alphanumerics += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9"): alphanumerics += 1
      case UInt8(ascii: "-"): break
      default: return false
      }
    }
    return letters > 0 && alphanumerics >= 2
  }
}
