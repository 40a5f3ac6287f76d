import Yams

/// Compiles lexicon definitions into regex fragments, resolving `include` and reporting bad entries.
struct LexiconCompiler {
  let definitions: [LexiconDefinition]
  private(set) var errors: [ToolError] = []
  private var fragments: [String: String] = [:]
  private var byName: [String: LexiconDefinition] = [:]
  private var inProgress: Set<String> = []

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
    guard let definition = byName[name], !inProgress.contains(name) else { return nil }
    inProgress.insert(name)
    defer { inProgress.remove(name) }
    var alternatives: [String] = []
    var forms: [String] = []
    for term in definition.terms {
      switch definition.inflection {
      case .none: forms.append(term)
      case .plural: forms += Inflection.plurals(of: term)
      case .verb: forms += Inflection.verbForms(of: term)
      }
    }
    var seen = Set<String>()
    let unique = forms.filter { seen.insert($0).inserted }
    // Longest first, so "fish oil capsules" wins over "fish oil".
    alternatives += unique.sorted { $0.count > $1.count }
      .map { TermPattern.regex(for: $0, caseSensitive: definition.caseSensitive) }
    for spec in definition.patterns {
      guard let expanded = try? PatternExpander(lexicons: [:]).expand(spec.text) else {
        fail(definition, spec.node, "lexicon patterns cannot use {{…}}; use 'include' instead")
        continue
      }
      do {
        _ = try Pattern(expanded.text, options: [.caseInsensitive])
        alternatives.append(definition.caseSensitive ? "(?-i:\(expanded.text))" : "(?:\(expanded.text))")
      } catch {
        fail(definition, spec.node, "invalid regular expression in lexicon '\(name)': \(error)")
      }
    }
    for (included, node) in definition.include {
      if inProgress.contains(included) {
        fail(definition, node, "lexicon '\(name)' includes '\(included)', which includes it back")
      } else if byName[included] == nil {
        fail(definition, node, "lexicon '\(name)' includes unknown lexicon '\(included)'")
      } else if let fragment = fragment(included) {
        alternatives.append("(?:\(fragment))")
      }
    }
    let result = alternatives.joined(separator: "|")
    fragments[name] = result
    return result
  }
}
