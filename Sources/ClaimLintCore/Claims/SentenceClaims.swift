/// The claim analysis of one document's sentences, each judged when a rule first asks about it.
///
/// A sentence's ``SentenceClaim`` is the same as ``ClaimAnalyzer/analyze(_:)`` gives it: its own
/// judgment, and the evidence of the sentences around it, whose mentions are found without judging them
/// (evidence detection covers the whole document; the full judgment only the sentences rules reach).
///
/// Shared by the contexts that lint one large document side by side, so a sentence is judged once
/// whichever worker asks first; a judgment is made outside the lock, so two workers may both make one
/// (they are the same, and the first stored is kept).
final class SentenceClaims: Sendable {
  let document: Document
  let analyzer: ClaimAnalyzer
  private let claims: SharedSlots<SentenceClaim>
  private let judged: SharedSlots<Judgment>
  private let mentions: SharedSlots<Mentions>
  private let places: Lazy<ClaimAnalyzer.EvidencePlaces>

  private typealias Mentions = ClaimAnalyzer.Mentions
  /// A sentence's own judgment and evidence mentions (``ClaimAnalyzer/judge(_:of:)``).
  private struct Judgment: Sendable {
    var analysis: ClaimAnalysis
    var mentions: Mentions
  }

  init(document: Document, analyzer: ClaimAnalyzer) {
    self.document = document
    self.analyzer = analyzer
    let count = document.sentences.count
    claims = SharedSlots(count: count)
    judged = SharedSlots(count: count)
    mentions = SharedSlots(count: count)
    places = Lazy { ClaimAnalyzer.EvidencePlaces(document) }
  }

  /// The claim of sentence `index`, judged now if it was not yet.
  func claim(_ index: Int) -> SentenceClaim {
    claims.value(at: index) {
      SentenceClaim(
        sentence: index, analysis: judgment(index).analysis,
        evidence: analyzer.evidenceContext(for: index, in: document, places: places.value, mentions: mentionsOf))
    }
  }

  /// How many sentences have been judged so far.
  var judgedCount: Int { judged.madeCount }

  /// Every sentence's claim, in order.
  var all: [SentenceClaim] {
    document.sentences.indices.map(claim)
  }

  private func judgment(_ index: Int) -> Judgment {
    judged.value(at: index) {
      let made = analyzer.judge(document.sentences[index], of: document)
      mentions.store(made.mentions, at: index)
      return Judgment(analysis: made.analysis, mentions: made.mentions)
    }
  }

  /// The evidence mentions of sentence `index`: its judgment's, or found on their own.
  private func mentionsOf(_ index: Int) -> Mentions {
    mentions.value(at: index) { analyzer.mentions(document.sentences[index], of: document) }
  }
}
