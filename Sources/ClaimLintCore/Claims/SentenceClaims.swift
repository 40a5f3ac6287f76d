/// The claim analysis of one document's sentences, each judged when a rule first asks about it.
///
/// A sentence's ``SentenceClaim`` is the same as ``ClaimAnalyzer/analyze(_:)`` gives it: its own
/// judgment, and the evidence of the sentences around it, whose mentions are found without judging them
/// (evidence detection covers the whole document; the full judgment only the sentences rules reach).
/// Not shared across threads.
final class SentenceClaims {
  let document: Document
  let analyzer: ClaimAnalyzer
  private var claims: [SentenceClaim?]
  private var judged: [(analysis: ClaimAnalysis, mentions: ClaimAnalyzer.Mentions)?]
  private var mentions: [ClaimAnalyzer.Mentions?]
  private lazy var places = ClaimAnalyzer.EvidencePlaces(document)

  /// The claims of `document`, from `analyzed` (every sentence's, made already) when given.
  init(document: Document, analyzer: ClaimAnalyzer, analyzed: [SentenceClaim]? = nil) {
    self.document = document
    self.analyzer = analyzer
    let count = document.sentences.count
    claims = analyzed ?? Array(repeating: nil, count: count)
    judged = Array(repeating: nil, count: analyzed == nil ? count : 0)
    mentions = Array(repeating: nil, count: analyzed == nil ? count : 0)
  }

  /// The claim of sentence `index`, judged now if it was not yet.
  func claim(_ index: Int) -> SentenceClaim {
    if let known = claims[index] { return known }
    let own = judgment(index)
    let claim = SentenceClaim(
      sentence: index, analysis: own.analysis,
      evidence: analyzer.evidenceContext(for: index, in: document, places: places, mentions: mentionsOf))
    claims[index] = claim
    return claim
  }

  /// How many sentences have been judged so far.
  var judgedCount: Int { judged.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

  /// Every sentence's claim, in order.
  var all: [SentenceClaim] {
    document.sentences.indices.map(claim)
  }

  private func judgment(_ index: Int) -> (analysis: ClaimAnalysis, mentions: ClaimAnalyzer.Mentions) {
    if let known = judged[index] { return known }
    let made = analyzer.judge(document.sentences[index], of: document)
    judged[index] = made
    mentions[index] = made.mentions
    return made
  }

  /// The evidence mentions of sentence `index`: its judgment's, or found on their own.
  private func mentionsOf(_ index: Int) -> ClaimAnalyzer.Mentions {
    if let known = mentions[index] { return known }
    let found = analyzer.mentions(document.sentences[index], of: document)
    mentions[index] = found
    return found
  }
}
