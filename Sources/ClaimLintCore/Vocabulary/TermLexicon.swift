/// A lexicon matched through vocabularies rather than a regex: the terms of one or more dictionaries that
/// pass its filters. Rules use it like any lexicon (`{{conditions}}`, `lexicon: conditions`).
struct TermLexicon: Sendable {
  /// A dictionary and the rows of it that belong to the lexicon.
  struct Part: Sendable {
    var dictionary: TermDictionary
    /// Row kinds that count; `nil` for every kind.
    var kinds: Set<String>?
    /// Concepts whose rows count; `nil` for every concept.
    var concepts: Set<String>? = nil
    /// Rows whose sense carries one of these flags are left out.
    var exceptFlags: Set<String>

    func includes(_ entry: TermDictionary.Entry) -> Bool {
      (kinds?.contains(entry.kind) ?? true) && (concepts?.contains(entry.concept) ?? true)
        && entry.sense.flags.isDisjoint(with: exceptFlags)
    }
  }

  /// Index in the rule set's term lexicons.
  let id: Int
  let name: String
  let parts: [Part]
  /// The lexicon's own `not-preceded-by` / `not-followed-by` words, as a sense every term must meet.
  var context = TermSense()
}

/// Where term lexicons are found in one text; ``Pattern`` asks it while matching a lexicon inside a regex.
public protocol TermSpanSource: AnyObject {
  /// The end offsets of the terms of lexicon `lexicon` that start at byte `offset`, longest first.
  func termEnds(lexicon: Int, startingAt offset: Int) -> [Int]
}
