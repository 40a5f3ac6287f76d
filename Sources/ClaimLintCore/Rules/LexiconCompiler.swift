import Yams

/// Compiles lexicon definitions into regex fragments, resolving `include` and reporting bad entries.
struct LexiconCompiler {
  let definitions: [LexiconDefinition]
  private(set) var errors: [ToolError] = []
  private var fragments: [String: String] = [:]
  private var byName: [String: LexiconDefinition] = [:]
  private var inProgress: Set<String> = []
  private var collected: [String: (terms: [(term: String, caseSensitive: Bool)], patterns: [String])] = [:]

  init(definitions: [LexiconDefinition]) {
    self.definitions = definitions
  }

  /// Fragments by lexicon name; each is an alternation without an enclosing group.
  mutating func compile() -> [String: String] {
    for definition in definitions {
      if let first = byName[definition.name] {
        fail(definition, definition.node, "duplicate lexicon '\(definition.name)'; it is already defined in \(first.file) at line \(first.node.mark?.line ?? 0)")
        continue
      }
      byName[definition.name] = definition
    }
    for name in byName.keys.sorted() { _ = fragment(name) }
    return fragments
  }

  private mutating func fail(_ definition: LexiconDefinition, _ node: Node?, _ message: String) {
    errors.append(
      ToolError(path: definition.file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message))
  }

  private mutating func fragment(_ name: String) -> String? {
    if let done = fragments[name] { return done }
    guard let parts = parts(name) else { return nil }
    let alternatives = (parts.terms.isEmpty ? [] : [TermSet.regex(for: parts.terms)]) + parts.patterns
    let result = alternatives.joined(separator: "|")
    fragments[name] = result
    return result
  }

  /// The terms (inflected) and raw patterns of a lexicon and of the lexicons it includes.
  private mutating func parts(_ name: String) -> (terms: [(term: String, caseSensitive: Bool)], patterns: [String])? {
    if let done = collected[name] { return done }
    guard let definition = byName[name], !inProgress.contains(name) else { return nil }
    inProgress.insert(name)
    defer { inProgress.remove(name) }
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
    var patterns: [String] = []
    for spec in definition.patterns {
      guard let expanded = try? PatternExpander(lexicons: [:]).expand(spec.text) else {
        fail(definition, spec.node, "lexicon patterns cannot use {{…}}; use 'include' instead")
        continue
      }
      do {
        _ = try Pattern(expanded.text, options: [.caseInsensitive])
        patterns.append(definition.caseSensitive ? "(?-i:\(expanded.text))" : "(?:\(expanded.text))")
      } catch {
        fail(definition, spec.node, "invalid regular expression in lexicon '\(name)': \(error)")
      }
    }
    for (included, node) in definition.include {
      if inProgress.contains(included) {
        fail(definition, node, "lexicon '\(name)' includes '\(included)', which includes it back")
      } else if byName[included] == nil {
        fail(definition, node, "lexicon '\(name)' includes unknown lexicon '\(included)'")
      } else if let other = parts(included) {
        terms += other.terms
        patterns += other.patterns
      }
    }
    collected[name] = (terms, patterns)
    return (terms, patterns)
  }
}
