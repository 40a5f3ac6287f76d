/// Closed-class English words (determiners, prepositions, auxiliaries…) and the adverb test.
///
/// These are grammar, not domain knowledge: they let the scope rules tell a finite verb ("X reduced Y")
/// from an adjective ("with reduced risk") and find the verb group a modal or negation belongs to. The
/// words are the word-class lists of `Rules/analyzer/grammar.yml`.
struct WordClassLexicon: Sendable {
  /// Each word-class list and the class its words get.
  static let classLists: [(WordList, WordClass)] = [
    (.determiners, .determiner), (.prepositions, .preposition), (.coordinators, .coordinator),
    (.subordinators, .subordinator), (.relativePronouns, .relativePronoun), (.pronouns, .pronoun), (.beForms, .be),
    (.haveForms, .have), (.doForms, .do), (.modals, .modal), (.negators, .negation), (.quantifiers, .quantifier),
    (.copulas, .copula), (.adjectives, .adjective), (.adverbs, .adverb),
  ]

  private let table: [String: WordClass]
  /// Words ending in "-ly" that are not adverbs.
  private let lyNouns: Set<String>

  /// The lexicon of `lists`, indexed by ``WordList/rawValue``.
  init(lists: [Set<String>]) {
    var table: [String: WordClass] = [:]
    for (list, wordClass) in Self.classLists {
      for word in lists[list.rawValue] { table[word, default: []].formUnion(wordClass) }
    }
    self.table = table
    lyNouns = lists[WordList.lyNonAdverbs.rawValue]
  }

  /// The classes of a normalized word; words ending in "-ly" count as adverbs unless listed as nouns.
  func classes(of word: String) -> WordClass {
    if let found = table[word] { return found }
    if word.utf8.count > 4, word.hasSuffix("ly"), !lyNouns.contains(word) { return .adverb }
    return []
  }
}
