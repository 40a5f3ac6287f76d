import Yams

/// Reads a YAML node tree strictly, collecting `file:line:col` errors instead of stopping at the first.
///
/// Every accessor records an error at the offending node's position and returns `nil`; callers go on so
/// one run reports every problem in a file.
final class YAMLReader {
  /// The file name used in errors.
  let file: String
  /// The file's text, for positions inside scalars.
  let text: String
  /// Errors found so far, in the order found.
  private(set) var errors: [ToolError] = []
  /// How plain scalars get their tags; `.basic` (every scalar a string) skips the regular expressions.
  private let resolver: Resolver

  init(file: String, text: String, resolver: Resolver = .default) {
    self.file = file
    self.text = text
    self.resolver = resolver
  }

  /// Parses the file into its root node, or records the YAML syntax error and returns `nil`.
  func root() -> Node? {
    do {
      return try Yams.compose(yaml: text, resolver)
    } catch let error as YamlError {
      record(error)
      return nil
    } catch {
      fail(at: nil, "cannot read YAML: \(error)")
      return nil
    }
  }

  /// Records an error at `node` (or at the top of the file).
  func fail(at node: Node?, _ message: String) {
    fail(line: node?.mark?.line, column: node?.mark?.column, message)
  }

  /// Records an error at a position libyaml gave (a node's mark or an error's).
  func fail(line: Int?, column: Int?, _ message: String) {
    add(inFile(line: line ?? 1, column: column ?? 1), message)
  }

  /// Records a warning (reported, but not failing the run) at `node`.
  func warn(at node: Node?, _ message: String) {
    add(inFile(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1), message, severity: .warning)
  }

  /// Records a problem at a position of the file.
  private func add(_ position: SourceText.Position, _ message: String, severity: Severity = .error) {
    errors.append(
      ToolError(path: file, line: position.line, column: position.column, message: message, severity: severity))
  }

  /// The file's positions, built on the first error.
  private lazy var marks = YAMLMarks(text: text)

  /// Where `node` starts in the file, as messages show it (libyaml's mark counts lines its own way).
  func position(of node: Node?) -> SourceText.Position { marks.position(of: node) }

  private func inFile(line: Int, column: Int) -> SourceText.Position {
    marks.position(line: line, column: column)
  }

  private func record(_ error: YamlError) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
      fail(line: mark.line, column: mark.column, "invalid YAML: \(detail)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      fail(
        line: context.mark.line, column: context.mark.column,
        "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in mapping")
    case .reader(let problem, let offset, _, _):
      add(marks.source.position(of: offset ?? 0), "invalid YAML: \(problem)")
    default:
      fail(at: nil, "invalid YAML: \(error)")
    }
  }

  /// The mapping in `node`, or an error naming `what`.
  func mapping(_ node: Node, _ what: String) -> Fields? {
    guard case .mapping(let mapping) = node else {
      fail(at: node, "\(what) must be a mapping")
      return nil
    }
    return Fields(reader: self, mapping: mapping, node: node, what: what)
  }

  /// The items of a sequence node, or an error naming `what`.
  func sequence(_ node: Node, _ what: String) -> [Node]? {
    guard case .sequence(let sequence) = node else {
      fail(at: node, "\(what) must be a list")
      return nil
    }
    return Array(sequence)
  }

  /// A scalar's text, or an error naming `what`.
  ///
  /// With `typed`, the scalar must also be one YAML reads as a string: `5`, `true` or `2024-01-01`
  /// written bare are a number, a boolean and a date, which are errors where a name or path is meant.
  func string(_ node: Node, _ what: String, typed: Bool = false) -> String? {
    guard case .scalar(let scalar) = node, node.null == nil else {
      fail(at: node, "\(what) must be a string")
      return nil
    }
    if typed, let kind = Self.nonStringKind(node.tag.description) {
      fail(at: node, "\(what) must be a string, not \(kind) \(scalar.string); quote it ('\(scalar.string)') if you mean the text")
      return nil
    }
    return scalar.string
  }

  /// What a resolved tag other than `str` makes a scalar, in words ("the number"), or `nil` for a string.
  private static func nonStringKind(_ tag: String) -> String? {
    switch tag {
    case Tag.Name.str.rawValue: nil
    case Tag.Name.int.rawValue, Tag.Name.float.rawValue: "the number"
    case Tag.Name.bool.rawValue: "the boolean"
    case Tag.Name.timestamp.rawValue: "the date"
    default: "the value"
    }
  }

  /// One string or a list of strings (`typed` as for ``string(_:_:typed:)``).
  func strings(_ node: Node, _ what: String, typed: Bool = false) -> [String]? {
    if case .scalar = node { return string(node, what, typed: typed).map { [$0] } }
    guard let items = sequence(node, what) else { return nil }
    let values = items.compactMap { string($0, "each item of \(what)", typed: typed) }
    return values.count == items.count ? values : nil
  }

  /// A non-negative integer.
  func integer(_ node: Node, _ what: String) -> Int? {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string), value >= 0 else {
      fail(at: node, "\(what) must be a whole number of 0 or more")
      return nil
    }
    return value
  }

  /// A boolean (`true`/`false`).
  func boolean(_ node: Node, _ what: String) -> Bool? {
    guard case .scalar(let scalar) = node else {
      fail(at: node, "\(what) must be true or false")
      return nil
    }
    switch scalar.string.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      fail(at: node, "\(what) must be true or false")
      return nil
    }
  }

  /// One of `choices`, or an error listing them.
  func choice(_ node: Node, _ what: String, _ choices: [String]) -> String? {
    guard let value = string(node, what) else { return nil }
    guard choices.contains(value) else {
      fail(at: node, "\(what) must be one of \(choices.joined(separator: ", ")), not '\(value)'")
      return nil
    }
    return value
  }
}

/// The keys of one YAML mapping; remembers which were read so unknown keys can be reported.
struct Fields {
  let reader: YAMLReader
  let mapping: Node.Mapping
  /// The mapping node itself, for "missing key" errors.
  let node: Node
  /// How errors name this mapping ("rule 'causal/x'").
  let what: String
  /// The values by key text, built once: Yams' own lookup by string builds and compares a node per key.
  private let values: [String: Node]

  init(reader: YAMLReader, mapping: Node.Mapping, node: Node, what: String) {
    self.reader = reader
    self.mapping = mapping
    self.node = node
    self.what = what
    var values: [String: Node] = [:]
    values.reserveCapacity(mapping.count)
    for (key, value) in mapping {
      if let name = key.string, values[name] == nil { values[name] = value }
    }
    self.values = values
  }

  /// The value for `key`, if present.
  subscript(_ key: String) -> Node? { values[key] }

  /// The value for `key`, or an error when it is missing.
  func required(_ key: String) -> Node? {
    guard let value = values[key] else {
      reader.fail(at: node, "\(what) is missing required key '\(key)'")
      return nil
    }
    return value
  }

  /// The node of key `key` itself (for errors about the key).
  func keyNode(_ key: String) -> Node? {
    mapping.first { $0.key.string == key }?.key
  }

  /// Records an error (or a warning) for every key not in `allowed`, suggesting a close match.
  func rejectUnknownKeys(allowed: [String], severity: Severity = .error) {
    for (key, _) in mapping {
      let name = key.string ?? "?"
      guard !allowed.contains(name) else { continue }
      var message = "unknown key '\(name)' in \(what)"
      if let suggestion = EditDistance.closest(to: name, in: allowed) { message += "; did you mean '\(suggestion)'?" }
      if severity == .error { reader.fail(at: key, message) } else { reader.warn(at: key, message) }
    }
  }
}
