import Yams

/// Reads the `analyzer:` key of a rule file: named lists of cue phrases, words or forms, each with a
/// `description` and a `source` (required in the built-in files that define the lists).
struct AnalyzerListParser {
  let reader: YAMLReader

  static let listKeys = ["description", "source"] + AnalyzerList.Kind.allCases.map(\.rawValue)

  /// The lists of a file that holds only an `analyzer:` key, and its errors.
  static func parse(file: String, text: String) -> ([AnalyzerList], [ToolError]) {
    let reader = YAMLReader(file: file, text: text)
    guard let root = reader.root(), let fields = reader.mapping(root, "an analyzer file") else {
      return ([], reader.errors)
    }
    fields.rejectUnknownKeys(allowed: ["version", "analyzer"])
    let lists = fields.required("analyzer").map { AnalyzerListParser(reader: reader).parse($0, defining: true) } ?? []
    return (lists, reader.errors)
  }

  /// The lists under `node`. A defining file must give each list its `description` and `source`.
  func parse(_ node: Node, defining: Bool) -> [AnalyzerList] {
    guard let map = reader.mapping(node, "'analyzer'") else { return [] }
    var lists: [AnalyzerList] = []
    for (key, value) in map.mapping {
      guard let name = reader.string(key, "an analyzer list name") else { continue }
      if let list = parseList(name, key: key, value: value, defining: defining) { lists.append(list) }
    }
    return lists
  }

  private func parseList(_ name: String, key: Node, value: Node, defining: Bool) -> AnalyzerList? {
    let what = "analyzer list '\(name)'"
    guard let fields = reader.mapping(value, what) else { return nil }
    fields.rejectUnknownKeys(allowed: Self.listKeys)
    if defining {
      for required in ["description", "source"] {
        if let node = fields.required(required) { _ = reader.string(node, "'\(required)'") }
      }
    }
    let kinds = AnalyzerList.Kind.allCases.filter { fields[$0.rawValue] != nil }
    guard kinds.count == 1, let kind = kinds.first, let entriesNode = fields[kind.rawValue] else {
      let names = AnalyzerList.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      reader.fail(at: value, "\(what) needs exactly one of \(names)")
      return nil
    }
    var list = AnalyzerList(
      name: name, kind: kind, entries: [], file: reader.file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
    if kind == .forms {
      guard let table = reader.mapping(entriesNode, "'forms' of \(what)") else { return nil }
      for (word, forms) in table.mapping {
        guard let word = reader.string(word, "a word of \(what)"), let forms = reader.strings(forms, "the forms of '\(word)'")
        else { continue }
        list.entries.append(word)
        list.forms[word] = forms
      }
    } else {
      guard let items = reader.sequence(entriesNode, "'\(kind.rawValue)' of \(what)") else { return nil }
      for item in items {
        guard let text = reader.string(item, "each entry of \(what)") else { continue }
        if let problem = Self.problem(in: text, kind: kind) {
          reader.fail(at: item, "\(what): \(problem)")
          continue
        }
        list.entries.append(text)
      }
    }
    return list
  }

  /// What is wrong with one entry, if anything: words are single lowercase tokens; phrases are words
  /// separated by single spaces, with no empty alternative.
  static func problem(in entry: String, kind: AnalyzerList.Kind) -> String? {
    if entry.isEmpty || entry != entry.lowercased() { return "'\(entry)' must be lowercase and not empty" }
    if kind == .words, entry.contains(" ") { return "'\(entry)' is not one word; phrase lists take phrases" }
    if kind == .phrases {
      for slot in entry.split(separator: " ", omittingEmptySubsequences: false) {
        let bare = slot.drop { $0 == "~" }
        if slot.isEmpty || bare.isEmpty || bare.split(separator: "|", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
          return "'\(entry)' has an empty word or alternative"
        }
      }
    }
    return nil
  }
}
