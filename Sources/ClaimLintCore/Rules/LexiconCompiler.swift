import Yams

/// What `{{name}}` stands for in a pattern: a regex alternation (without an enclosing group) and the term
/// lexicons matched by dictionary (``TermSlot``).
struct LexiconFragment: Sendable {
  var regex: String
  var termLexicons: [Int]
}

/// Compiles lexicon definitions into regex fragments and term lexicons, resolving `include` and reporting
/// bad entries.
struct LexiconCompiler {
  let definitions: [LexiconDefinition]
  let vocabularies: [String: VocabularyDictionary]
  let tokenizer: TermTokenizer
  /// Each rule file's positions, for messages (libyaml counts lines its own way).
  let locators: [String: ScalarLocator]
  private(set) var errors: [ToolError] = []
  private(set) var termLexicons: [TermLexicon] = []
  private var fragments: [String: LexiconFragment] = [:]
  private var byName: [String: LexiconDefinition] = [:]
  private var inProgress: Set<String> = []
  private var collected: [String: Parts] = [:]

  /// A lexicon's regex terms and patterns, and its term lexicons, with those of the lexicons it includes.
  private struct Parts {
    var terms: [(term: String, caseSensitive: Bool)] = []
    var patterns: [String] = []
    var termLexicons: [Int] = []
  }

  init(
    definitions: [LexiconDefinition], vocabularies: [String: VocabularyDictionary], tokenizer: TermTokenizer,
    locators: [String: ScalarLocator] = [:]
  ) {
    self.definitions = definitions
    self.vocabularies = vocabularies
    self.tokenizer = tokenizer
    self.locators = locators
  }

  /// Fragments by lexicon name.
  mutating func compile() -> [String: LexiconFragment] {
    for definition in definitions {
      if let first = byName[definition.name] {
        fail(definition, definition.node, "duplicate lexicon '\(definition.name)'; it is already defined in \(first.file) at line \(position(first.file, first.node).line)")
        continue
      }
      byName[definition.name] = definition
    }
    for name in byName.keys.sorted() { _ = fragment(name) }
    return fragments
  }

  private mutating func fail(_ definition: LexiconDefinition, _ node: Node?, _ message: String) {
    let start = position(definition.file, node)
    errors.append(ToolError(path: definition.file, line: start.line, column: start.column, message: message))
  }

  /// Where `node` of `file` starts, as messages show it.
  private func position(_ file: String, _ node: Node?) -> SourceText.Position {
    ScalarLocator.position(of: node, in: file, locators)
  }

  private mutating func fragment(_ name: String) -> LexiconFragment? {
    if let done = fragments[name] { return done }
    guard let parts = parts(name), let definition = byName[name] else { return nil }
    let alternatives = (parts.terms.isEmpty ? [] : [TermSet.regex(for: parts.terms)]) + parts.patterns
    var regex = alternatives.joined(separator: "|")
    if definition.hasContext, !regex.isEmpty { regex = Self.withContext(regex, definition) }
    let result = LexiconFragment(regex: regex, termLexicons: parts.termLexicons)
    fragments[name] = result
    return result
  }

  /// `regex` kept out where the lexicon's `not-preceded-by` or `not-followed-by` words stand around it.
  static func withContext(_ regex: String, _ definition: LexiconDefinition) -> String {
    func words(_ phrase: String) -> String {
      phrase.split(separator: " ").map { TermPattern.fragment(forWord: String($0)) }.joined(separator: "\\s")
    }
    // PCRE2 lookbehinds need a fixed length per branch: one lookbehind per phrase. Each ends in a space,
    // so after anything else none can match: a condition on the previous character passes most offsets.
    // A condition, not an alternation `(?:(?<!\s)|…)`: PCRE2 would backtrack into the second branch
    // every time the rest of the pattern fails, testing every phrase at every offset.
    let phrases = definition.notPrecededBy.map { "(?<!\\b\(words($0))\\s)" }.joined()
    let behind = phrases.isEmpty ? "" : "(?(?<=\\s)\(phrases))"
    let ahead = definition.notFollowedBy.isEmpty
      ? "" : "(?!\\s+(?:" + definition.notFollowedBy.map(words).joined(separator: "|") + ")\\b)"
    return "\(behind)(?:\(regex))\(ahead)"
  }

