extension ClaimAnalyzer {
  /// Analyzes every sentence of `document`, in order, with the evidence around each.
  ///
  /// Cue ranges are shifted into the document's scan text. Evidence is collected from the sentence,
  /// the sentence before it in the same block, the rest of the block (nearest first), and the lead —
  /// the title (a heading before the first paragraph) and the first paragraph.
  public func analyze(_ document: Document) -> [SentenceClaim] {
    let judged = document.sentences.map { judge($0, of: document) }
    let places = EvidencePlaces(document)
    return document.sentences.indices.map { index in
      SentenceClaim(
        sentence: index, analysis: judged[index].analysis,
        evidence: evidenceContext(for: index, in: document, places: places) { judged[$0].mentions })
    }
  }

  /// Evidence mentions with ranges in the document's scan text.
  typealias Mentions = [(kind: EvidenceKind, range: Range<Int>)]

  /// One sentence's analysis and evidence mentions, with ranges in the document's scan text.
  func judge(_ sentence: Sentence, of document: Document) -> (analysis: ClaimAnalysis, mentions: Mentions) {
    let offset = sentence.range.lowerBound
    let judged = LongSentence.judge(document.string(sentence.range), knowledge: knowledge)
    var analysis = judged.analysis
    analysis.cues = analysis.cues.map { cue in
      ClaimCue(kind: cue.kind, text: cue.text, range: (cue.range.lowerBound + offset)..<(cue.range.upperBound + offset))
    }
    return (analysis, LongSentence.shifted(judged.mentions, by: offset))
  }

  /// One sentence's evidence mentions, as ``judge(_:of:)`` gives them, without judging its claim.
  func mentions(_ sentence: Sentence, of document: Document) -> Mentions {
    let mentions = LongSentence.mentions(document.string(sentence.range), knowledge: knowledge)
    return LongSentence.shifted(mentions, by: sentence.range.lowerBound)
  }

  /// Where a sentence's evidence comes from besides itself: the sentences of each block, and the lead.
  struct EvidencePlaces: Sendable {
    let byBlock: [Int: [Int]]
    let lead: [Int]

    init(_ document: Document) {
      var byBlock: [Int: [Int]] = [:]
      for (index, sentence) in document.sentences.enumerated() { byBlock[sentence.block, default: []].append(index) }
      self.byBlock = byBlock
      lead = ClaimAnalyzer.leadSentences(of: document, byBlock: byBlock)
    }
  }

  /// Indices of the sentences in the document's lead (``Document/leadBlocks``: the title and the opening
  /// paragraph), at most ``paragraphReach`` of them.
  static func leadSentences(of document: Document, byBlock: [Int: [Int]]) -> [Int] {
    // A lead is a few sentences; a "first paragraph" of thousands (a file without line breaks) is cut.
    Array(document.leadBlocks.flatMap { byBlock[$0] ?? [] }.prefix(paragraphReach))
  }

  /// How many sentences either side of a sentence its paragraph evidence comes from.
  static let paragraphReach = 12

  /// The evidence around sentence `index`, nearest first, from the mentions of each sentence.
  func evidenceContext(
    for index: Int, in document: Document, places: EvidencePlaces, mentions: (Int) -> Mentions
  ) -> [EvidenceMention] {
    let inBlock = places.byBlock[document.sentences[index].block] ?? []
    let lead = places.lead
    var result: [EvidenceMention] = []
    var used: Set<Int> = [index]
    func add(_ sentence: Int, _ source: EvidenceSource) {
      for (kind, range) in mentions(sentence) {
        result.append(EvidenceMention(kind: kind, source: source, range: range))
      }
    }
    add(index, .sentence)
    let block = document.sentences[index].block
    if index > 0, document.sentences[index - 1].block == block {
      add(index - 1, .previousSentence)
      used.insert(index - 1)
    }
    // The nearest sentences of the paragraph, at most `paragraphReach` either side, so a paragraph of
    // thousands of sentences (a file without line breaks) does not cost time squared.
    // A block's sentences are consecutive, so the window is a slice, not a search.
    let lower = max(inBlock.first ?? index, index - Self.paragraphReach)
    let upper = min(inBlock.last ?? index, index + Self.paragraphReach)
    let nearby = lower <= upper ? (lower...upper).filter { !used.contains($0) } : []
    for other in nearby.sorted(by: {
      abs($0 - index) < abs($1 - index) || abs($0 - index) == abs($1 - index) && $0 < $1
    }) {
      add(other, .paragraph)
      used.insert(other)
    }
    for other in lead where !used.contains(other) {
      add(other, .lead)
      used.insert(other)
    }
    return result
  }
}
