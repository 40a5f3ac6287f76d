/// Finds a negation word shortly before a position in the same clause: "there is **no** miracle pill",
/// "it is **not** a breakthrough", "**never** risk-free".
///
/// This complements the claim analyzer, which judges negation where a sentence states a relationship;
/// hype and safety wording is often negated in sentences that state none. Both read the same negation
/// list (``ClaimKnowledge/localNegators``): its one-word phrases, and the words of `local-negators`.
enum LocalNegation {
  /// True when a negation word stands within `window` words before `offset` in `sentence`, with no clause
  /// break (`;` `:` `—` brackets, or a contrast word) in between. Commas do not break: "not intended to
  /// diagnose, treat, cure or prevent" negates every verb of the list.
  static func negates(
    _ offset: Int, in text: [UInt8], sentence: Range<Int>, window: Int = 8, knowledge: ClaimKnowledge = .builtIn
  ) -> Bool {
    let words = knowledge.localNegators
    let clauseBreaks = knowledge[.negationBreaks]
    let end = max(sentence.lowerBound, min(offset, sentence.upperBound))
    // Only the last couple of hundred bytes can hold `window` words.
    var start = max(sentence.lowerBound, end - 24 * window)
    while start < end && text[start] & 0xC0 == 0x80 { start += 1 }
    let prefix = String(decoding: text[start..<end], as: UTF8.self)
    var count = 0
    var current = ""
    func check(_ word: String) -> Bool? {
      let lower = word.lowercased()
      if count >= window || clauseBreaks.contains(lower) { return false }
      if words.contains(lower) || lower.hasSuffix("n't") || lower.hasSuffix("n’t") { return true }
      return nil
    }
    for character in prefix.reversed() {
      if character.isLetter || character == "'" || character == "’" {
        current.insert(character, at: current.startIndex)
        continue
      }
      if !current.isEmpty {
        if let verdict = check(current) { return verdict }
        count += 1
        current = ""
      }
      if ";:—–()[]".contains(character) { return false }
    }
    if !current.isEmpty, let verdict = check(current) { return verdict }
    return false
  }
}
