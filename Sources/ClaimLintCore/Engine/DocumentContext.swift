/// What rules share while linting one document: the claim analysis, context-pattern matches and quote
/// spans, each computed at most once. One context per document; not shared across threads.
final class DocumentContext {
  let document: Document
  let ruleSet: RuleSet
  let analyzer: ClaimAnalyzer
  private var claimCache: [SentenceClaim]?
  private var contextMatches: [Int: [Range<Int>]] = [:]
  private var quoteCache: [Int: [Range<Int>]] = [:]
  /// True when the scan text (or the file) has no non-ASCII letter, digit or space, so patterns can use
  /// their faster compilation without Unicode classes (see ``Pattern``).
  private(set) lazy var textIsASCIIClassed = !document.text.withUnsafeBufferPointer(Pattern.needsUnicodeClasses)
  private(set) lazy var sourceIsASCIIClassed = !document.source.bytes.withUnsafeBufferPointer(Pattern.needsUnicodeClasses)

  /// Sentence and block ranges, in order.
  let sentenceRanges: [Range<Int>]
  let blockRanges: [Range<Int>]

  init(document: Document, ruleSet: RuleSet, analyzer: ClaimAnalyzer) {
    self.document = document
    self.ruleSet = ruleSet
    self.analyzer = analyzer
    self.sentenceRanges = document.sentences.map(\.range)
    self.blockRanges = document.blocks.map(\.range)
  }

  /// Indices of the sentences that lie entirely inside `range`.
  func sentences(inside range: Range<Int>) -> Range<Int> {
    var low = 0
    var high = sentenceRanges.count
    while low < high {
      let mid = (low + high) / 2
      if sentenceRanges[mid].lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < sentenceRanges.count && sentenceRanges[end].upperBound <= range.upperBound { end += 1 }
    return low..<end
  }

  /// The claim analysis of every sentence, computed on first use.
  var claims: [SentenceClaim] {
    if let claimCache { return claimCache }
    let computed = analyzer.analyze(document)
    claimCache = computed
    return computed
  }

  /// The claim analysis of sentence `index`, if it exists.
  func claim(_ index: Int?) -> SentenceClaim? {
    guard let index, index < claims.count else { return nil }
    return claims[index]
  }

  /// The sentence holding scan offset `offset`; between sentences, the next sentence in the same block.
  func sentence(at offset: Int) -> Int? {
    if let index = Document.index(in: sentenceRanges, containing: offset) { return index }
    guard let block = document.blockIndex(containing: offset) else { return nil }
    return document.blocks[block].sentences.first { sentenceRanges[$0].lowerBound >= offset }
  }

  /// Every match of a context pattern in the whole document, computed on first use.
  func matches(of context: ContextPattern) throws(PatternError) -> [Range<Int>] {
    if let cached = contextMatches[context.id] { return cached }
    let found = try scan(context.pattern, in: 0..<document.text.count).map(\.range)
    contextMatches[context.id] = found
    return found
  }

  /// All matches of `pattern` inside `range` of the scan text.
  func scan(_ pattern: Pattern, in range: Range<Int>) throws(PatternError) -> [Match] {
    let result = document.text.withUnsafeBufferPointer { buffer in
      Result { () throws(PatternError) -> [Match] in
        try pattern.matches(in: buffer, range: range, asciiClasses: textIsASCIIClassed)
      }
    }
    return try result.get()
  }

  /// The first match of `pattern` inside `range` (the subject ends at the range's end).
  func firstMatch(of pattern: Pattern, in range: Range<Int>) throws(PatternError) -> Match? {
    let result = document.text.withUnsafeBufferPointer { buffer in
      Result { () throws(PatternError) -> Match? in
        try pattern.firstMatch(in: buffer, range: range, asciiClasses: textIsASCIIClassed)
      }
    }
    return try result.get()
  }

  /// True when some match of `context` lies entirely inside `range`.
  func contains(_ context: ContextPattern, in range: Range<Int>) throws(PatternError) -> Bool {
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
  /// whole lines (so markup around the prose, such as a link target after the last word, is included).
  func rawContains(_ context: ContextPattern, in range: Range<Int>) throws(PatternError) -> Bool {
    let mapped = document.sourceRange(range)
    let text = document.source
    let firstLine = text.line(containing: mapped.lowerBound)
    let lastLine = text.line(containing: max(mapped.lowerBound, mapped.upperBound - 1))
    let source = text.lineStarts[firstLine - 1]..<text.lineRange(lastLine).upperBound
    let result = document.source.bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(PatternError) -> Bool in
        try context.pattern.matches(buffer, range: source, asciiClasses: sourceIsASCIIClassed)
      }
    }
    return try result.get()
  }

