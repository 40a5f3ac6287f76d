/// The literal prefilter of a rule set: for each pattern, the choices of literals every match satisfies
/// (``LiteralReader``), and one automaton that finds all the literals in a document in one pass.
///
/// A search whose range lacks a choice of its pattern cannot match, so it is skipped; PCRE2 runs
/// only where a match is possible, and the findings are the same (a test compares both on every rule
/// example and the benchmark compares them on the corpus). Patterns whose literals are unknown, and
/// every pattern in a document where a non-ASCII character folds to an ASCII letter (the Kelvin sign,
/// the long s), are always searched.
final class LiteralPrefilter: Sendable {
  let automaton: LiteralAutomaton
  /// One thing a match of a pattern must contain: one of these literals, or a term of one of these lexicons.
  struct Choice: Sendable {
    var literals: [Int] = []
    var lexicons: [Int] = []
    /// The same number for every choice of the same literals, whichever pattern it belongs to: their
    /// occurrences are merged once per document (``LiteralHits``).
    var literalSet = 0
  }

  /// The choices of each pattern that has some: a match satisfies all of them.
  private let requirements: [ObjectIdentifier: [Choice]]
  /// Keeps the patterns alive, so their identifiers stay theirs.
  private let patterns: [Pattern]

  /// A prefilter for `patterns` (duplicates and patterns without literals are fine).
  init(_ patterns: [Pattern]) {
    var numbers: [[UInt8]: Int] = [:]
    var literals: [[UInt8]] = []
    var requirements: [ObjectIdentifier: [Choice]] = [:]
    var kept: [Pattern] = []
    var literalSets: [[Int]: Int] = [:]
    let memo = LiteralMemo()
    for pattern in patterns where requirements[ObjectIdentifier(pattern)] == nil {
      guard let required = pattern.requiredLiterals(memo: memo) else { continue }
      // A group a rule's author named like a slot marker is not a term slot: such a pattern is not read.
      let markers = required.joined().compactMap(LiteralReader.slot(ofMarker:))
      guard markers.allSatisfy({ $0 < pattern.slotLexicons.count }) else { continue }
      requirements[ObjectIdentifier(pattern)] = required.map { strings in
        var choice = Choice()
        for literal in strings {
          if let slot = LiteralReader.slot(ofMarker: literal) {
            choice.lexicons.append(pattern.slotLexicons[slot])
          } else if let number = numbers[literal] {
            choice.literals.append(number)
          } else {
            numbers[literal] = literals.count
            choice.literals.append(literals.count)
            literals.append(literal)
          }
        }
        let set = choice.literals.sorted()
        choice.literalSet = literalSets[set] ?? literalSets.count
        literalSets[set] = choice.literalSet
        return choice
      }
      kept.append(pattern)
    }
    automaton = LiteralAutomaton(literals)
    self.requirements = requirements
    self.patterns = kept
  }

  /// What a match of `pattern` must contain, or nil when it must always be searched.
  func requirement(of pattern: Pattern) -> [Choice]? {
    requirements[ObjectIdentifier(pattern)]
  }

  /// Where the literals occur in `text`; nil when the prefilter cannot be trusted on it.
  func hits(in text: UnsafeBufferPointer<UInt8>) -> LiteralHits? {
    occurrences(in: text).map { LiteralHits(prefilter: self, ends: $0) }
  }

  /// The end offsets of each literal's occurrences in `text`, ascending; nil when the prefilter cannot
  /// be trusted on it, or when a text of 2 GiB or more has offsets past what it stores.
  func occurrences(in text: UnsafeBufferPointer<UInt8>) -> [[Int32]]? {
    guard text.count < Int(Int32.max), !Self.hasFoldingToASCII(text) else { return nil }
    var ends = [[Int32]](repeating: [], count: automaton.literals.count)
    automaton.forEachOccurrence(in: text) { literal, end in ends[literal].append(Int32(end)) }
    return ends
  }

  /// True when `text` holds U+212A KELVIN SIGN (E2 84 AA) or U+017F LATIN SMALL LETTER LONG S (C5 BF),
  /// which a caseless pattern matches as "k" and "s".
  private static func hasFoldingToASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 1 < text.count {
      let byte = text[index]
      if byte == 0xC5, text[index + 1] == 0xBF { return true }
      if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x84, text[index + 2] == 0xAA { return true }
      index += 1
    }
    return false
  }
}

/// Where a rule set's literals occur in one document, and which searches can therefore match.
///
/// One per document, like ``DocumentContext``; not shared across threads.
final class LiteralHits {
  private let prefilter: LiteralPrefilter
  /// End offsets of each literal's occurrences, ascending.
  private let ends: [[Int32]]
  /// Per set of literals of a choice (``LiteralPrefilter/Choice/literalSet``): the start and end of each
  /// occurrence of its literals, by start.
  private var spans: [Int: [(start: Int32, end: Int32)]] = [:]

  init(prefilter: LiteralPrefilter, ends: [[Int32]]) {
    self.prefilter = prefilter
    self.ends = ends
  }

  /// False when some choice of `pattern` has no literal inside `range` and no term of its lexicons
  /// starting there (`terms` says where they are), so no match of it can lie there.
  func mayMatch(_ pattern: Pattern, in range: Range<Int>, terms: TermSpanSource? = nil) -> Bool {
    guard let choices = prefilter.requirement(of: pattern) else { return true }
    for choice in choices {
      guard has(choice, in: range, terms: terms) else { return false }
    }
    return true
  }

  private func has(_ choice: LiteralPrefilter.Choice, in range: Range<Int>, terms: TermSpanSource?) -> Bool {
    for lexicon in choice.lexicons {
      guard let terms else { return true }
      if let start = terms.termStarts(lexicon: lexicon, from: range.lowerBound).first, start < range.upperBound {
        return true
      }
    }
    if choice.literals.count <= Self.directLiterals {
      return choice.literals.contains { literal in
        has(literal, in: range)
      }
    }
    let occurrences = spans(of: choice)
    var low = 0
    var high = occurrences.count
    while low < high {
      let middle = (low + high) / 2
      if Int(occurrences[middle].start) < range.lowerBound { low = middle + 1 } else { high = middle }
    }
    while low < occurrences.count, Int(occurrences[low].start) < range.upperBound {
      if Int(occurrences[low].end) <= range.upperBound { return true }
      low += 1
    }
    return false
  }

  /// Choices of up to this many literals are answered from each literal's own occurrences (a binary
  /// search in each), without a merged copy to build, sort and keep for the document.
  private static let directLiterals = 4

  /// True when an occurrence of `literal` lies wholly inside `range`: its occurrences, ordered by end,
  /// are ordered by start too.
  private func has(_ literal: Int, in range: Range<Int>) -> Bool {
    let occurrences = ends[literal]
    let length = prefilter.automaton.literals[literal].count
    let earliestEnd = range.lowerBound + length
    var low = 0
    var high = occurrences.count
    while low < high {
      let middle = (low + high) / 2
      if Int(occurrences[middle]) < earliestEnd { low = middle + 1 } else { high = middle }
    }
    return low < occurrences.count && Int(occurrences[low]) <= range.upperBound
  }

  private func spans(of choice: LiteralPrefilter.Choice) -> [(start: Int32, end: Int32)] {
    if let known = spans[choice.literalSet] { return known }
    var found: [(start: Int32, end: Int32)] = []
    for literal in choice.literals {
      let length = Int32(prefilter.automaton.literals[literal].count)
      found += ends[literal].map { ($0 - length, $0) }
    }
    found.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    spans[choice.literalSet] = found
    return found
  }
}
