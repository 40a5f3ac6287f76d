import Yams

/// Parses one rule file into lexicon and rule definitions, reporting every schema error with its position.
struct RuleFileParser {
  let reader: YAMLReader

  /// Scalars are read as strings (no tags): every reader of a rule file interprets the text itself, and
  /// tag resolution (a regular expression per scalar) was a tenth of start-up.
  init(file: String, text: String) {
    reader = YAMLReader(file: file, text: text, resolver: .basic)
  }

  static let topLevelKeys = ["version", "lexicons", "rules", "analyzer"]
  static let ruleKeys = [
    "id", "kind", "severity", "message", "summary", "explanation", "references", "profile", "pattern",
    "lexicon", "case-sensitive", "capture", "scope", "blocks", "when", "unless", "requires", "replace", "swap",
    "fix", "examples", "above", "units", "implausible-units", "paired-with", "cue", "once-per",
  ]
  static let kinds = ["match", "requires", "substitution", "dose"]
  static let idPattern = #"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"#

  /// The file's lexicons, rules and additions to the analyzer's lists; errors are in `reader.errors`.
  func parse() -> (lexicons: [LexiconDefinition], rules: [RuleDefinition], analyzer: [AnalyzerList]) {
    guard let root = reader.root() else { return ([], [], []) }
    guard let fields = reader.mapping(root, "a rule file") else { return ([], [], []) }
    fields.rejectUnknownKeys(allowed: Self.topLevelKeys)
    if let version = fields["version"], let number = reader.integer(version, "version"), number != 1 {
      reader.fail(at: version, "unsupported rule file version \(number); this claimlint reads version 1")
    }
    var lexicons: [LexiconDefinition] = []
    if let node = fields["lexicons"], let map = reader.mapping(node, "'lexicons'") {
      for (key, value) in map.mapping {
        if let lexicon = LexiconDefinition.parse(name: key, value: value, reader: reader) { lexicons.append(lexicon) }
      }
    }
    var rules: [RuleDefinition] = []
    if let node = fields["rules"], let items = reader.sequence(node, "'rules'") {
      rules = items.compactMap(parseRule)
    }
    let analyzer = fields["analyzer"].map { AnalyzerListParser(reader: reader).parse($0, defining: false) } ?? []
    if fields["rules"] == nil && fields["lexicons"] == nil && fields["analyzer"] == nil {
      reader.fail(at: root, "a rule file needs 'rules', 'lexicons' or 'analyzer'")
    }
    return (lexicons, rules, analyzer)
  }

  private func parseRule(_ node: Node) -> RuleDefinition? {
    guard let fields = reader.mapping(node, "a rule") else { return nil }
    let idNode = fields.required("id")
    let id = idNode.flatMap { reader.string($0, "'id'") }
    let what = id.map { "rule '\($0)'" } ?? "rule"
    let named = Fields(reader: reader, mapping: fields.mapping, node: node, what: what)
    named.rejectUnknownKeys(allowed: Self.ruleKeys)
    if let id, let idNode, !Self.isValidID(id) {
      reader.fail(at: idNode, "rule id '\(id)' must be 'family/name' in lowercase kebab case, e.g. 'causal/observational'")
    }
    let severity = named.required("severity").flatMap {
      reader.choice($0, "'severity'", Severity.allCases.map(\.rawValue)).flatMap(Severity.init(rawValue:))
    }
    let messageNode = named.required("message")
    let message = messageNode.flatMap { reader.string($0, "'message'") }
    let kindName = named["kind"].flatMap { reader.choice($0, "'kind'", Self.kinds) } ?? "match"
    let cueTarget = named["cue"].flatMap { node -> Set<ClaimCue.Kind>? in
      guard let names = reader.strings(node, "'cue'") else { return nil }
      var kinds = Set<ClaimCue.Kind>()
      for name in names {
        guard let kind = ClaimCue.Kind(rawValue: name) else {
          reader.fail(at: node, "'cue' must use \(ClaimCue.Kind.allCases.map(\.rawValue).joined(separator: ", ")); '\(name)' is not one of them")
          return nil
        }
        kinds.insert(kind)
      }
      return kinds
    } ?? []
    let target = parseTarget(named, kindName: kindName, hasCues: !cueTarget.isEmpty)
    let kind = parseKind(kindName, named)
    let conditions = ConditionParser(reader: reader)
    let when = named["when"].map { conditions.parseList($0, "'when'") } ?? []
    let unless = named["unless"].map { conditions.parseList($0, "'unless'") } ?? []
    let (flag, pass) = parseExamples(named["examples"])
    guard let id, let idNode, let severity, let message, let messageNode, target != nil || !cueTarget.isEmpty, let kind
    else { return nil }
    if cueTarget.isEmpty == false, kindName == "substitution" || kindName == "dose" {
      reader.fail(at: named.keyNode("cue"), "a \(kindName) rule needs a pattern; 'cue' works with match and requires rules")
      return nil
    }
    return RuleDefinition(
      id: id, idNode: idNode, file: reader.file, severity: severity, message: message, messageNode: messageNode,
      summary: named["summary"].flatMap { reader.string($0, "'summary'") },
      explanation: named["explanation"].flatMap { reader.string($0, "'explanation'") } ?? "",
      references: named["references"].flatMap { reader.strings($0, "'references'") } ?? [],
      profile: named["profile"].flatMap { reader.string($0, "'profile'") },
      kind: kind, target: target, cueTarget: cueTarget,
      oncePer: named["once-per"].flatMap {
        reader.choice($0, "'once-per'", MatchScope.allCases.map(\.rawValue)).flatMap(MatchScope.init(rawValue:))
      },
      caseSensitive: named["case-sensitive"].flatMap { reader.boolean($0, "'case-sensitive'") } ?? false,
      capture: named["capture"].flatMap(parseCapture),
      scope: named["scope"].flatMap {
        reader.choice($0, "'scope'", MatchScope.allCases.map(\.rawValue)).flatMap(MatchScope.init(rawValue:))
      } ?? .sentence,
      blocks: named["blocks"].flatMap { BlockKindNames.parse($0, reader: reader) },
      when: when, unless: unless, flagExamples: flag, passExamples: pass)
  }

