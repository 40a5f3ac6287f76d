extension ClaimAnalyzer {
  /// Analyzes every sentence of `document`, in order, with the evidence around each.
  ///
  /// Cue ranges are shifted into the document's scan text. Evidence is collected from the sentence,
  /// the sentence before it in the same block, the rest of the block (nearest first), and the lead —
  /// the title (a first-level heading, or a heading that opens the document) and the first paragraph.
  public func analyze(_ document: Document) -> [SentenceClaim] {
    var analyses: [ClaimAnalysis] = []
    var mentions: [[(EvidenceKind, Range<Int>)]] = []
    analyses.reserveCapacity(document.sentences.count)
    for sentence in document.sentences {
      let offset = sentence.range.lowerBound
      let judged = SentenceJudge(parse: SentenceParse(document.string(sentence.range))).judge()
      var analysis = judged.analysis
      analysis.cues = analysis.cues.map { cue in
        ClaimCue(kind: cue.kind, text: cue.text, range: (cue.range.lowerBound + offset)..<(cue.range.upperBound + offset))
      }
      analyses.append(analysis)
      mentions.append(judged.mentions.map { ($0.kind, ($0.range.lowerBound + offset)..<($0.range.upperBound + offset)) })
    }
    let lead = Self.leadSentences(of: document)
    return document.sentences.indices.map { index in
      SentenceClaim(
        sentence: index, analysis: analyses[index],
        evidence: evidenceContext(for: index, in: document, mentions: mentions, lead: lead))
    }
  }

  /// Indices of the sentences in the document's lead: the title and the first paragraph.
  static func leadSentences(of document: Document) -> [Int] {
    var blocks: [Int] = []
    if let first = document.blocks.indices.first {
      if document.blocks[first].kind == .heading {
        blocks.append(first)
      } else if let title = document.blocks.firstIndex(where: { $0.kind == .heading && $0.headingLevel == 1 }) {
        blocks.append(title)
      }
    }
    if let paragraph = document.blocks.firstIndex(where: { $0.kind == .paragraph }) { blocks.append(paragraph) }
    return blocks.flatMap { block in
      document.sentences.indices.filter { document.sentences[$0].block == block }
    }
  }

  private func evidenceContext(
    for index: Int, in document: Document, mentions: [[(EvidenceKind, Range<Int>)]], lead: [Int]
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
    let inBlock = document.sentences.indices.filter { document.sentences[$0].block == block }
    if index > 0, document.sentences[index - 1].block == block {
      add(index - 1, .previousSentence)
      used.insert(index - 1)
    }
    for other in inBlock.filter({ !used.contains($0) }).sorted(by: { abs($0 - index) < abs($1 - index) || abs($0 - index) == abs($1 - index) && $0 < $1 }) {
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
