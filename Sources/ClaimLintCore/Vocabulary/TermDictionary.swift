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

  let entries: [Entry]
  private let nodes: [UInt64: Node]

  private struct Node: Sendable {
    /// A longer term continues this prefix.
    var continues = false
    var entries: [Int32] = []
  }

  init(entries: [Entry], tokenizer: TermTokenizer) {
    var nodes: [UInt64: Node] = [:]
    nodes.reserveCapacity(entries.count * 3)
    for (index, entry) in entries.enumerated() {
      for variant in Self.variants(of: tokenizer.keys(of: entry.term)) {
        var hash = TermTokenizer.sequenceSeed
        for (position, key) in variant.enumerated() {
          hash = TermTokenizer.extend(hash, with: key)
          if position < variant.count - 1 {
            nodes[hash, default: Node()].continues = true
          } else if nodes[hash]?.entries.contains(Int32(index)) != true {
            nodes[hash, default: Node()].entries.append(Int32(index))
          }
        }
      }
    }
    self.entries = entries
    self.nodes = nodes
  }

  /// The key-hash sequences a term is entered under.
  private static func variants(of keys: [(key: [UInt8], hyphenAfter: Bool)]) -> [[UInt64]] {
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
    var result = Set<[UInt64]>()
    for spelling in spellings {
      let head = spelling.dropLast().map { TermTokenizer.hash($0) }
      let last = String(decoding: spelling[spelling.count - 1], as: UTF8.self)
      for form in Set(Inflection.plurals(of: last) + Inflection.singulars(of: last)) {
        result.insert(head + [TermTokenizer.hash(form.utf8)])
      }
    }
    return Array(result)
  }

  /// Appends every term that starts at token `start` (all lengths; a term never runs past a token that
  /// ends a run) and is meant in its vocabulary sense.
  func hits(in tokens: [TermToken], from start: Int, into result: inout [Hit]) {
    var stack: [(next: Int, hash: UInt64)] = [(start, TermTokenizer.sequenceSeed)]
    while let (position, hash) = stack.popLast() {
      guard position < tokens.count else { continue }
      let token = tokens[position]
      var steps: [(UInt64, Int)] = [(token.hash, position + 1)]
      if let joined = token.joinedHash, position + 1 < tokens.count { steps.append((joined, position + 2)) }
      for (key, next) in steps {
        let extended = TermTokenizer.extend(hash, with: key)
        guard let node = nodes[extended] else { continue }
        for entry in node.entries where admits(Int(entry), tokens, start, next) {
          let hit = Hit(start: start, end: next, entry: Int(entry))
          if !result.contains(hit) { result.append(hit) }
        }
        if node.continues, !tokens[next - 1].endsRun { stack.append((next, extended)) }
      }
    }
  }

  private func admits(_ entry: Int, _ tokens: [TermToken], _ start: Int, _ end: Int) -> Bool {
    let entry = entries[entry]
    if entry.caseSensitive, tokens[start..<end].contains(where: { !$0.isUppercase }) { return false }
    return entry.sense.isEmpty || entry.sense.admits(tokens, start: start, end: end)
  }

  /// True for terms written in capitals that must match case-sensitively: letters all upper case and at
  /// least two letters or digits ("HIV", "MS", "COVID-19"), as for lexicon terms (``TermPattern``).
  static func isCaseSensitive(_ term: String) -> Bool {
    TermPattern.isAcronym(term)
  }
}