  private static let idRegex = try? Pattern(idPattern)

  /// True for `family/name` IDs in lowercase kebab case.
  static func isValidID(_ id: String) -> Bool {
    (try? idRegex?.matches(in: id).isEmpty == false) ?? false
  }

  /// The rule's own pattern: `pattern`, `lexicon`, or (for substitutions) the keys of `swap`.
  private func parseTarget(_ fields: Fields, kindName: String, hasCues: Bool) -> PatternSpec? {
    let sources = ["pattern", "lexicon", "swap"].filter { fields[$0] != nil }
    if sources.count > 1 {
      reader.fail(at: fields.keyNode(sources[1]), "\(fields.what) has both '\(sources[0])' and '\(sources[1])'; use one")
      return nil
    }
    if let node = fields["pattern"] {
      return reader.string(node, "'pattern'").map { PatternSpec(text: $0, node: node, fromLexicon: false) }
    }
    if let node = fields["lexicon"] {
      return reader.string(node, "'lexicon'").map { PatternSpec(text: "{{\($0)}}", node: node, fromLexicon: true) }
    }
    if let node = fields["swap"] {
      // The pattern is built from the swap terms when the rule is compiled.
      return PatternSpec(text: "", node: node, fromLexicon: false)
    }
    if !hasCues { reader.fail(at: fields.node, "\(fields.what) needs 'pattern', 'lexicon' or 'cue'") }
    return nil
  }

  private func parseKind(_ name: String, _ fields: Fields) -> RuleDefinition.Kind? {
    switch name {
    case "requires":
      guard let node = fields.required("requires"), let map = reader.mapping(node, "'requires'") else { return nil }
      map.rejectUnknownKeys(allowed: ["pattern", "lexicon", "in", "within", "note"])
      let parser = ConditionParser(reader: reader)
      let spec = parser.patternSpec(in: map)
      let scope = parser.parseScope(map, default: .document)
      guard let spec, let scope else { return nil }
      return .requires(
        RequirementDefinition(pattern: spec, scope: scope, note: map["note"].flatMap { reader.string($0, "'note'") }))
    case "substitution":
      let template = fields["replace"].flatMap { reader.string($0, "'replace'") }
      var swap: [(String, String)] = []
      if let node = fields["swap"], let map = reader.mapping(node, "'swap'") {
        for (key, value) in map.mapping {
          if let term = reader.string(key, "a swap term"), let replacement = reader.string(value, "a swap replacement") {
            swap.append((term, replacement))
          }
        }
      }
      if template == nil && swap.isEmpty {
        reader.fail(at: fields.node, "\(fields.what) is a substitution and needs 'replace' or 'swap'")
        return nil
      }
      if template != nil && fields["swap"] != nil {
        reader.fail(at: fields.keyNode("replace"), "\(fields.what) has both 'replace' and 'swap'; use one")
        return nil
      }
      return .substitution(
        ReplacementDefinition(
          template: template, swap: swap.map { (term: $0.0, replacement: $0.1) },
          fixMessage: fields["fix"].flatMap { reader.string($0, "'fix'") }))
    case "dose":
      return parseDose(fields).map { .dose($0) }
    default:
      for key in ["requires", "replace", "swap", "fix", "above", "units", "implausible-units", "paired-with"]
      where fields[key] != nil {
        let kind = key == "requires" ? "requires" : ["replace", "swap", "fix"].contains(key) ? "substitution" : "dose"
        reader.fail(at: fields.keyNode(key), "'\(key)' needs 'kind: \(kind)'")
      }
      return .match
    }
  }

