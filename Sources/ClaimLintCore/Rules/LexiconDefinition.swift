import Yams

/// A named word list from a rule file: literal terms (matched as whole words, with inflections) and raw patterns.
///
/// ```yaml
/// lexicons:
///   anticoagulants:
///     terms: [warfarin, blood thinner, vitamin K antagonist]
///     inflect: plural
///   hedges: [may, might, could]     # a plain list is shorthand for `terms`
///   conditions:
///     vocabulary: conditions        # the rows of Rules/vocabulary/conditions.tsv (a token dictionary)
///     kinds: [disease, symptom]     # only rows of these kinds
///     concepts: [DOID:10763]        # only rows naming these concepts (e.g. a drug class)
///     except-flags: [ordinary-word] # leave out rows whose sense carries these flags
///   nutrients:
///     terms: [iron, zinc]
///     not-followed-by: [deficiency, levels]   # "iron deficiency" names a condition, not the nutrient
///     not-preceded-by: [lack of]
/// ```
///
/// A lexicon with `vocabulary` is matched by its dictionary, and its own `terms` join that dictionary.
struct LexiconDefinition {
  /// How terms are inflected before matching.
  enum Inflection: String, CaseIterable {
    /// Terms match as written.
    case none
    /// The last word of each term also matches in its plural (`capsule` → `capsules`, `mouse` → `mice`).
    case plural
    /// Each single-word term also matches as a verb form (`cure` → `cures`, `cured`, `curing`).
    case verb
  }

  var name: String
  var node: Node
  var file: String
  var terms: [String]
  var patterns: [PatternSpec]
  var include: [(name: String, node: Node)]
  var inflection: Inflection
  var caseSensitive: Bool
  /// The vocabulary file the lexicon draws on, and the filters on its rows.
  var vocabulary: (name: String, node: Node)?
  var kinds: Set<String>?
  var concepts: Set<String>?
  var exceptFlags: Set<String> = []
  /// Words that keep a match out when they come right before or after it ("iron" not before "deficiency").
  var notPrecededBy: [String] = []
  var notFollowedBy: [String] = []

  static let keys = [
    "terms", "patterns", "include", "inflect", "case-sensitive", "description", "vocabulary", "kinds", "concepts",
    "except-flags", "not-preceded-by", "not-followed-by",
  ]

  /// True when the lexicon keeps some matches out by the words around them.
  var hasContext: Bool { !notPrecededBy.isEmpty || !notFollowedBy.isEmpty }
  static let namePattern = #"^[a-z0-9]+(?:-[a-z0-9]+)*$"#

  /// Parses the entry `name: value` of a `lexicons` mapping.
  static func parse(name nameNode: Node, value: Node, reader: YAMLReader) -> LexiconDefinition? {
    guard let name = reader.string(nameNode, "a lexicon name") else { return nil }
    guard name.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), !name.isEmpty,
      !name.hasPrefix("-"), !name.hasSuffix("-"), name.allSatisfy(\.isASCII)
    else {
      reader.fail(at: nameNode, "lexicon name '\(name)' must be lowercase kebab case, e.g. 'study-designs'")
      return nil
    }
    var definition = LexiconDefinition(
      name: name, node: nameNode, file: reader.file, terms: [], patterns: [], include: [], inflection: .none,
      caseSensitive: false)
    if case .sequence = value {
      definition.terms = reader.strings(value, "lexicon '\(name)'") ?? []
      return definition.validated(reader: reader, at: value)
    }
    guard let fields = reader.mapping(value, "lexicon '\(name)'") else { return nil }
    fields.rejectUnknownKeys(allowed: keys)
    definition.terms = fields["terms"].flatMap { reader.strings($0, "'terms'") } ?? []
    if let node = fields["patterns"], let items = reader.sequence(node, "'patterns'") {
      definition.patterns = items.compactMap { item in
        reader.string(item, "a lexicon pattern").map { PatternSpec(text: $0, node: item, fromLexicon: false) }
      }
    }
    if let node = fields["include"] {
      let items: [Node] = if case .sequence(let list) = node { Array(list) } else { [node] }
      definition.include = items.compactMap { item in reader.string(item, "'include'").map { ($0, item) } }
    }
    if let node = fields["inflect"] {
      definition.inflection =
        reader.choice(node, "'inflect'", Inflection.allCases.map(\.rawValue)).flatMap(Inflection.init) ?? .none
    }
    definition.caseSensitive = fields["case-sensitive"].flatMap { reader.boolean($0, "'case-sensitive'") } ?? false
    if let node = fields["vocabulary"], let vocabulary = reader.string(node, "'vocabulary'") {
      definition.vocabulary = (vocabulary, node)
    }
    definition.kinds = fields["kinds"].flatMap { reader.strings($0, "'kinds'") }.map(Set.init)
    definition.concepts = fields["concepts"].flatMap { reader.strings($0, "'concepts'") }.map(Set.init)
    definition.exceptFlags = Set(fields["except-flags"].flatMap { reader.strings($0, "'except-flags'") } ?? [])
    definition.notPrecededBy = fields["not-preceded-by"].flatMap { reader.strings($0, "'not-preceded-by'") } ?? []
    definition.notFollowedBy = fields["not-followed-by"].flatMap { reader.strings($0, "'not-followed-by'") } ?? []
    if definition.vocabulary == nil {
      for key in ["kinds", "concepts", "except-flags"] where fields[key] != nil {
        reader.fail(at: fields.keyNode(key), "'\(key)' filters a vocabulary; lexicon '\(name)' has no 'vocabulary'")
      }
    } else {
      for key in ["patterns", "case-sensitive"] where fields[key] != nil {
        reader.fail(at: fields.keyNode(key), "a vocabulary lexicon matches terms, not '\(key)'; put it in another lexicon and 'include' that")
      }
      if definition.inflection != .none, let node = fields["inflect"] {
        reader.fail(at: node, "vocabulary terms are matched with their plurals already; 'inflect' does not apply")
      }
    }
    return definition.validated(reader: reader, at: value)
  }

  private func validated(reader: YAMLReader, at node: Node) -> LexiconDefinition? {
    if terms.isEmpty && patterns.isEmpty && include.isEmpty && vocabulary == nil {
      reader.fail(at: node, "lexicon '\(name)' is empty; give it 'terms', 'patterns', 'include' or 'vocabulary'")
      return nil
    }
    for term in terms where term.trimmedWhitespace.isEmpty {
      reader.fail(at: node, "lexicon '\(name)' has an empty term")
      return nil
    }
    return self
  }
}
