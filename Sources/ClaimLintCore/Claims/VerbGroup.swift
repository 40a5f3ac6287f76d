/// The auxiliaries, modals, hedges and negation to the left of a relation word, up to the first word that
/// is not part of its verb group: the words whose scope is that verb.
///
/// "X does **not appear to** increase Y": scanning left from "increase" collects `to`, the raising hedge
/// "appear to", the negation "not" and the auxiliary "does", and stops at "X".
struct VerbGroup: Sendable {
  /// Modifier matches in the group (modals, hedges, raising verbs, negation, boosters), nearest first.
  var modifiers: [CueMatch] = []
  /// The leftmost token of the group (the relation's own start when the group is empty).
  var start: Int
  /// Token just left of the group, or nil at the sentence start.
  var left: Int?
  /// True when a bare `to` (not part of a raising verb) introduces the relation: an infinitive.
  var isInfinitive = false
  var hasBe = false
  var hasHave = false
  var hasDo = false
  /// A modal that is not a hedge or "can" ("will", "shall").
  var hasModal = false
  /// Copular verbs in the group ("remain", "appear", "prove").
  var copula: Int?
  /// Negation tokens that are plain words ("not", "never"), not lexicon phrases.
  var negationTokens: [Int] = []

  /// Modifier categories a verb group may hold.
  static let categories: Set<CueCategory> = [
    .conditionalModal, .canModal, .deonticModal, .hedgeAdverb, .hedgeRaising, .factiveRaising, .negation,
    .booster,
  ]

  func has(_ category: CueCategory) -> Bool { modifiers.contains { $0.category == category } }

  var isNegated: Bool { !negationTokens.isEmpty || has(.negation) }

  /// True when any auxiliary, modal or raising verb makes the group finite.
  var isFinite: Bool {
    hasBe || hasHave || hasDo || hasModal || copula != nil
      || modifiers.contains {
        [.conditionalModal, .canModal, .deonticModal, .hedgeRaising, .factiveRaising].contains($0.category)
      }
  }

  /// Scans left from token `before` (inclusive).
  init(_ parse: SentenceParse, endingBefore end: Int) {
    start = end
    var index = end - 1
    while index >= 0 {
      let token = parse.tokens[index]
      // Quotation marks inside a verb group are transparent: "may 'raise heart risk'".
      if token.kind == .punctuation && (token.norm == "'" || token.norm == "\"") && index > 0 && index == end - 1 {
        index -= 1
        continue
      }
      if token.kind == .punctuation { break }
      // "more than doubles", "less than halved": an amount on the verb.
      if token.norm == "than", index == end - 1, parse.word(index - 1, isIn: .verbGroupAmounts) {
        start = index - 1
        index -= 2
        continue
      }
      if RelationFinder.isAdditiveNot(index, in: parse) { break }
      if let match = parse.match(in: Self.categories, endingAt: index),
        !(match.category == .negation && match.tokens.count > 1 && match.tokens.upperBound > end)
      {
        if match.category == .negation, match.tokens.count == 1 { negationTokens.append(index) }
        // "no evidence", "lack of" govern nouns, not verbs: they are frames, handled elsewhere.
        if match.category == .negation,
          parse.knowledge[.nounNegationHeads].contains(token.norm)
            || match.tokens.count > 1 && parse.word(match.tokens.lowerBound, isIn: .evidenceDenialStarts)
        {
          break
        }
        modifiers.append(match)
        start = match.tokens.lowerBound
        index = match.tokens.lowerBound - 1
        continue
      }
      let classes = token.classes
      if classes.contains(.modal) {
        hasModal = true
      } else if classes.contains(.be) {
        hasBe = true
      } else if classes.contains(.have) {
        hasHave = true
      } else if classes.contains(.do) {
        hasDo = true
      } else if classes.contains(.copula) {
        copula = index
      } else if token.norm == "to" {
        isInfinitive = true
        start = index
        index -= 1
        break
      } else if !classes.contains(.adverb) && !classes.contains(.negation) {
        break
      }
      if classes.contains(.negation) { negationTokens.append(index) }
      start = index
      index -= 1
    }
    left = index >= 0 ? index : nil
  }
}
