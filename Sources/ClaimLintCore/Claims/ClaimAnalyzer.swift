/// Judges claim strength, hedges, negation and evidence in sentences and documents.
///
/// Placeholder judgment until the analyzer lands: every sentence is `none`.
public struct ClaimAnalyzer: Sendable {
  public init() {}

  /// Analyzes one sentence on its own; cue ranges are byte ranges in `sentence`.
  public func analyze(_ sentence: String) -> ClaimAnalysis {
    ClaimAnalysis(strength: .none, isClaim: false)
  }

  /// Analyzes every sentence of `document`, in order, with the evidence around each.
  public func analyze(_ document: Document) -> [SentenceClaim] {
    document.sentences.indices.map { index in
      SentenceClaim(sentence: index, analysis: analyze(document.string(document.sentences[index].range)), evidence: [])
    }
  }
}
