/// One token of a sentence: a word, a number or a punctuation mark, with its byte range.
struct ClaimToken: Sendable, Hashable {
  /// What the token is made of.
  enum Kind: UInt8, Sendable, Hashable {
    case word
    case number
    /// A single punctuation mark; quotes are normalized to `"` and `'`, dashes to `--`.
    case punctuation
  }

  var kind: Kind
  /// UTF-8 byte range in the analyzed text.
  var range: Range<Int>
  /// Lowercased text; curly quotes, apostrophes and dashes normalized; `n't` split off as its own token.
  var norm: String
  /// True when the token starts with an uppercase ASCII letter.
  var isCapitalized: Bool
  /// Grammatical classes of the word (function words, auxiliaries, adverbs), looked up once.
  var classes: WordClass = []

  func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && norm == mark }
}

/// Coarse grammatical classes for the closed word classes the scope rules need.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let determiner = WordClass(rawValue: 1 << 0)
  static let preposition = WordClass(rawValue: 1 << 1)
  static let coordinator = WordClass(rawValue: 1 << 2)
  static let subordinator = WordClass(rawValue: 1 << 3)
  static let relativePronoun = WordClass(rawValue: 1 << 4)
  static let pronoun = WordClass(rawValue: 1 << 5)
  /// am, is, are, was, were, be, been, being.
  static let be = WordClass(rawValue: 1 << 6)
  /// has, have, had, having.
  static let have = WordClass(rawValue: 1 << 7)
  /// do, does, did.
  static let `do` = WordClass(rawValue: 1 << 8)
  /// may, might, could, would, can, will, shall, should, must.
  static let modal = WordClass(rawValue: 1 << 9)
  /// Adverbs that may sit inside a verb group or phrase ("significantly", "independently").
  static let adverb = WordClass(rawValue: 1 << 10)
  /// not, n't, never, no.
  static let negation = WordClass(rawValue: 1 << 11)
  /// Quantifiers and comparatives that behave like determiners ("more", "lower", "greater").
  static let quantifier = WordClass(rawValue: 1 << 12)
  /// Copular verbs other than "be" ("remain", "become", "prove", "seem", "appear").
  static let copula = WordClass(rawValue: 1 << 13)
  /// Content adjectives that commonly modify nouns in health prose ("high", "low", "new").
  static let adjective = WordClass(rawValue: 1 << 14)

  /// Words that close a noun phrase on their left: a verb right after one of these is not a finite verb.
  static let nominalLeft: WordClass = [.determiner, .preposition, .quantifier, .adjective]
  /// Auxiliaries of any kind.
  static let auxiliary: WordClass = [.be, .have, .do, .modal]
}
