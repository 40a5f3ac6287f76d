import Yams

/// Reads the `analyzer:` key of a rule file: named lists of cue phrases, words or forms, each with a
/// `description` and a `source` (required in the built-in files that define the lists).
struct AnalyzerListParser {
  let reader: YAMLReader

  static let listKeys = ["description", "source"] + AnalyzerList.Kind.allCases.map(\.rawValue)

  /// The lists of a file that holds only an `analyzer:` key, and its errors. Its scalars are read as
  /// strings (no tags): the lists hold nothing else, and tag resolution would cost startup time.
  static func parse(file: String, text: String) -> ([AnalyzerList], [ToolError]) {
    let reader = YAMLReader(file: file, text: text, resolver: .basic)
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
      guard let name = text(key, "an analyzer list name") else { continue }
      if let list = parseList(name, key: key, value: value, defining: defining) { lists.append(list) }
    }
    return lists
  }

  private func parseList(_ name: String, key: Node, value: Node, defining: Bool) -> AnalyzerList? {
    let what = "analyzer list '\(name)'"
    guard let fields = reader.mapping(value, what) else { return nil }
    fields.rejectUnknownKeys(allowed: Self.listKeys)
    // One pass over the keys: looking a key up in a Yams mapping resolves tags with regular expressions.
    var byKey: [String: Node] = [:]
    for (field, node) in fields.mapping { if let field = field.string { byKey[field] = node } }
    if defining {
      for required in ["description", "source"] {
        if let node = byKey[required] {
          _ = reader.string(node, "'\(required)'")
        } else {
          reader.fail(at: value, "\(what) is missing required key '\(required)'")
        }
      }
    }
    let kinds = AnalyzerList.Kind.allCases.filter { byKey[$0.rawValue] != nil }
    guard kinds.count == 1, let kind = kinds.first, let entriesNode = byKey[kind.rawValue] else {
      let names = AnalyzerList.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      reader.fail(at: value, "\(what) needs exactly one of \(names)")
      return nil
    }
    let start = reader.position(of: key)
    var list = AnalyzerList(name: name, kind: kind, entries: [], file: reader.file, line: start.line, column: start.column)
    if kind == .forms {
      guard let table = reader.mapping(entriesNode, "'forms' of \(what)") else { return nil }
      for (word, forms) in table.mapping {
        guard let word = text(word, "a word of \(what)") else { continue }
        guard let items = reader.sequence(forms, "the forms of '\(word)'") else { continue }
        list.entries.append(word)
        list.forms[word] = items.compactMap { text($0, "each form of '\(word)'") }
      }
    } else {
      guard let items = reader.sequence(entriesNode, "'\(kind.rawValue)' of \(what)") else { return nil }
      for item in items {
        guard let entry = text(item, "each entry of \(what)") else { continue }
        if let problem = Self.problem(in: entry, kind: kind) {
          reader.fail(at: item, "\(what): \(problem)")
          continue
        }
        list.entries.append(entry)
      }
    }
    return list
  }

  /// A scalar's text; an error for anything else, and for a plain null (`~`, `null`, empty). Cheaper than
  /// ``YAMLReader/string(_:_:)``, which resolves the scalar's tag.
  private func text(_ node: Node, _ what: String) -> String? {
    guard case .scalar(let scalar) = node,
      scalar.style != .plain || !["", "~", "null", "Null", "NULL"].contains(scalar.string)
    else {
      reader.fail(at: node, "\(what) must be a string")
      return nil
    }
    return scalar.string
  }

  /// What is wrong with one entry, if anything: words are single tokens without ASCII capitals (the
  /// analyzer lowercases ASCII only); phrases are words separated by single spaces, with no empty
  /// alternative. One pass over the bytes: the built-in lists are checked at every start.
  static func problem(in entry: String, kind: AnalyzerList.Kind) -> String? {
    let space = UInt8(ascii: " ")
    let bar = UInt8(ascii: "|")
    let tilde = UInt8(ascii: "~")
    var previous = space
    var atSlotStart = true
    for byte in entry.utf8 {
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return "'\(entry)' must be lowercase" }
      if byte == space && kind == .words { return "'\(entry)' is not one word; phrase lists take phrases" }
      if kind == .phrases {
        let empty = (byte == space || byte == bar) && (previous == space || previous == bar || atSlotStart)
        if empty { return "'\(entry)' has an empty word or alternative" }
        if byte == space { atSlotStart = true } else if byte != tilde { atSlotStart = false }
      }
      previous = byte
    }
    if entry.isEmpty { return "an entry must not be empty" }
    if kind == .phrases && (previous == space || previous == bar || atSlotStart) {
      return "'\(entry)' has an empty word or alternative"
    }
    return nil
  }
}
