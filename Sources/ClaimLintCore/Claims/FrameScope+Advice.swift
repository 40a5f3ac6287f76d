/// Advice and needs: "should", "we recommend", "further studies are needed", "warrants investigation".
/// A relation inside advice or a stated need is a plan, not a finding.
extension FrameScope {
  /// Verbs of recommending: "we recommend", "is advised", "are encouraged".
  func isAdviceVerb(_ match: CueMatch) -> Bool {
    guard match.category == .advice else { return false }
    let word = parse.word(match.head)
    guard parse.knowledge[.adviceStems].contains(where: { word.hasPrefix($0) }) else { return false }
    // "incentives offered to encourage them": a purpose, not advice; "more than is recommended": a standard.
    if parse.word(match.tokens.lowerBound - 1) == "to" { return false }
    if (max(0, match.head - 3)..<match.head).contains(where: { parse.word($0) == "than" }) { return false }
    // "recommended follow-up" is a noun phrase; "is recommended", "we recommend" give advice.
    if word.hasSuffix("ed") {
      var before = match.head - 1
      while before >= 0, parse.classes(before).contains(.adverb) { before -= 1 }
      return parse.classes(before).contains(.be)
    }
    return true
  }

  /// True when advice at `advice` covers the relation at `head`: the same clause, or a relative or
  /// subordinate clause after it ("should consider factors **that** can impact …").
  func governsAdvice(_ advice: Int, over head: Int) -> Bool {
    let adviceClause = parse.clauseOf[advice]
    let clause = parse.clauseOf[head]
    if clause == adviceClause { return true }
    guard clause > adviceClause else { return false }
    let first = parse.clauseRanges[clause].lowerBound
    let opener = parse.word(first) == "," ? parse.word(first + 1) : parse.word(first)
    return parse.knowledge[.adviceClauseOpeners].contains(opener)
  }


  /// True when a need or uncertainty word is used as a frame: "are needed", "warrants further study",
  /// "remains unclear", "unclear whether" — not "the time required for" or "an unknown indicator".
  func isFrameUse(_ match: CueMatch) -> Bool {
    let word = parse.word(match.head)
    if match.form != nil || parse.knowledge[.needNouns].contains(word) {
      // A verb: "warrants further investigation", "requires confirmation".
      let after = match.tokens.upperBound
      return (after..<(after + 4)).contains { parse.word($0, isIn: .researchObjects) }
    }
    guard match.tokens.count == 1 else { return true }
    if parse.word(match.head + 1, isIn: .frameFollowers) { return true }
    var position = match.head - 1
    var steps = 0
    while position >= 0, steps < 3 {
      let classes = parse.classes(position)
      if classes.contains(.be) || classes.contains(.copula) { return true }
      let frameAnywhere = parse.knowledge[.needParticiples].contains(word)
      if !classes.contains(.adverb) && !classes.contains(.negation) && !frameAnywhere { return false }
      position -= 1
      steps += 1
    }
    return false
  }
}