  /// The parts of a lexicon and of the lexicons it includes.
  private mutating func parts(_ name: String) -> Parts? {
    if let done = collected[name] { return done }
    guard let definition = byName[name], !inProgress.contains(name) else { return nil }
    inProgress.insert(name)
    defer { inProgress.remove(name) }
    var result = Parts()
    if definition.vocabulary != nil {
      guard let lexicon = termLexicon(definition) else { return nil }
      result.termLexicons.append(lexicon)
    } else {
      result.terms = Self.regexTerms(definition)
    }
    for spec in definition.patterns {
      guard let expanded = try? PatternExpander(lexicons: [:]).expand(spec.text) else {
        fail(definition, spec.node, "lexicon patterns cannot use {{…}}; use 'include' instead")
        continue
      }
      do {
        _ = try Pattern(expanded.text, options: [.caseInsensitive])
        result.patterns.append(definition.caseSensitive ? "(?-i:\(expanded.text))" : "(?:\(expanded.text))")
      } catch {
        fail(definition, spec.node, "invalid regular expression in lexicon '\(name)': \(error)")
      }
    }
    for (included, node) in definition.include {
      if inProgress.contains(included) {
        fail(definition, node, "lexicon '\(name)' includes '\(included)', which includes it back")
      } else if byName[included] == nil {
        fail(definition, node, "lexicon '\(name)' includes unknown lexicon '\(included)'")
      } else if byName[included]?.hasContext == true, let other = fragment(included) {
        // Its context applies to its own terms only: keep them as one pattern.
        if !other.regex.isEmpty { result.patterns.append("(?:\(other.regex))") }
        result.termLexicons += other.termLexicons.filter { !result.termLexicons.contains($0) }
      } else if let other = parts(included) {
        result.terms += other.terms
        result.patterns += other.patterns
        result.termLexicons += other.termLexicons.filter { !result.termLexicons.contains($0) }
      }
    }
    collected[name] = result
    return result
  }

  /// The lexicon's terms with their inflections, for the regex.
  static func regexTerms(_ definition: LexiconDefinition) -> [(term: String, caseSensitive: Bool)] {
    var terms: [(term: String, caseSensitive: Bool)] = []
    for term in definition.terms {
      let forms: [String] =
        switch definition.inflection {
        case .none: [term]
        case .plural: Inflection.plurals(of: term)
        case .verb: Inflection.verbForms(of: term)
        }
      terms += forms.map { ($0, definition.caseSensitive) }
    }
    return terms
  }

  /// The term lexicon of a vocabulary-backed definition: its vocabulary's rows that pass the filters, and
  /// its own terms.
  private mutating func termLexicon(_ definition: LexiconDefinition) -> Int? {
    guard let (vocabularyName, node) = definition.vocabulary else { return nil }
    guard let vocabulary = vocabularies[vocabularyName] else {
      let known = vocabularies.keys.sorted().joined(separator: ", ")
      fail(definition, node, "unknown vocabulary '\(vocabularyName)'; the loaded vocabularies are: \(known.isEmpty ? "none" : known)")
      return nil
    }
    if let kinds = definition.kinds {
      for kind in kinds.sorted() where !vocabulary.kinds.contains(kind) {
        fail(definition, node, "vocabulary '\(vocabularyName)' has no rows of kind '\(kind)'; its kinds are \(vocabulary.kinds.sorted().joined(separator: ", "))")
      }
    }
    var parts = [
      TermLexicon.Part(
        dictionary: vocabulary.dictionary, kinds: definition.kinds, concepts: definition.concepts,
        exceptFlags: definition.exceptFlags)
    ]
    if !definition.terms.isEmpty {
      let entries = definition.terms.map { term in
        TermDictionary.Entry(
          term: term, kind: "term", concept: "", source: definition.file, sense: TermSense(),
          caseSensitive: TermDictionary.isCaseSensitive(term))
      }
      parts.append(TermLexicon.Part(dictionary: TermDictionary(entries: entries, tokenizer: tokenizer), kinds: nil, exceptFlags: []))
    }
    var context = TermSense()
    context.notPrecededBy = definition.notPrecededBy.map { tokenizer.keys(of: $0).map { TermTokenizer.hash($0.key) } }
    context.notFollowedBy = definition.notFollowedBy.map { tokenizer.keys(of: $0).map { TermTokenizer.hash($0.key) } }
    termLexicons.append(TermLexicon(id: termLexicons.count, name: definition.name, parts: parts, context: context))
    return termLexicons.count - 1
  }
}
