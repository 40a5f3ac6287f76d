/// Decides whether a sentence tells readers (patients, clinicians, the public) what to do.
///
/// Cues from domain.md §1.4 ("should", "recommend", "advise", imperatives such as "take", "eat more",
/// "avoid"), ⚠ heuristic there. Advice aimed at researchers ("future studies should examine …") is not
/// advice to readers.
struct AdviceDetector {
  let parse: SentenceParse


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
    for index in parse.tokens.indices where parse.word(index) == "it" {
      guard parse.classes(index + 1).contains(.be) else { continue }
      var position = index + 2
      while parse.classes(position).contains(.adverb) { position += 1 }
      guard parse.word(position, isIn: .importanceAdjectives) else { continue }
      var next = position + 1
      if parse.word(next) == "for" {
        while next < parse.tokens.count, next < position + 6, parse.word(next) != "to" { next += 1 }
      }
      guard parse.word(next) == "to" else { continue }
      let verb = parse.word(next + 1)
      if parse.knowledge[.researchVerbs].contains(verb) || parse.knowledge[.aimVerbs].contains(verb) {
        continue
      }
      return index..<(position + 1)
    }
    return nil
  }

  private func imperativeCue() -> Range<Int>? {
    var index = 0
    while index < parse.tokens.count,
      parse.tokens[index].kind == .punctuation || parse.word(index, isIn: .imperativeOpeners)
    {
      index += 1
    }
    guard let match = parse.match(.imperative, startingAt: index) else { return nil }
    let next = match.tokens.upperBound
    let nextClasses = parse.classes(next)
    // "Use of X was …", "Increase in Y …": a noun, not an order.
    if nextClasses.contains(.preposition) && !parse.word(next, isIn: .imperativePrepositions)
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
    if before.contains(where: { parse.word($0, isIn: .researchWords) }) { return true }
    // "it is important to determine whether …": an aim, not advice.
    if parse.word(match.tokens.upperBound - 1) == "to",
      Inflection.standard.taggedVerbForms(of: parse.word(match.tokens.upperBound)).contains(where: {
        $0.1 == .past && parse.knowledge[.passiveResearchVerbs].contains($0.0)
      })
    {
      return true
    }
    var position = match.tokens.upperBound
    var seen = 0
    while position < clause.upperBound, seen < 4 {
      if parse.word(position, isIn: .researchVerbs) || parse.word(position, isIn: .researchWords) { return true }
      if parse.word(position, isIn: .passiveResearchVerbs), parse.classes(position - 1).contains(.be) { return true }
      position += 1
      seen += 1
    }
    return false
  }
}
