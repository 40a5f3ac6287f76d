extension DocumentContext {
  /// The content words of a sentence's exposure cues, lowercased without a plural `s`
  /// ("Green tea drinkers" → green, tea, drinker).
  func exposureWords(of claim: SentenceClaim) -> Set<String> {
    var words = Set<String>()
    for cue in claim.analysis.cues where cue.kind == .exposure {
      for word in document.string(cue.range).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
        let normalized = Self.normalize(word)
        if normalized.count >= 3 || word.contains(where: \.isNumber), !Self.stopwords.contains(normalized) {
          words.insert(normalized)
        }
      }
    }
    return words
  }

  /// True when sentence `index` contains one of `words` (normalized like ``exposureWords(of:)``).
  func mentions(_ words: Set<String>, inSentence index: Int) -> Bool {
    if sentenceWords[index] == nil {
      let all = document.string(sentenceRanges[index]).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      sentenceWords[index] = Set(all.map(Self.normalize))
    }
    return !sentenceWords[index]!.isDisjoint(with: words)
  }

  private static func normalize(_ word: Substring) -> String {
    let lower = word.lowercased()
    return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") ? String(lower.dropLast()) : lower
  }

  private static let stopwords: Set<String> = [
    "the", "and", "for", "with", "who", "that", "this", "these", "those", "their", "people", "taking", "take",
    "use", "using", "eating", "drinking", "more", "less", "higher", "lower", "daily", "regular", "high", "low",
    "level", "intake", "dose", "it", "they", "its", "your", "our", "supplement", "supplementation", "exposure",
    "factor", "environmental", "such", "other", "some", "many", "group", "patient", "participant",
  ]

}
