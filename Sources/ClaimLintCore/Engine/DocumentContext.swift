import Foundation

/// What rules share while linting one document: the claim analysis, context-pattern matches and quote
/// spans, each computed at most once. Not shared across threads: contexts linting one document side by
/// side share only a ``SharedDocumentWork``.
final class DocumentContext {
  let document: Document
  let ruleSet: RuleSet
  let analyzer: ClaimAnalyzer
  /// What this context shares with the others linting the same document side by side.
  private let shared: SharedDocumentWork
  private var contextMatches: ContextMatches { shared.contextMatches }
  private var quoteCache: [Int: [Range<Int>]] = [:]
  private var rawCache: [RawKey: Bool] = [:]
  /// Context-pattern matches of single blocks, for ``contains(_:in:)``.
  private var blockMatches: [BlockKey: [Range<Int>]] = [:]
  /// The most blocks ``contains(_:in:)`` looks at, and searches, one at a time.
  static let blocksVisitedAlone = 64
  static let blocksSearchedAlone = 8
  /// Bytes `rawContains` widens a range by at most on each side.
  static let rawReach = 2048
  /// Words of each sentence, for exposure checks; filled on demand.
  var sentenceWords: [Int: Set<String>] = [:]
  /// What the rule now running may still spend on matching; every search below is charged to it.
  /// Errors from searches carry offsets into the file's bytes (``Document/source``), not the scan text.
  var budget: MatchBudget?

  private struct RawKey: Hashable {
    var pattern: Int
    var range: Range<Int>
  }
  private struct BlockKey: Hashable {
    var pattern: Int
    var block: Int
  }
  /// True when the scan text (or the file) has no non-ASCII letter, digit or space, so patterns can use
  /// their faster compilation without Unicode classes (see ``Pattern``).
  private(set) lazy var textIsASCIIClassed = shared.textIsASCIIClassed.value
  private(set) lazy var sourceIsASCIIClassed = !document.source.bytes.withUnsafeBufferPointer(Pattern.needsUnicodeClasses)

  /// Where the rule set's vocabulary lexicons occur, found on first use.
  private(set) lazy var terms = TermIndex(document: document, lexicons: ruleSet.terms.lexicons, work: shared.terms)

  /// Where the rule set's literals occur, found on first use; nil when searches are not prefiltered.
  private(set) lazy var literals: LiteralHits? = shared.literals()

  /// The kind of the document and of each section, decided on first use.
  var kinds: DocumentKinds { shared.kinds.value }

  /// The kind of copy at scan offset `offset`: its section's, or the document's between sections.
  func kind(at offset: Int) -> DocumentKind {
    guard let section = document.sectionIndex(containing: offset), section < kinds.sections.count else {
      return kinds.document
    }
    return kinds.sections[section]
  }

  /// Sentence and block ranges, in order.
  let sentenceRanges: [Range<Int>]
  let blockRanges: [Range<Int>]

  /// A context for linting `document`. Contexts linting one document side by side share its claim
  /// analysis and the rest of the work in `shared`.
  init(document: Document, ruleSet: RuleSet, analyzer: ClaimAnalyzer, shared: SharedDocumentWork? = nil) {
    self.shared = shared ?? SharedDocumentWork(document: document, ruleSet: ruleSet, analyzer: analyzer)
    self.document = document
    self.ruleSet = ruleSet
    self.analyzer = analyzer
    self.sentenceRanges = document.sentences.map(\.range)
    self.blockRanges = document.blocks.map(\.range)
  }

  /// Indices of the sentences that lie entirely inside `range`.
  func sentences(inside range: Range<Int>) -> Range<Int> {
    Self.run(of: sentenceRanges, after: { $0.lowerBound < range.lowerBound }, while: { $0.upperBound <= range.upperBound })
  }

