/// Decides whether a sentence tells readers (patients, clinicians, the public) what to do.
///
/// Cues from domain.md §1.4 ("should", "recommend", "advise", imperatives such as "take", "eat more",
/// "avoid"), ⚠ heuristic there. Advice aimed at researchers ("future studies should examine …") is not
/// advice to readers.
struct AdviceDetector {
  let parse: SentenceParse

  /// Subjects and objects that make a recommendation one about research.
  private static let researchWords: Set<String> = [
    "study", "studies", "research", "trial", "trials", "investigation", "investigations", "work", "researchers",
    "future", "further", "analyses", "analysis", "data", "evaluation", "replication", "cohort", "investigators",
  ]
  /// Verbs of research that make "should …" a plan for research.
  static let researchVerbs: Set<String> = [
    "investigate", "investigated", "explore", "explored", "confirm", "confirmed", "validate", "validated",
    "replicate", "replicated", "study", "studied", "clarify", "clarified", "elucidate", "elucidated",
    "interpreted", "verified", "verify", "established", "establish",
  ]
  /// Verbs that plan research only in the passive ("should be evaluated"); with a clinical subject they
  /// advise ("nurses should assess …").
  static let passiveResearchVerbs: Set<String> = [
    "examined", "evaluated", "assessed", "determined", "addressed", "tested",
  ]
  /// Words that may precede an imperative at the start of a sentence.
  private static let imperativeOpeners: Set<String> = [
    "so", "then", "please", "just", "and", "instead", "also", "first",
  ]

  /// The advice cue, if the sentence gives advice.
  func adviceCue() -> Range<Int>? {
    if let imperative = imperativeCue() { return imperative }
    if let importance = importanceCue() { return importance }
    for match in parse.matches where match.category == .advice {
      if isAboutResearch(match) || isAttributive(match) { continue }
      // "strategies to encourage …": a purpose, not advice.
      if parse.word(match.tokens.lowerBound - 1) == "to" && match.form != nil { continue }
      return match.tokens
    }
    return nil
  }

  /// "it is wise (for runners) to …", "it is essential to …": advice in an impersonal frame.
  private func importanceCue() -> Range<Int>? {
    let adjectives: Set<String> = [
      "important", "essential", "advisable", "necessary", "crucial", "critical", "wise", "best", "prudent", "vital",
      "recommended", "imperative",
    ]
    for index in parse.tokens.indices where parse.word(index) == "it" {
      guard parse.classes(index + 1).contains(.be) else { continue }
      var position = index + 2
      while parse.classes(position).contains(.adverb) { position += 1 }
      guard adjectives.contains(parse.word(position)) else { continue }
      var next = position + 1
      if parse.word(next) == "for" {
        while next < parse.tokens.count, next < position + 6, parse.word(next) != "to" { next += 1 }
      }
      guard parse.word(next) == "to" else { continue }
      let verb = parse.word(next + 1)
      if Self.researchVerbs.contains(verb) || ["determine", "evaluate", "examine", "assess"].contains(verb) {
        continue
      }
      return index..<(position + 1)
    }
    return nil
  }

  private func imperativeCue() -> Range<Int>? {
    var index = 0
    while index < parse.tokens.count,
      parse.tokens[index].kind == .punctuation || Self.imperativeOpeners.contains(parse.word(index))
    {
      index += 1
    }
    guard let match = parse.match(.imperative, startingAt: index) else { return nil }
    let next = match.tokens.upperBound
    let nextClasses = parse.classes(next)
    // "Use of X was …", "Increase in Y …": a noun, not an order.
    if nextClasses.contains(.preposition) && !["to", "with", "for", "on", "up", "at"].contains(parse.word(next))
      || nextClasses.contains(.be) || nextClasses.contains(.modal) || nextClasses.contains(.have)
    {
      return nil
    }
    if next < parse.tokens.count, parse.tokens[next].kind == .punctuation, parse.word(next) != ",",
      parse.word(next) != ":"
    {
      return nil
    }
    return match.tokens
  }

  /// "the recommended dose", "advised patients": a participle used as an adjective or in a relative clause,
  /// unless a form of "be" governs it ("is recommended", "are advised to").
  private func isAttributive(_ match: CueMatch) -> Bool {
    guard match.tokens.count == 1, parse.word(match.head).hasSuffix("ed") else { return false }
    var before = match.head - 1
    while before >= 0, parse.classes(before).contains(.adverb) { before -= 1 }
    return !parse.classes(before).contains(.be)
  }

  /// True when the recommendation is about research rather than health behaviour or care.
  private func isAboutResearch(_ match: CueMatch) -> Bool {
    let clause = parse.clauseRanges[parse.clauseOf[match.head]]
    let before = clause.lowerBound..<match.tokens.lowerBound
    if before.contains(where: { Self.researchWords.contains(parse.word($0)) }) { return true }
    // "it is important to determine whether …": an aim, not advice.
    if parse.word(match.tokens.upperBound - 1) == "to",
      Self.passiveResearchVerbs.contains(parse.word(match.tokens.upperBound) + "d")
        || Self.passiveResearchVerbs.contains(parse.word(match.tokens.upperBound) + "ed")
    {
      return true
    }
    var position = match.tokens.upperBound
    var seen = 0
    while position < clause.upperBound, seen < 4 {
      let word = parse.word(position)
      if Self.researchVerbs.contains(word) || Self.researchWords.contains(word) { return true }
      if Self.passiveResearchVerbs.contains(word), parse.classes(position - 1).contains(.be) { return true }
      position += 1
      seen += 1
    }
    return false
  }
}