  private func parseDose(_ fields: Fields) -> DoseDefinition? {
    if fields["lexicon"] == nil {
      reader.fail(at: fields.node, "\(fields.what) is a dose rule and needs 'lexicon' naming its substance")
      return nil
    }
    var definition = DoseDefinition(limit: nil, conversions: [:], implausibleUnits: [], pairedWith: nil)
    if let node = fields["above"], let text = reader.string(node, "'above'") {
      let parts = text.split(separator: " ", maxSplits: 1)
      let number = parts.first.flatMap { Double($0.filter { $0 != "," }) }
      guard parts.count == 2, let number, let unit = DoseUnit(String(parts[1])) else {
        reader.fail(at: node, "'above' must be an amount and a unit, e.g. '4000 IU' or '100 µg'")
        return nil
      }
      definition.limit = (number, unit)
    }
    if let node = fields["units"], let map = reader.mapping(node, "'units'") {
      for (key, value) in map.mapping {
        guard let name = reader.string(key, "a unit"), let unit = DoseUnit(name) else {
          reader.fail(at: key, "unknown unit; use IU, µg, mcg, mg or g")
          continue
        }
        guard let text = reader.string(value, "a conversion factor"), let factor = Double(text), factor > 0 else {
          reader.fail(at: value, "a conversion factor must be a positive number")
          continue
        }
        definition.conversions[unit] = factor
      }
    }
    if let node = fields["implausible-units"], let names = reader.strings(node, "'implausible-units'") {
      for name in names {
        guard let unit = DoseUnit(name) else {
          reader.fail(at: node, "unknown unit '\(name)'; use IU, µg, mcg, mg or g")
          continue
        }
        definition.implausibleUnits.insert(unit)
      }
    }
    if let node = fields["paired-with"], let name = reader.string(node, "'paired-with'") {
      definition.pairedWith = PatternSpec(text: "{{\(name)}}", node: node, fromLexicon: true)
    }
    if definition.limit == nil && definition.implausibleUnits.isEmpty {
      reader.fail(at: fields.node, "\(fields.what) is a dose rule and needs 'above' or 'implausible-units'")
      return nil
    }
    return definition
  }

  private func parseCapture(_ node: Node) -> CaptureReference? {
    guard let text = reader.string(node, "'capture'") else { return nil }
    if let number = Int(text) { return number >= 0 ? .number(number) : nil }
    return .name(text)
  }

  private func parseExamples(_ node: Node?) -> (flag: [ExampleDefinition], pass: [ExampleDefinition]) {
    guard let node, let map = reader.mapping(node, "'examples'") else { return ([], []) }
    map.rejectUnknownKeys(allowed: ["flag", "pass"])
    func list(_ key: String) -> [ExampleDefinition] {
      guard let value = map[key], let items = reader.sequence(value, "'examples.\(key)'") else { return [] }
      return items.compactMap { parseExample($0, fixable: key == "flag") }
    }
    return (list("flag"), list("pass"))
  }

  /// A string, or a mapping with `text`, `format` and (for flag examples) `fixed`.
  private func parseExample(_ node: Node, fixable: Bool) -> ExampleDefinition? {
    if case .scalar = node {
      return reader.string(node, "an example").map { ExampleDefinition(text: $0, format: .markdown, node: node) }
    }
    guard let map = reader.mapping(node, "an example") else { return nil }
    map.rejectUnknownKeys(allowed: fixable ? ["text", "format", "fixed"] : ["text", "format"])
    let format = map["format"].flatMap {
      reader.choice($0, "'format'", DocumentFormat.allCases.map(\.rawValue)).flatMap(DocumentFormat.init(rawValue:))
    }
    guard let textNode = map.required("text"), let text = reader.string(textNode, "'text'") else { return nil }
    let fixed = map["fixed"].flatMap { reader.string($0, "'fixed'") }
    return ExampleDefinition(text: text, format: format ?? .markdown, node: textNode, fixed: fixed)
  }
}

/// The YAML names of block kinds (`paragraph`, `heading`, `list-item`, `table-cell`, `alt-text`).
enum BlockKindNames {
  static let names: [String: Block.Kind] = [
    "paragraph": .paragraph, "heading": .heading, "list-item": .listItem, "table-cell": .tableCell,
    "alt-text": .alternativeText,
  ]

  static func parse(_ node: Node, reader: YAMLReader) -> Set<Block.Kind>? {
    guard let values = reader.strings(node, "'blocks'") else { return nil }
    var kinds = Set<Block.Kind>()
    for value in values {
      guard let kind = names[value] else {
        reader.fail(at: node, "unknown block kind '\(value)'; use \(names.keys.sorted().joined(separator: ", "))")
        return nil
      }
      kinds.insert(kind)
    }
    return kinds
  }
}