  /// The indices of `ranges` (sorted, disjoint) from the first that `isBefore` rejects, for as long as
  /// `holds` accepts them.
  private static func run(
    of ranges: [Range<Int>], after isBefore: (Range<Int>) -> Bool, while holds: (Range<Int>) -> Bool
  ) -> Range<Int> {
    var low = 0
    var high = ranges.count
    while low < high {
      let mid = (low + high) / 2
      if isBefore(ranges[mid]) { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < ranges.count && holds(ranges[end]) { end += 1 }
    return low..<end
  }

  /// True when a cue of one of `kinds` lies entirely inside `range`: a cue lies inside its sentence, so
  /// only the sentences that meet `range` are judged.
  func hasCue(of kinds: Set<ClaimCue.Kind>, inside range: Range<Int>) -> Bool {
    let meeting = Self.run(
      of: sentenceRanges, after: { $0.upperBound < range.lowerBound }, while: { $0.lowerBound <= range.upperBound })
    return meeting.contains { index in
      sentenceClaims.claim(index).analysis.cues.contains {
        kinds.contains($0.kind) && $0.range.lowerBound >= range.lowerBound && $0.range.lowerBound < range.upperBound
          && $0.range.upperBound <= range.upperBound
      }
    }
  }

  /// How many sentences rules have had judged so far.
  var judgedSentenceCount: Int { sentenceClaims.judgedCount }

  /// The claim analysis, sentence by sentence as rules ask (shared with the other contexts).
  private var sentenceClaims: SentenceClaims { shared.claims }

  /// The claim analysis of sentence `index`, if it exists.
  func claim(_ index: Int?) -> SentenceClaim? {
    guard let index, index < sentenceRanges.count else { return nil }
    return sentenceClaims.claim(index)
  }

  /// The sentence holding scan offset `offset`; between sentences, the next sentence in the same block.
  func sentence(at offset: Int) -> Int? {
    if let index = Document.index(in: sentenceRanges, containing: offset) { return index }
    guard let block = document.blockIndex(containing: offset) else { return nil }
    return document.blocks[block].sentences.first { sentenceRanges[$0].lowerBound >= offset }
  }

  /// True when the matches of `context` are cheap to have: known already, or a term lexicon's spans.
  func hasCheapMatches(of context: ContextPattern) -> Bool {
    context.termLexicon != nil || contextMatches[context.id] != nil
  }

  /// Whether a match of `context` lies inside `range`, from the blocks it meets, block by block; nil when
  /// no answer came within ``blocksVisitedAlone`` blocks or ``blocksSearchedAlone`` searches of blocks
  /// (the whole document's matches then cost less).
  private func containsInBlocks(_ context: ContextPattern, in range: Range<Int>) throws(PatternError) -> Bool? {
    var searched = 0
    for (visited, block) in blocks(meeting: range).enumerated() {
      guard visited < Self.blocksVisitedAlone else { return nil }
      if blockMatches[BlockKey(pattern: context.id, block: block)] == nil
        && mayMatch(context.pattern, in: blockRanges[block])
      {
        searched += 1
        guard searched <= Self.blocksSearchedAlone else { return nil }
      }
      let found = try matches(of: context, inBlock: block)
      if found.contains(where: { range.lowerBound <= $0.lowerBound && $0.upperBound <= range.upperBound }) {
        return true
      }
    }
    return false
  }

  /// The matches of a context pattern inside block `block`, computed on first use.
  private func matches(of context: ContextPattern, inBlock block: Int) throws(PatternError) -> [Range<Int>] {
    let key = BlockKey(pattern: context.id, block: block)
    if let known = blockMatches[key] { return known }
    let found = try scan(context.pattern, inside: blockRanges, unit: block).map(\.range)
    blockMatches[key] = found
    return found
  }

  /// The indices of the blocks that meet `range` or touch it.
  private func blocks(meeting range: Range<Int>) -> Range<Int> {
    Self.run(of: blockRanges, after: { $0.upperBound < range.lowerBound }, while: { $0.lowerBound <= range.upperBound })
  }

  /// Every match of a context pattern that lies inside one block (a paragraph, heading, list item…),
  /// computed on first use.
  func matches(of context: ContextPattern) throws(PatternError) -> [Range<Int>] {
    if let cached = contextMatches[context.id] { return cached }
    let found: [Range<Int>]
    if let lexicon = context.termLexicon {
      found = terms.matches(lexicon: lexicon).map(\.range)
    } else {
      var inBlocks: [Match] = []
      try scan(context.pattern, inside: blockRanges, meeting: nil, into: &inBlocks)
      found = inBlocks.map(\.range)
    }
    contextMatches.store(found, for: context.id)
    return found
  }

  /// Whether the literal prefilter runs on this document.
  var hasLiteralHits: Bool { literals != nil }

  /// False when the literal prefilter shows that no match of `pattern` lies inside `range`.
  func mayMatch(_ pattern: Pattern, in range: Range<Int>) -> Bool {
    literals?.mayMatch(pattern, in: range, terms: terms) != false
  }

  /// All matches of `pattern` inside `range` of the scan text (an empty one at its end included).
  func scan(_ pattern: Pattern, in range: Range<Int>) throws(PatternError) -> [Match] {
    try scan(pattern, in: range, startingBefore: range.upperBound + 1)
  }

  /// The matches of `pattern` inside `range` that start before `limit`.
  func scan(_ pattern: Pattern, in range: Range<Int>, startingBefore limit: Int) throws(PatternError) -> [Match] {
    var found: [Match] = []
    try scan(pattern, in: range, startingBefore: limit, into: &found)
    return found
  }

  /// Appends the matches of `pattern` inside `range` that start before `limit` to `found`, so that
  /// the matches before a search that fails are kept.
  func scan(
    _ pattern: Pattern, in range: Range<Int>, startingBefore limit: Int, into found: inout [Match]
  ) throws(PatternError) {
    guard mayMatch(pattern, in: range) else { return }
    let result = document.text.withUnsafeBufferPointer { buffer in
      Result { () throws(PatternError) in
        try pattern.forEachMatch(
          in: buffer, range: range, startingBefore: limit, asciiClasses: textIsASCIIClassed, terms: terms,
          budget: budget
        ) { match in
          guard match.range.lowerBound < limit else { return false }
          found.append(match)
          return true
        }
      }
    }
    try inFile(result)
  }

  /// The result, its error's offset moved from the scan text to the file.
  @discardableResult
  private func inFile<T>(_ result: Result<T, PatternError>) throws(PatternError) -> T {
    do {
      return try result.get()
    } catch {
      throw error.mappingOffset { document.sourceRange($0..<$0).lowerBound }
    }
  }

  /// The first match of `pattern` inside `range` (the subject ends at the range's end).
  func firstMatch(of pattern: Pattern, in range: Range<Int>) throws(PatternError) -> Match? {
    guard mayMatch(pattern, in: range) else { return nil }
    let result = document.text.withUnsafeBufferPointer { buffer in
      Result { () throws(PatternError) -> Match? in
        try pattern.firstMatch(in: buffer, range: range, asciiClasses: textIsASCIIClassed, terms: terms, budget: budget)
      }
    }
    return try inFile(result)
  }

  /// True when some match of `context` lies entirely inside `range`.
  ///
  /// Before the whole document's matches are known, the blocks `range` meets are searched one at a
  /// time until one holds a match inside it: in a long document, most sentences never need a context
  /// searched, and a document-wide condition is often met early.
  func contains(_ context: ContextPattern, in range: Range<Int>) throws(PatternError) -> Bool {
    if context.pattern.skipsUnits && !hasCheapMatches(of: context),
      let answer = try containsInBlocks(context, in: range)
    {
      return answer
    }
    let all = try matches(of: context)
    var low = 0
    var high = all.count
    while low < high {
      let mid = (low + high) / 2
      if all[mid].lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    return low < all.count && all[low].upperBound <= range.upperBound
  }

  /// True when `context` matches the original file's bytes behind the scan range `range`, widened to
  /// whole lines (so markup around the prose, such as a link target after the last word, is included)
  /// but by at most `rawReach` bytes on each side, so a long line is not searched once per finding.
  func rawContains(_ context: ContextPattern, in range: Range<Int>) throws(PatternError) -> Bool {
    let key = RawKey(pattern: context.id, range: range)
    if let known = rawCache[key] { return known }
    let mapped = document.sourceRange(range)
    let text = document.source
    let firstLine = text.line(containing: mapped.lowerBound)
    let lastLine = text.line(containing: max(mapped.lowerBound, mapped.upperBound - 1))
    let reachBack = text.scalarStart(atOrBefore: mapped.lowerBound - Self.rawReach)
    let reachOn = text.scalarStart(atOrBefore: mapped.upperBound + Self.rawReach)
    let lower = max(text.lineStarts[firstLine - 1], reachBack)
    let upper = min(text.lineRange(lastLine).upperBound, reachOn)
    let source = lower..<max(lower, upper)
    let result = document.source.bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(PatternError) -> Bool in
        try context.pattern.matches(buffer, range: source, asciiClasses: sourceIsASCIIClassed, budget: budget)
      }
    }
    let found = try result.get()
    rawCache[key] = found
    return found
  }

  /// True when `span` lies inside quotation marks within its block.
  func isQuoted(_ span: Range<Int>) -> Bool {
    guard let block = document.blockIndex(containing: span.lowerBound) else { return false }
    if quoteCache[block] == nil {
      quoteCache[block] = QuoteFinder.spans(in: document.text[document.blocks[block].range])
    }
    // Spans are sorted by start; only the few that start at or before `span` can hold it.
    let spans = quoteCache[block]!
    var index = Self.lastIndex(in: spans, startingAtOrBefore: span.lowerBound)
    var looked = 0
    while let current = index, looked < 8 {
      if spans[current].upperBound >= span.upperBound { return true }
      index = current > 0 ? current - 1 : nil
      looked += 1
    }
    return false
  }

  /// Index of the last range in `ranges` (sorted by start) that starts at or before `offset`.
  static func lastIndex(in ranges: [Range<Int>], startingAtOrBefore offset: Int) -> Int? {
    var low = 0
    var high = ranges.count
    while low < high {
      let mid = (low + high) / 2
      if ranges[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
    }
    return low > 0 ? low - 1 : nil
  }

  /// The text of a scan range with runs of whitespace collapsed, shortened for messages.
  func quotedText(_ range: Range<Int>) -> String {
    let words = document.string(range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return words.count > 80 ? String(words.prefix(79)) + "…" : words
  }
}
