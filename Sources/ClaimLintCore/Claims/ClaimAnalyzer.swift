/// Judges claim strength, hedges, negation and evidence in sentences and documents.
///
/// The analysis is rule-based: sentences are tokenized, matched against the cue lexicon of its
/// ``ClaimKnowledge`` (the `analyzer:` lists of `Rules/analyzer/`, and of rule files that extend them),
/// and each relation word is judged in its scope — its verb group (modals, hedges, negation), its clause
/// (main, subordinate, relative) and the frames around it (questions, research aims, attribution, scare
/// quotes). See ``SentenceJudge`` for the precedence rules. Value type, no
/// shared mutable state; safe to use from many threads.
public struct ClaimAnalyzer: Sendable {
  /// The lexicon and word lists the analysis uses.
  public let knowledge: ClaimKnowledge

  /// An analyzer with the built-in knowledge.
  public init() { knowledge = .builtIn }

  /// An analyzer with `knowledge`, such as that of a rule set whose files extend the lists.
  public init(knowledge: ClaimKnowledge) { self.knowledge = knowledge }

  /// Analyzes one sentence on its own; cue ranges are byte ranges in `sentence`.
  public func analyze(_ sentence: String) -> ClaimAnalysis {
    LongSentence.judge(sentence, knowledge: knowledge).analysis
  }
}
