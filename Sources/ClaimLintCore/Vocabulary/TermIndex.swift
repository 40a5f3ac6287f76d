/// The terms of every term lexicon in one document, found on first use: the document's words are
/// tokenized once, each dictionary is run over them once, and each lexicon filters those hits.
///
/// One per document, like ``DocumentContext``; not shared across threads.
final class TermIndex: TermSpanSource {
  /// A term of a lexicon in the scan text, with the vocabulary row behind it.
  struct Span: Sendable {
    var range: Range<Int>
    var entry: TermDictionary.Entry
  }

  private let document: Document
  private let lexicons: [TermLexicon]
  private let tokenizer: TermTokenizer
  private var tokenCache: [TermToken]?
  private var hitCache: [ObjectIdentifier: [TermDictionary.Hit]] = [:]
  private var spanCache: [Int: [Span]] = [:]
  private var endsCache: [Int: [Int: [Int]]] = [:]

  init(document: Document, lexicons: [TermLexicon], tokenizer: TermTokenizer) {
    self.document = document
    self.lexicons = lexicons
    self.tokenizer = tokenizer
  }

  /// The words of every sentence; the last word of a sentence ends a run.
  private var tokens: [TermToken] {
    if let tokenCache { return tokenCache }
    var all: [TermToken] = []
    for sentence in document.sentences {
      all += tokenizer.tokens(Array(document.text[sentence.range]), offset: sentence.range.lowerBound)
    }
    tokenCache = all
    return all
  }

  private func hits(of dictionary: TermDictionary) -> [TermDictionary.Hit] {
    let key = ObjectIdentifier(dictionary)
    if let cached = hitCache[key] { return cached }
    let found = dictionary.hits(in: tokens)
    hitCache[key] = found
    return found
  }

  /// Every term of lexicon `id`, sorted by start, longest first at one start; terms may overlap.
  func spans(lexicon id: Int) -> [Span] {
    if let cached = spanCache[id] { return cached }
    let tokens = self.tokens
    var spans: [Span] = []
    for part in lexicons[id].parts {
      let context = lexicons[id].context
      let entries = part.dictionary.entries
      for hit in hits(of: part.dictionary) {
        let entry = entries[hit.entry]
        guard part.includes(entry), context.isEmpty || context.admits(tokens, start: hit.start, end: hit.end) else { continue }
        spans.append(Span(range: tokens[hit.start].range.lowerBound..<tokens[hit.end - 1].range.upperBound, entry: entry))
      }
    }
    spans.sort { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }
    spanCache[id] = spans
    return spans
  }

  /// Leftmost-longest terms of lexicon `id` that do not overlap, as a regex scan would report them.
  func matches(lexicon id: Int) -> [Span] {
    var result: [Span] = []
    var end = 0
    for span in spans(lexicon: id) where span.range.lowerBound >= end {
      result.append(span)
      end = span.range.upperBound
    }
    return result
  }

  func termEnds(lexicon: Int, startingAt offset: Int) -> [Int] {
    if endsCache[lexicon] == nil {
      var ends: [Int: [Int]] = [:]
      for span in spans(lexicon: lexicon) where ends[span.range.lowerBound]?.contains(span.range.upperBound) != true {
        ends[span.range.lowerBound, default: []].append(span.range.upperBound)
      }
      endsCache[lexicon] = ends
    }
    return endsCache[lexicon]![offset] ?? []
  }
}
