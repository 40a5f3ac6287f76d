import Testing

@testable import ClaimLintCore

/// Which dictionary rows a lexicon part takes is worked out with kinds looked up once per run of rows;
/// the answer must be the plain one, row by row, for every built-in lexicon and for unsorted rows.
@Suite struct TermMembersTests {
  /// The definition, one row at a time.
  static func includes(_ part: TermLexicon.Part, _ entry: TermDictionary.Entry) -> Bool {
    (part.kinds?.contains(entry.kind) ?? true) && (part.concepts?.contains(entry.concept) ?? true)
      && entry.sense.flags.isDisjoint(with: part.exceptFlags)
  }

  static func check(_ part: TermLexicon.Part, _ entries: [TermDictionary.Entry]) -> Int {
    let members = part.members(of: entries)
    var mismatches = 0
    for (index, entry) in entries.enumerated() where members.contains(index) != includes(part, entry) {
      mismatches += 1
    }
    return mismatches
  }

  @Test func everyBuiltInLexiconPartTakesTheRowsItsFiltersName() {
    let (ruleSet, errors) = RuleSet.load(RuleSource.defaults())
    #expect(errors.isEmpty)
    var parts = 0
    for lexicon in ruleSet.terms.lexicons {
      for part in lexicon.parts {
        parts += 1
        #expect(Self.check(part, part.dictionary.entries) == 0, "lexicon \(lexicon.name)")
      }
    }
    #expect(parts > 10)
  }

  @Test func rowsOfInterleavedKindsEmptyKindsAndFlags() throws {
    let tokenizer = TermTokenizer(normalizer: TermNormalizer())
    func entry(_ term: String, _ kind: String, _ concept: String, _ sense: String = "") throws -> TermDictionary.Entry {
      TermDictionary.Entry(
        term: term, kind: kind, concept: concept, source: "test", sense: try TermSense(sense, tokenizer: tokenizer),
        caseSensitive: false)
    }
    let entries = [
      try entry("ague", "", "fever"), try entry("quinsy", "disease", "tonsillitis"),
      try entry("dropsy", "disease", "oedema", "ordinary-word"), try entry("vapours", "symptom", "faintness"),
      try entry("megrim", "disease", "migraine"), try entry("catarrh", "", "rhinitis"),
    ]
    let dictionary = TermDictionary(entries: entries, tokenizer: tokenizer)
    let parts = [
      TermLexicon.Part(dictionary: dictionary, kinds: nil, exceptFlags: []),
      TermLexicon.Part(dictionary: dictionary, kinds: ["disease"], exceptFlags: ["ordinary-word"]),
      TermLexicon.Part(dictionary: dictionary, kinds: ["", "symptom"], exceptFlags: []),
      TermLexicon.Part(dictionary: dictionary, kinds: ["disease", ""], concepts: ["migraine", "fever"], exceptFlags: []),
    ]
    for part in parts { #expect(Self.check(part, entries) == 0) }
    #expect(parts[2].members(of: entries).contains(0) && parts[2].members(of: entries).contains(5))
  }
}
