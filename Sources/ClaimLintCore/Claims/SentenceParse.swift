/// A tokenized sentence with its lexicon matches and clause boundaries: the input of every scope rule.
struct SentenceParse: Sendable {
  /// The lexicon and word lists the sentence was parsed with; the scope rules read their lists here.
  let knowledge: ClaimKnowledge
  let bytes: [UInt8]
  let tokens: [ClaimToken]
  /// All lexicon matches in token order.
  let matches: [CueMatch]
  /// For each token, indices into `matches` of the matches that end at that token.
  private let endingAt: [[Int32]]
  /// For each token, indices into `matches` of the matches that start at that token.
  private let startingAt: [[Int32]]
  /// For each token, the index of the clause it belongs to (see ``clauseRanges``).
  let clauseOf: [Int]
  /// Token ranges of clauses, in order. Strong punctuation, subordinators, relative pronouns and
  /// clause-joining commas start a new clause.
  let clauseRanges: [Range<Int>]

  init(_ text: String, knowledge: ClaimKnowledge) {
    self.knowledge = knowledge
    let bytes = Array(text.utf8)
    self.bytes = bytes
    let tokens = ClaimTokenizer.tokenize(bytes, knowledge: knowledge)
    self.tokens = tokens
    let matches = knowledge.lexicon.matches(in: tokens)
    self.matches = matches
    var endingAt = [[Int32]](repeating: [], count: tokens.count)
    var startingAt = [[Int32]](repeating: [], count: tokens.count)
    for (index, match) in matches.enumerated() {
      endingAt[match.tokens.upperBound - 1].append(Int32(index))
      startingAt[match.tokens.lowerBound].append(Int32(index))
    }
    self.endingAt = endingAt
    self.startingAt = startingAt
    let clauses = Self.clauses(tokens, knowledge)
    self.clauseRanges = clauses
    var clauseOf = [Int](repeating: 0, count: tokens.count)
    for (index, range) in clauses.enumerated() {
      for token in range { clauseOf[token] = index }
    }
    self.clauseOf = clauseOf
  }

  var isEmpty: Bool { tokens.isEmpty }

  /// The text of a token range as written.
  func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return String(decoding: bytes[byteRange(range)], as: UTF8.self)
  }

  /// The byte range spanned by a token range.
  func byteRange(_ range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else { return 0..<0 }
    return tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
  }

  /// Matches of `category` that end at token `index`.
  func match(_ category: CueCategory, endingAt index: Int) -> CueMatch? {
    guard index >= 0, index < tokens.count else { return nil }
    for position in endingAt[index] where matches[Int(position)].category == category {
      return matches[Int(position)]
    }
    return nil
  }

  /// The first match ending at `index` whose category is in `categories`.
  func match(in categories: Set<CueCategory>, endingAt index: Int) -> CueMatch? {
    guard index >= 0, index < tokens.count else { return nil }
    for position in endingAt[index] where categories.contains(matches[Int(position)].category) {
      return matches[Int(position)]
    }
    return nil
  }

  /// The match of `category` starting at token `index`.
  func match(_ category: CueCategory, startingAt index: Int) -> CueMatch? {
    guard index >= 0, index < tokens.count else { return nil }
    for position in startingAt[index] where matches[Int(position)].category == category {
      return matches[Int(position)]
    }
    return nil
  }

  /// True when some match of `category` covers token `index`.
  func covers(_ category: CueCategory, _ index: Int) -> Bool {
    matches.contains { $0.category == category && $0.tokens.contains(index) }
  }

  /// The normalized word at `index`, or "" outside the sentence.
  func word(_ index: Int) -> String {
    index >= 0 && index < tokens.count ? tokens[index].norm : ""
  }

  /// True when the word at `index` is in `list`.
  func word(_ index: Int, isIn list: WordList) -> Bool {
    knowledge[list].contains(word(index))
  }

  /// Word classes at `index`, or empty outside the sentence.
  func classes(_ index: Int) -> WordClass {
    index >= 0 && index < tokens.count ? tokens[index].classes : []
  }

  /// True for punctuation that ends a clause outright.
  static func isStrongBoundary(_ token: ClaimToken) -> Bool {
    guard token.kind == .punctuation else { return false }
    switch token.norm {
    case ";", ":", "--", "(", ")", "[", "]", ".", "!", "?": return true
    default: return false
    }
  }

  /// Splits tokens into clauses. A clause starts after strong punctuation; at a subordinator or relative
  /// pronoun; at "but", "whereas", "yet"; and at a comma followed by a coordinator, subordinator or
  /// relative pronoun (", and" only when the chunk before it is not a short list item).
  private static func clauses(_ tokens: [ClaimToken], _ knowledge: ClaimKnowledge) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var lastComma = -1
    /// True while the current clause is an adverbial clause opened by a subordinator ("Although …,"):
    /// its first comma closes it.
    var adverbial = false
    func cut(_ at: Int) {
      if at > start { ranges.append(start..<at) }
      start = at
      var first = at
      while first < tokens.count, tokens[first].kind == .punctuation || tokens[first].classes.contains(.coordinator) {
        first += 1
      }
      adverbial = first < tokens.count && knowledge[.clauseOpeners].contains(tokens[first].norm)
    }
    cut(0)
    for (index, token) in tokens.enumerated() {
      if isStrongBoundary(token) && !["(", ")", "[", "]"].contains(token.norm) {
        cut(index)
        cut(index + 1)
        continue
      }
      if token.kind == .punctuation, token.norm == "," {
        if adverbial {
          cut(index)
          lastComma = index
          continue
        }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if let next, next.kind == .word {
          let afterNext = index + 2 < tokens.count ? tokens[index + 2].norm : ""
          let connective = knowledge[.commaConnectives].contains(next.norm)
          let opensClause =
            (next.classes.contains(.subordinator) && !connective)
            || knowledge[.commaRelatives].contains(next.norm)
            || (knowledge[.resultAdverbs].contains(next.norm) && afterNext != ",")
            || knowledge[.commaClauseOpeners].contains(next.norm)
            || (knowledge[.clauseJoiningCoordinators].contains(next.norm) && index - max(lastComma, start) > 4)
          if opensClause { cut(index) }
        }
        lastComma = index
        continue
      }
      guard token.kind == .word, index > start else { continue }
      if knowledge[.clauseStarters].contains(token.norm) { cut(index) }
    }
    cut(tokens.count)
    return ranges
  }
}
