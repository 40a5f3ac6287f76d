/// Decides whether a period after a word ends a sentence; see ``SentenceSplitter`` for the rules.
enum PeriodRule {
  /// - Parameters:
  ///   - word: the text before the period back to the previous whitespace, without opening quotes or brackets.
  ///   - next: what starts the next word.
  ///   - previousWords: up to six earlier words of the same sentence, nearest first, lowercased.
  static func endsSentence(word: String, next: SentenceSplitter.Following, previousWords: () -> [String]) -> Bool {
    guard let last = word.unicodeScalars.last, last.properties.isAlphabetic else { return true }
    if isSingleCapital(word) {
      return singleCapitalEndsSentence(previousWords: previousWords(), next: next)
    }
    let lower = word.lowercased()
    if let kind = Abbreviations.kind(of: lower) {
      return endsSentence(kind, next: next)
    }
    if isDottedAcronym(lower) {
      return endsSentence(.ambiguous, next: next)
    }
    return true
  }

  private static func endsSentence(_ kind: Abbreviations.Kind, next: SentenceSplitter.Following) -> Bool {
    switch (kind, next) {
    case (.neverFinal, _): false
    case (.finalBeforeCapital, .capital): true
    case (.finalBeforeCapital, .digit): false
    case (.finalBeforeCapital, .other): true
    case (.ambiguous, .capital(let word)): Abbreviations.sentenceOpeners.contains(word())
    case (.ambiguous, .digit): false
    case (.ambiguous, .other): true
    }
  }

  /// `vitamin D.` ends a sentence; `J. K. Smith` does not.
  private static func singleCapitalEndsSentence(previousWords: [String], next: SentenceSplitter.Following)
    -> Bool
  {
    guard case .capital(let nextWord) = next else { return true }
    let stripped = previousWords.map(strippedOfPunctuation)
    if stripped.contains(where: Abbreviations.letterTakers.contains) { return true }
    if let previous = previousWords.first, isInitial(previous) { return false }
    return Abbreviations.sentenceOpeners.contains(nextWord())
  }

  /// One uppercase letter other than the pronoun `I`.
  private static func isSingleCapital(_ word: String) -> Bool {
    let scalars = word.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first else { return false }
    return scalar.properties.isUppercase && scalar != "I"
  }

  /// A single letter followed by a period, like `j.`.
  private static func isInitial(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    return scalars.count == 2 && scalars[0].properties.isAlphabetic && scalars[1] == "."
  }

  /// Letter groups of one to three letters joined by periods, like `i.v` or `b.i.d`.
  private static func isDottedAcronym(_ word: String) -> Bool {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2 else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.count <= 3 && part.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }
  }

  private static func strippedOfPunctuation(_ word: String) -> String {
    String(String.UnicodeScalarView(word.unicodeScalars.filter { $0.properties.isAlphabetic }))
  }
}
