/// Everything the claim analyzer knows about words, compiled from the `analyzer:` lists of the rule
/// files: the cue lexicon, the word classes, the word lists and the contraction tables.
///
/// Immutable and shared. ``builtIn`` holds the lists of the built-in files (`Rules/analyzer/`); a rule set
/// whose files extend lists has its own (see ``RuleSet``).
public final class ClaimKnowledge: Sendable {
  let lexicon: CueLexicon
  let wordClasses: WordClassLexicon
  private let wordLists: [Set<String>]
  /// Contractions split into two tokens, by normalized spelling.
  let contractions: [String: [String]]
  /// Respelled stems before `n't` ("ca" → "can").
  let negativeStems: [String: String]
  /// Words that negate what follows them shortly (``LocalNegation``): the one-word phrases of the negation
  /// cue list and the words of `local-negators`.
  let localNegators: Set<String>

  /// The knowledge of the built-in lists, compiled on first use.
  public static var builtIn: ClaimKnowledge { builtInCompiled.knowledge }

  /// The built-in knowledge and the errors of compiling it (none, unless a built-in list is missing).
  static let builtInCompiled = compile(AnalyzerLists.builtIn.lists)

  /// The words of `list`.
  subscript(_ list: WordList) -> Set<String> { wordLists[list.rawValue] }

  private init(
    lexicon: CueLexicon, wordClasses: WordClassLexicon, wordLists: [Set<String>], contractions: [String: [String]],
    negativeStems: [String: String], localNegators: Set<String>
  ) {
    self.lexicon = lexicon
    self.wordClasses = wordClasses
    self.wordLists = wordLists
    self.contractions = contractions
    self.negativeStems = negativeStems
    self.localNegators = localNegators
  }

  /// Compiles `lists`; every list the analyzer needs that is missing (or of the wrong kind) is an error,
  /// and compiles as empty.
  static func compile(_ lists: AnalyzerLists) -> (knowledge: ClaimKnowledge, errors: [ToolError]) {
    var errors: [ToolError] = []
    func fail(_ message: String) { errors.append(ToolError(path: AnalyzerLists.folder, message: message)) }
    func entries(_ name: String, _ kind: AnalyzerList.Kind) -> AnalyzerList? {
      guard let list = lists[name], list.kind == kind else {
        fail("the analyzer needs a list of \(kind.rawValue) named '\(name)'")
        return nil
      }
      return list
    }
    // Phrases in category order, each list in file order: the order decides between equal phrases.
    let lexiconEntries = CueCategory.allCases.flatMap { category in
      (entries(category.name, .phrases)?.entries ?? []).map { LexiconEntry($0, category) }
    }
    let wordLists = WordList.allCases.map { Set(entries($0.name, .words)?.entries ?? []) }
    let tables = FormsTable.allCases.map { entries($0.name, .forms)?.forms ?? [:] }
    var contractions: [String: [String]] = [:]
    for (word, parts) in tables[FormsTable.contractions.rawValue] {
      guard parts.count == 2, word.hasPrefix(parts[0]) else {
        fail("contraction '\(word)' must split into two parts, the first a prefix of it")
        continue
      }
      contractions[word] = parts
    }
    let negationWords = (lists[CueCategory.negation.name]?.entries ?? []).filter {
      !$0.contains(" ") && !$0.contains("|") && !$0.hasPrefix("~") && !$0.hasSuffix("?")
    }
    let knowledge = ClaimKnowledge(
      lexicon: CueLexicon(entries: lexiconEntries, inflection: .standard),
      wordClasses: WordClassLexicon(lists: wordLists),
      wordLists: wordLists, contractions: contractions,
      negativeStems: tables[FormsTable.negativeContractionStems.rawValue].compactMapValues(\.first),
      localNegators: Set(negationWords).union(wordLists[WordList.localNegators.rawValue]))
    return (knowledge, errors)
  }
}
