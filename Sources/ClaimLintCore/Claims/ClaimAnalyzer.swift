/// Judges claim strength, hedges, negation and evidence in sentences and documents.
///
/// The analysis is rule-based: sentences are tokenized, matched against precompiled cue lexicons
/// (`Claims/Lexicon/`), and each relation word is judged in its scope — its verb group (modals, hedges,
/// negation), its clause (main, subordinate, relative) and the frames around it (questions, research
/// aims, attribution, scare quotes). See ``SentenceJudge`` for the precedence rules. Value type, no
/// shared mutable state; safe to use from many threads.
public struct ClaimAnalyzer: Sendable {
  public init() {}

  /// Analyzes one sentence on its own; cue ranges are byte ranges in `sentence`.
  public func analyze(_ sentence: String) -> ClaimAnalysis {
    LongSentence.judge(sentence).analysis
  }
}
