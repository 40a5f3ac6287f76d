/// Finds the evidence a sentence names: study designs, animal and cell work, mechanisms, and named
/// cohorts such as "the Nurses' Health Study" (domain.md §1.4, heuristic lists).
struct EvidenceDetector {
  let parse: SentenceParse

  /// The evidence kind a capitalized head word of a named study implies ("the Nurses' Health Study").
  private func namedStudyKind(_ word: String) -> EvidenceKind? {
    if parse.knowledge[.observationalStudyHeads].contains(word) { return .observational }
    if parse.knowledge[.randomizedStudyHeads].contains(word) { return .randomized }
    return nil
  }

  /// Evidence mentions as (kind, token range), in text order, at most one per kind and position.
  func mentions() -> [(kind: EvidenceKind, tokens: Range<Int>)] {
    var found: [(kind: EvidenceKind, tokens: Range<Int>)] = []
    var covered: [Range<Int>] = []
    for match in parse.matches {
      guard let kind = match.category.evidence else { continue }
      if covered.contains(where: { $0.contains(match.tokens.lowerBound) && $0.count >= match.tokens.count }) {
        continue
      }
      if kind == .randomized, isNonRandomizedTrial(match) { continue }
      found.append((kind, match.tokens))
      covered.append(match.tokens)
    }
    for (index, token) in parse.tokens.enumerated() where token.isCapitalized {
      guard let kind = namedStudyKind(token.norm), let start = namedStart(before: index) else { continue }
      if covered.contains(where: { $0.contains(index) }) { continue }
      found.append((kind, start..<(index + 1)))
    }
    return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  /// "single-arm trial", "non-randomized trial", "uncontrolled trial": a trial that is not randomized.
  private func isNonRandomizedTrial(_ match: CueMatch) -> Bool {
    let before = parse.word(match.tokens.lowerBound - 1)
    return parse.knowledge[.nonRandomizedMarkers].contains(before)
      && parse.knowledge[.randomizedStudyHeads].contains(where: { parse.word(match.head).hasPrefix($0) })
  }

  /// Start of a run of capitalized words (allowing "'s", "of", "and") that ends just before `index`.
  private func namedStart(before index: Int) -> Int? {
    var start = index
    var names = 0
    var position = index - 1
    while position >= 0 {
      let token = parse.tokens[position]
      if token.isCapitalized || token.kind == .number {
        names += 1
        start = position
      } else if !(token.norm == "'" || token.norm == "-" || parse.knowledge[.nameJoiners].contains(token.norm)) {
        break
      }
      position -= 1
    }
    // A capitalized word at the sentence start alone is not a name.
    if names == 1, start == 0 { return nil }
    return names > 0 ? start : nil
  }
}
