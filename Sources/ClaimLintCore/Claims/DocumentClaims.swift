extension ClaimAnalyzer {
  /// Analyzes every sentence of `document`, in order, with the evidence around each.
  ///
  /// Cue ranges are shifted into the document's scan text. Evidence is collected from the sentence,
  /// the sentence before it in the same block, the rest of the block (nearest first), and the lead —
  /// the title (a heading before the first paragraph) and the first paragraph.
  public func analyze(_ document: Document) -> [SentenceClaim] {
    var analyses: [ClaimAnalysis] = []
    var mentions: [[(EvidenceKind, Range<Int>)]] = []
    analyses.reserveCapacity(document.sentences.count)
    for sentence in document.sentences {
      let offset = sentence.range.lowerBound
      let judged = LongSentence.judge(document.string(sentence.range), knowledge: knowledge)
      var analysis = judged.analysis
      analysis.cues = analysis.cues.map { cue in
        ClaimCue(
          kind: cue.kind, text: cue.text, range: (cue.range.lowerBound + offset)..<(cue.range.upperBound + offset))
      }
      analyses.append(analysis)
      mentions.append(
        judged.mentions.map { ($0.kind, ($0.range.lowerBound + offset)..<($0.range.upperBound + offset)) })
    }
    var byBlock: [Int: [Int]] = [:]
    for (index, sentence) in document.sentences.enumerated() { byBlock[sentence.block, default: []].append(index) }
    let lead = Self.leadSentences(of: document, byBlock: byBlock)
    return document.sentences.indices.map { index in
      SentenceClaim(
        sentence: index, analysis: analyses[index],
        evidence: evidenceContext(
          for: index, in: document, mentions: mentions, inBlock: byBlock[document.sentences[index].block] ?? [],
          lead: lead))
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

  private func evidenceContext(
    for index: Int, in document: Document, mentions: [[(EvidenceKind, Range<Int>)]], inBlock: [Int], lead: [Int]
  ) -> [EvidenceMention] {
    var result: [EvidenceMention] = []
    var used: Set<Int> = [index]
    func add(_ sentence: Int, _ source: EvidenceSource) {
      for (kind, range) in mentions[sentence] {
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
