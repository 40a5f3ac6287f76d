extension Baseline {
  /// Reads a baseline file, all or nothing: every problem is reported at its `path:line:col` in file
  /// order, and a file with any problem gives no baseline. `path` names the file in errors.
  public static func decode(_ bytes: [UInt8], path: String) -> (baseline: Baseline?, problems: [ToolError]) {
    guard String(validating: bytes, as: UTF8.self) != nil else {
      return (nil, [ToolError(path: path, message: "not a claimlint baseline (not valid UTF-8)")])
    }
    let root: PositionedJSON
    switch PositionedJSON.parse(bytes) {
    case .failure(let error):
      let problem = ToolError(
        path: path, line: error.line, column: error.column,
        message: "not a claimlint baseline (invalid JSON: \(error.message)); write one with --write-baseline")
      return (nil, [problem])
    case .success(let value):
      root = value
    }
    var reader = BaselineReader(path: path)
    let baseline = reader.baseline(root)
    let problems = reader.problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    return problems.isEmpty ? (baseline, []) : (nil, problems)
  }
}

/// Checks the shape of a parsed baseline, collecting every problem with its position.
private struct BaselineReader {
  let path: String
  var problems: [ToolError] = []

  mutating func fail(_ at: (line: Int, column: Int), _ message: String) {
    problems.append(ToolError(path: path, line: at.line, column: at.column, message: message))
  }

  mutating func baseline(_ root: PositionedJSON) -> Baseline? {
    guard let members = object(root, "a claimlint baseline", allowed: ["version", "findings"]) else { return nil }
    let version = members["version"].flatMap { integer($0, "'version'") }
    if let node = members["version"], let version, version != Baseline.currentVersion {
      fail(
        (node.line, node.column),
        "baseline version \(version) is not supported; this claimlint reads version \(Baseline.currentVersion)")
    }
    require(["version", "findings"], in: members, at: root, what: "the baseline")
    guard let list = members["findings"] else { return nil }
    guard case .array(let items) = list.value else {
      fail((list.line, list.column), "'findings' must be a list, not \(list.kindName)")
      return nil
    }
    var entries: [Baseline.Entry] = []
    for item in items { if let found = entry(item) { entries.append(found) } }
    guard let version, entries.count == items.count else { return nil }
    return Baseline(version: version, findings: entries)
  }

  private mutating func entry(_ node: PositionedJSON) -> Baseline.Entry? {
    let keys = ["path", "rule", "text", "count"]
    guard let members = object(node, "each item of 'findings'", allowed: keys) else { return nil }
    require(keys, in: members, at: node, what: "a finding")
    let path = members["path"].flatMap { string($0, "'path'") }
    let rule = members["rule"].flatMap { string($0, "'rule'") }
    let text = members["text"].flatMap { string($0, "'text'") }
    let count = members["count"].flatMap { integer($0, "'count'", least: 1) }
    guard let path, let rule, let text, let count else { return nil }
    return Baseline.Entry(path: path, rule: rule, text: text, count: count)
  }

  /// An object's members by key; errors for duplicate keys and keys not in `allowed`.
  private mutating func object(_ node: PositionedJSON, _ what: String, allowed: [String]) -> [String: PositionedJSON]? {
    guard case .object(let members) = node.value else {
      fail((node.line, node.column), "\(what) must be a JSON object, not \(node.kindName)")
      return nil
    }
    var result: [String: PositionedJSON] = [:]
    for member in members {
      if result[member.key] != nil {
        fail((member.line, member.column), "duplicate key '\(member.key)'")
      } else if !allowed.contains(member.key) {
        var message = "unknown key '\(member.key)' in \(what)"
        if let close = EditDistance.closest(to: member.key, in: allowed) { message += "; did you mean '\(close)'?" }
        fail((member.line, member.column), message)
      }
      result[member.key] = result[member.key] ?? member.value
    }
    return result
  }

  private mutating func require(_ keys: [String], in members: [String: PositionedJSON], at node: PositionedJSON, what: String) {
    for key in keys where members[key] == nil { fail((node.line, node.column), "\(what) is missing '\(key)'") }
  }

  private mutating func string(_ node: PositionedJSON, _ what: String) -> String? {
    guard case .string(let text) = node.value else {
      fail((node.line, node.column), "\(what) must be a string, not \(node.kindName)")
      return nil
    }
    return text
  }

  private mutating func integer(_ node: PositionedJSON, _ what: String, least: Int = 0) -> Int? {
    guard case .number(let text) = node.value, let value = Int(text), value >= least else {
      fail((node.line, node.column), "\(what) must be a whole number of \(least) or more, not \(Self.shown(node))")
      return nil
    }
    return value
  }

  private static func shown(_ node: PositionedJSON) -> String {
    if case .number(let text) = node.value { return text }
    return node.kindName
  }
}

extension Baseline {
  /// Whether `--write-baseline` may replace a file holding `bytes`: an empty file, or a JSON object with
  /// no members but `version` and `findings` (a baseline of any version, even one with bad entries). Any
  /// other file (a document, a configuration, a report someone pointed the option at) is kept.
  public static func mayReplace(_ bytes: [UInt8]) -> Bool {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return true }
    guard case .success(let root) = PositionedJSON.parse(bytes), case .object(let members) = root.value else {
      return false
    }
    return members.allSatisfy { $0.key == "version" || $0.key == "findings" }
  }
}