  /// The content words of a sentence's exposure cues, lowercased without a plural `s`
  /// ("Green tea drinkers" → green, tea, drinker).
  func exposureWords(of claim: SentenceClaim) -> Set<String> {
    var words = Set<String>()
    for cue in claim.analysis.cues where cue.kind == .exposure {
      for word in document.string(cue.range).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
        let normalized = Self.normalize(word)
        if normalized.count >= 3 || word.contains(where: \.isNumber), !Self.stopwords.contains(normalized) {
          words.insert(normalized)
        }
      }
    }
    return words
  }

  /// True when sentence `index` contains one of `words` (normalized like ``exposureWords(of:)``).
  func mentions(_ words: Set<String>, inSentence index: Int) -> Bool {
    document.string(sentenceRanges[index]).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .contains { words.contains(Self.normalize($0)) }
  }

  private static func normalize(_ word: Substring) -> String {
    let lower = word.lowercased()
    return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") ? String(lower.dropLast()) : lower
  }

  private static let stopwords: Set<String> = [
    "the", "and", "for", "with", "who", "that", "this", "these", "those", "their", "people", "taking", "take",
    "use", "using", "eating", "drinking", "more", "less", "higher", "lower", "daily", "regular", "high", "low",
    "level", "intake", "dose", "it", "they", "its", "your", "our", "supplement", "supplementation", "exposure",
    "factor", "environmental", "such", "other", "some", "many", "group", "patient", "participant",
  ]

  /// The scan range a scope covers for a match at `span`.
  func range(of scope: ContextScope, around span: Range<Int>) -> Range<Int> {
    let sentence = self.sentence(at: span.lowerBound)
    let sentenceRange = sentence.map { sentenceRanges[$0] } ?? span
    switch scope {
    case .match:
      return span
    case .before:
      return sentenceRange.lowerBound..<max(sentenceRange.lowerBound, span.lowerBound)
    case .after:
      return min(span.upperBound, sentenceRange.upperBound)..<sentenceRange.upperBound
    case .sentence:
      return sentenceRange
    case .paragraph:
      return document.blockIndex(containing: span.lowerBound).map { document.blocks[$0].range } ?? sentenceRange
    case .section:
      guard let block = document.blockIndex(containing: span.lowerBound) else { return sentenceRange }
      return document.sections[document.blocks[block].section].range
    case .document:
      return 0..<document.text.count
    case .lead:
      return document.leadRange
    case .window(let count):
      guard let sentence else { return sentenceRange }
      let first = max(0, sentence - count)
      let last = min(sentenceRanges.count - 1, sentence + count)
      return sentenceRanges[first].lowerBound..<sentenceRanges[last].upperBound
    }
  }

  /// True when `span` lies inside quotation marks within its block.
  func isQuoted(_ span: Range<Int>) -> Bool {
    guard let block = document.blockIndex(containing: span.lowerBound) else { return false }
    if quoteCache[block] == nil {
      quoteCache[block] = QuoteFinder.spans(in: document.text[document.blocks[block].range])
    }
    return quoteCache[block]!.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }
  }

  /// The text of a scan range with runs of whitespace collapsed, shortened for messages.
  func quotedText(_ range: Range<Int>) -> String {
    let words = document.string(range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return words.count > 80 ? String(words.prefix(79)) + "…" : words
  }
}
