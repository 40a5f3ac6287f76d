/// One named list of the analyzer's knowledge, as read from the `analyzer:` key of a rule file.
struct AnalyzerList: Sendable {
  /// What the entries are.
  enum Kind: String, Sendable, CaseIterable {
    /// Cue phrases in the lexicon syntax (`~verb`, `a|b`, trailing `?`).
    case phrases
    /// Plain lowercase words.
    case words
    /// A table from a word to its forms (irregular verbs and plurals, contractions).
    case forms
  }

  let name: String
  let kind: Kind
  /// Phrases or words in file order; for a `forms` list, the keys.
  var entries: [String]
  /// For a `forms` list, the forms of each key.
  var forms: [String: [String]] = [:]
  /// Where the list (or the extension) was written, for errors.
  let file: String
  let line: Int
  let column: Int

  /// "file:line" of this definition.
  var location: String { "\(file):\(line)" }

  /// Appends the entries of `other`, an extension of this list.
  mutating func append(_ other: AnalyzerList) {
    entries += other.entries.filter { forms[$0] == nil || other.forms[$0] == nil }
    forms.merge(other.forms) { old, new in old + new.filter { !old.contains($0) } }
  }
}

/// The analyzer's lists by name: the built-in ones, extended by rule files.
struct AnalyzerLists: Sendable {
  /// Built-in files under this folder define the lists; any other file may only extend them.
  static let folder = "Rules/analyzer/"

  private(set) var byName: [String: AnalyzerList] = [:]

  subscript(_ name: String) -> AnalyzerList? { byName[name] }

  /// The names of the lists, sorted.
  var names: [String] { byName.keys.sorted() }

  /// Drops a list (for tests of a missing list).
  mutating func remove(_ name: String) { byName[name] = nil }

  /// The lists defined by the built-in files, and the errors in those files; parsed once.
  static let builtIn: (lists: AnalyzerLists, errors: [ToolError]) = {
    var lists = AnalyzerLists()
    var errors: [ToolError] = []
    for file in EmbeddedRuleFiles.files(under: folder) {
      let (found, problems) = AnalyzerListParser.parse(file: file.name, text: file.contents)
      errors += problems
      for list in found { errors += lists.define(list) }
    }
    return (lists, errors)
  }()

  /// True for a built-in file that defines lists; the loader takes its lists from ``builtIn`` instead of
  /// parsing it again.
  static func defines(_ source: RuleSource) -> Bool {
    source.isBuiltIn && source.name.hasPrefix(folder)
  }

  /// The knowledge of the built-in lists extended by `extensions` (from rule files), and every error in
  /// the lists; the shared built-in knowledge when nothing extends it.
  static func knowledge(extendedBy extensions: [AnalyzerList]) -> (ClaimKnowledge, [ToolError]) {
    var errors = builtIn.errors
    guard !extensions.isEmpty else {
      return (ClaimKnowledge.builtIn, errors + ClaimKnowledge.builtInCompiled.errors)
    }
    var lists = builtIn.lists
    for list in extensions { errors += lists.extend(with: list) }
    let (knowledge, compileErrors) = ClaimKnowledge.compile(lists)
    return (knowledge, errors + compileErrors)
  }

  /// Adds a list defined by a built-in file; an error when the name is taken.
  mutating func define(_ list: AnalyzerList) -> [ToolError] {
    if let first = byName[list.name] {
      return [list.error("analyzer list '\(list.name)' is already defined at \(first.location)")]
    }
    byName[list.name] = list
    return []
  }

  /// Appends an extension from a rule file to the list it names; an error for an unknown name, another
  /// kind of entries, or a list that cannot be extended.
  mutating func extend(with list: AnalyzerList) -> [ToolError] {
    guard var existing = byName[list.name] else {
      var message = "unknown analyzer list '\(list.name)'"
      if let suggestion = EditDistance.closest(to: list.name, in: byName.keys.sorted()) {
        message += "; did you mean '\(suggestion)'?"
      }
      return [list.error(message)]
    }
    guard existing.kind == list.kind else {
      return [list.error("analyzer list '\(list.name)' holds \(existing.kind.rawValue), not \(list.kind.rawValue)")]
    }
    guard !Inflection.listNames.contains(list.name) else {
      let reason = "is read by the inflection of every lexicon; it cannot be extended"
      return [list.error("analyzer list '\(list.name)' \(reason)")]
    }
    existing.append(list)
    byName[list.name] = existing
    return []
  }
}

extension AnalyzerList {
  func error(_ message: String) -> ToolError {
    ToolError(path: file, line: line, column: column, message: message)
  }
}
