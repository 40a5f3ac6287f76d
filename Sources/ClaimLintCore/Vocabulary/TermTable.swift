/// The word-sequence prefixes of a ``TermDictionary`` by hash, in one open-addressing table: a term ends
/// at a slot with entries, a longer term continues through a slot marked `continues`.
///
/// The keys are already well-mixed 64-bit sequence hashes (``TermTokenizer/extend(_:with:)``), so a
/// slot is found from the hash's low bits with no further hashing: the table is built for tens of
/// thousands of terms at startup and probed for every word of every document.
struct TermTable: Sendable {
  /// A slot of the table: where a prefix's entry list starts and whether longer terms continue it.
  struct Slot: Sendable {
    /// First link of the entry list in ``links``; -1 when no term ends here.
    var head: Int32
    var continues: Bool
  }

  /// A slot and its hash, side by side so a probe touches one cache line; a hash of 0 marks an empty
  /// slot (a hash of 0 is stored as 1).
  private struct Cell {
    var hash: UInt64
    var slot: Slot
  }

  private var cells: [Cell]
  private var mask: Int
  private var used = 0
  /// Entry lists: the entry index and the next link (-1 ends the list).
  private(set) var links: [(entry: Int32, next: Int32)] = []
  /// One bit per first word of some term, indexed by the high bits of its one-word sequence hash: a
  /// small bitset that stays in cache, so most words of prose are ruled out without a probe of the table.
  private var firstWords: [UInt64]
  private let firstWordShift: UInt64

  /// An empty table sized for about `terms` terms.
  init(terms: Int) {
    var capacity = 16
    while capacity < terms * 4 { capacity <<= 1 }
    cells = Array(repeating: Cell(hash: 0, slot: Slot(head: -1, continues: false)), count: capacity)
    mask = capacity - 1
    var bits = 1 << 12
    var log = 12
    while bits < terms * 32 {
      bits <<= 1
      log += 1
    }
    firstWords = Array(repeating: 0, count: bits / 64)
    firstWordShift = UInt64(64 - log)
  }

  /// The table of `entries`, each entered under every variant of its words (``TermDictionary/spellings(of:)``).
  init(entries: [TermDictionary.Entry], tokenizer: TermTokenizer) {
    // Each term fills a few slots (its prefixes, its noun forms, its joined spelling): room for them all
    // without growing the table while it is built.
    self.init(terms: entries.count * 2)
    links.reserveCapacity(entries.count * 3)
    var keys = TermKeys()
    var forms: [UInt64] = []
    for (index, entry) in entries.enumerated() {
      tokenizer.fillKeys(of: entry.term, into: &keys)
      add(Int32(index), keys: keys, joined: false, forms: &forms)
      if keys.hasHyphen { add(Int32(index), keys: keys, joined: true, forms: &forms) }
    }
  }

  /// The number of slots in use.
  var count: Int { used }

  /// False when no term starts with the word whose one-word sequence hash is `hash`.
  func mayStart(_ hash: UInt64) -> Bool {
    let bit = Int(truncatingIfNeeded: hash >> firstWordShift)
    return firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  private mutating func markStart(_ hash: UInt64) {
    let bit = Int(truncatingIfNeeded: hash >> firstWordShift)
    firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// The slot of `hash`, if a term ends or continues there.
  func slot(_ hash: UInt64) -> Slot? {
    let key = hash == 0 ? 1 : hash
    var index = Int(truncatingIfNeeded: key) & mask
    while true {
      let stored = cells[index].hash
      if stored == key { return cells[index].slot }
      if stored == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  /// Enters one spelling of entry `entry` (``TermDictionary/spellings(of:)``): as written, or `joined`
  /// with its hyphenated keys written as one. Its prefixes continue, and its last word in each of its noun
  /// forms (``Inflection``) ends it.
  private mutating func add(_ entry: Int32, keys: TermKeys, joined: Bool, forms: inout [UInt64]) {
    guard !keys.isEmpty else { return }
    var hash = TermTokenizer.sequenceSeed
    var depth = 0
    var start = 0
    for index in 0..<(keys.count - 1) where !(joined && keys.hyphenAfter[index]) {
      let word = start..<keys.range(index).upperBound
      start = word.upperBound
      hash = TermTokenizer.extend(hash, with: TermTokenizer.hash(keys.bytes[word]))
      if depth == 0 { markStart(hash) }
      cells[insert(hash)].slot.continues = true
      depth += 1
    }
    forms.removeAll(keepingCapacity: true)
    Inflection.standard.appendNounFormHashes(ofKey: keys.bytes[start..<keys.bytes.count], to: &forms)
    for form in forms {
      let terminal = TermTokenizer.extend(hash, with: form)
      if depth == 0 { markStart(terminal) }
      addTerminal(entry, at: insert(terminal))
    }
  }

  private mutating func addTerminal(_ entry: Int32, at index: Int) {
    var link = cells[index].slot.head
    while link >= 0 {
      if links[Int(link)].entry == entry { return }
      link = links[Int(link)].next
    }
    links.append((entry, cells[index].slot.head))
    cells[index].slot.head = Int32(links.count - 1)
  }

  /// The index of `hash`'s slot, made if it is new.
  private mutating func insert(_ hash: UInt64) -> Int {
    if (used + 1) * 2 > cells.count { grow() }
    let key = hash == 0 ? 1 : hash
    var index = Int(truncatingIfNeeded: key) & mask
    while cells[index].hash != 0 {
      if cells[index].hash == key { return index }
      index = (index + 1) & mask
    }
    cells[index].hash = key
    used += 1
    return index
  }

  private mutating func grow() {
    let old = cells
    cells = Array(repeating: Cell(hash: 0, slot: Slot(head: -1, continues: false)), count: old.count * 2)
    mask = cells.count - 1
    for cell in old where cell.hash != 0 {
      var target = Int(truncatingIfNeeded: cell.hash) & mask
      while cells[target].hash != 0 { target = (target + 1) & mask }
      cells[target] = cell
    }
  }
}
