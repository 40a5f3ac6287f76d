/// The terms of every term lexicon in one document, found on first use: the document's words are
/// tokenized once, each dictionary is run over them once, and each lexicon filters those hits.
///
/// One per ``DocumentContext``; not shared across threads. Contexts linting one document side by side
/// share its ``TermWork``: the tokens and each dictionary's hits.
final class TermIndex: TermSpanSource {
  /// A term of a lexicon in the scan text, with the vocabulary row behind it.
  struct Span: Sendable {
    var range: Range<Int>
    var entry: TermDictionary.Entry
  }

  private let document: Document
  private let lexicons: [TermLexicon]
  private let work: TermWork
  private var spanCache: [[Span]?]
  private var endsCache: [TermEnds?]

  /// An index over `work`, made for the same document and perhaps shared with other indexes.
  init(document: Document, lexicons: [TermLexicon], work: TermWork) {
    self.document = document
    self.lexicons = lexicons
    self.work = work
    spanCache = Array(repeating: nil, count: lexicons.count)
    endsCache = Array(repeating: nil, count: lexicons.count)
  }

  private func hits(of dictionary: TermDictionary) -> [TermDictionary.Hit] {
    work.hits(of: dictionary)
  }

  /// Every term of lexicon `id`, sorted by start, longest first at one start; terms may overlap.
  func spans(lexicon id: Int) -> [Span] {
    if let cached = spanCache[id] { return cached }
    let tokens = work.tokens.value
    let context = lexicons[id].context
    var spans: [Span] = []
    for part in lexicons[id].parts {
      let entries = part.dictionary.entries
      let members = part.members
      for hit in hits(of: part.dictionary) where members.contains(hit.entry) {
        guard context.isEmpty || context.admits(tokens, start: hit.start, end: hit.end) else { continue }
        let range = tokens[hit.start].range.lowerBound..<tokens[hit.end - 1].range.upperBound
        spans.append(Span(range: range, entry: entries[hit.entry]))
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

  func termEnds(lexicon: Int, startingAt offset: Int) -> ArraySlice<Int> {
    ends(of: lexicon).ends(startingAt: offset)
  }

  func termStarts(lexicon: Int, from offset: Int) -> ArraySlice<Int> {
    ends(of: lexicon).starts(from: offset)
  }

  private func ends(of lexicon: Int) -> TermEnds {
    if let ends = endsCache[lexicon] { return ends }
    let ends = TermEnds(spans(lexicon: lexicon).map(\.range))
    endsCache[lexicon] = ends
    return ends
  }
}

/// Where the terms of one lexicon start and end, as sorted arrays searched by bisection: the regex
/// callouts ask at many offsets, most of which start no term.
struct TermEnds {
  /// Distinct start offsets, ascending.
  private var starts: [Int] = []
  /// The ends of the terms at `starts[k]` are `ends[bounds[k]..<bounds[k + 1]]`, longest first.
  private var bounds: [Int] = [0]
  private var ends: [Int] = []

  /// From ranges sorted by start, longest first at one start.
  init(_ ranges: [Range<Int>]) {
    for range in ranges {
      if starts.last != range.lowerBound {
        starts.append(range.lowerBound)
        bounds.append(ends.count)
      }
      if ends[bounds[bounds.count - 2]...].last != range.upperBound { ends.append(range.upperBound) }
      bounds[bounds.count - 1] = ends.count
    }
  }

  /// The ends of the terms that start at `offset`, longest first; empty when none starts there.
  func ends(startingAt offset: Int) -> ArraySlice<Int> {
    let index = firstStart(atOrAfter: offset)
    guard index < starts.count, starts[index] == offset else { return [] }
    return ends[bounds[index]..<bounds[index + 1]]
  }

  /// The starts at or after `offset`.
  func starts(from offset: Int) -> ArraySlice<Int> {
    starts[firstStart(atOrAfter: offset)...]
  }

  private func firstStart(atOrAfter offset: Int) -> Int {
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

/// One document's tokens and each dictionary's hits in them, each made once, by whichever thread asks
/// first, for every ``TermIndex`` of the document.
final class TermWork: Sendable {
  /// The words of every sentence; the last word of a sentence ends a run.
  let tokens: Lazy<[TermToken]>
  private let hits = SharedValues<ObjectIdentifier, [TermDictionary.Hit]>()

  init(document: Document, tokenizer: TermTokenizer) {
    tokens = Lazy {
      var all: [TermToken] = []
      for sentence in document.sentences {
        all += tokenizer.tokens(Array(document.text[sentence.range]), offset: sentence.range.lowerBound)
      }
      return all
    }
  }

  /// `dictionary`'s hits in the tokens.
  func hits(of dictionary: TermDictionary) -> [TermDictionary.Hit] {
    hits.value(for: ObjectIdentifier(dictionary)) { dictionary.hits(in: tokens.value) }
  }
}
