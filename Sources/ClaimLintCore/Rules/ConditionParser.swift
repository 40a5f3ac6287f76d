import Yams

/// Parses `when` / `unless` lists and the `in` / `within` scope keys.
struct ConditionParser {
  let reader: YAMLReader

  /// Shorthand conditions written as a bare word.
  static let shorthands = ["hedged", "negated", "reported", "question", "quoted", "claim", "advice", "blockquote"]
  static let subjects = [
    "pattern", "lexicon", "cue", "strength", "evidence", "claim", "advice", "block", "blockquote", "context", "any",
    "all",
  ]

  func parseList(_ node: Node, _ what: String) -> [ConditionDefinition] {
    guard let items = reader.sequence(node, what) else { return [] }
    return items.compactMap(parse)
  }

  private func parse(_ node: Node) -> ConditionDefinition? {
    if case .scalar = node {
      guard let word = reader.choice(node, "a condition", Self.shorthands) else { return nil }
      let kind: ConditionForm<PatternSubject> =
        switch word {
        case "hedged": .cue([.hedge], .before)
        case "negated": .any([.cue([.negation], .before), .locallyNegated])
        case "reported": .cue([.reportedSpeech], .before)
        case "question": .question
        case "quoted": .quoted
        case "claim": .claim(true)
        case "advice": .advice(true)
        default: .blockquote(true)
        }
      return ConditionDefinition(kind: kind, node: node)
    }
    guard let map = reader.mapping(node, "a condition") else { return nil }
    let present = Self.subjects.filter { map[$0] != nil }
    guard present.count == 1, let subject = present.first, let value = map[subject] else {
      reader.fail(
        at: node,
        present.isEmpty
          ? "a condition needs one of \(Self.subjects.joined(separator: ", ")) (or a shorthand such as 'hedged')"
          : "a condition may test only one of \(present.joined(separator: ", ")); write separate conditions")
      return nil
    }
    let kind: ConditionForm<PatternSubject>?
    switch subject {
    case "pattern", "lexicon":
      map.rejectUnknownKeys(allowed: [subject, "in", "within", "case-sensitive", "raw"])
      let spec = patternSpec(in: map)
      let scope = parseScope(map, default: .sentence)
      let caseSensitive = map["case-sensitive"].flatMap { reader.boolean($0, "'case-sensitive'") } ?? false
      let raw = map["raw"].flatMap { reader.boolean($0, "'raw'") } ?? false
      kind = spec.flatMap { spec in
        scope.map { .pattern(PatternSubject(spec: spec, caseSensitive: caseSensitive), $0, raw: raw) }
      }
    case "any", "all":
      map.rejectUnknownKeys(allowed: [subject])
      let nested = parseList(value, "'\(subject)'").map(\.kind)
      kind = nested.isEmpty ? nil : subject == "any" ? .any(nested) : .all(nested)
    case "cue":
      map.rejectUnknownKeys(allowed: ["cue", "in", "within"])
      let cues = names(value, "'cue'", ClaimCue.Kind.allCases.map(\.rawValue)).map { Set($0.compactMap(ClaimCue.Kind.init)) }
      let scope = parseScope(map, default: .before)
      kind = cues.flatMap { cues in scope.map { .cue(cues, $0) } }
    case "strength":
      map.rejectUnknownKeys(allowed: ["strength"])
      kind = names(value, "'strength'", ClaimStrength.allCases.map(\.rawValue))
        .map { .strength(Set($0.compactMap(ClaimStrength.init))) }
    case "evidence":
      map.rejectUnknownKeys(allowed: ["evidence", "from", "about"])
      guard let values = names(value, "'evidence'", EvidenceKind.allCases.map(\.rawValue) + ["any"]) else {
        kind = nil
        break
      }
      let kinds = values.contains("any") ? nil : Set(values.compactMap(EvidenceKind.init))
      var sources: Set<EvidenceSource>? = Set(EvidenceSource.allCases)
      if let node = map["from"] {
        sources = names(node, "'from'", EvidenceSource.allCases.map(\.rawValue)).map { Set($0.compactMap(EvidenceSource.init)) }
      }
      var sameExposure = false
      if let about = map["about"] { sameExposure = reader.choice(about, "'about'", ["exposure"]) != nil }
      kind = sources.map { .evidence(kinds, $0, sameExposure: sameExposure) }
    case "context":
      map.rejectUnknownKeys(allowed: ["context"])
      kind = names(value, "'context'", DocumentKind.allCases.map(\.rawValue))
        .map { .context(Set($0.compactMap(DocumentKind.init))) }
    case "claim", "advice", "blockquote":
      map.rejectUnknownKeys(allowed: [subject])
      let flag = reader.boolean(value, "'\(subject)'")
      kind = flag.map { subject == "claim" ? .claim($0) : subject == "advice" ? .advice($0) : .blockquote($0) }
    default:
      map.rejectUnknownKeys(allowed: ["block"])
      kind = BlockKindNames.parse(value, reader: reader).map { .block($0) }
    }
    return kind.map { ConditionDefinition(kind: $0, node: node) }
  }

  /// The `pattern` or `lexicon` of a mapping as a pattern spec.
  func patternSpec(in map: Fields) -> PatternSpec? {
    if let node = map["pattern"] {
      return reader.string(node, "'pattern'").map { PatternSpec(text: $0, node: node, fromLexicon: false) }
    }
    if let node = map["lexicon"] {
      return reader.string(node, "'lexicon'").map { PatternSpec(text: "{{\($0)}}", node: node, fromLexicon: true) }
    }
    reader.fail(at: map.node, "\(map.what) needs 'pattern' or 'lexicon'")
    return nil
  }

  /// The scope given by `in:` or `within:` (sentences either side), or `fallback`.
  func parseScope(_ map: Fields, default fallback: ContextScope) -> ContextScope? {
    if let within = map["within"] {
      if map["in"] != nil {
        reader.fail(at: within, "use either 'in' or 'within', not both")
        return nil
      }
      return reader.integer(within, "'within'").map { .window($0) }
    }
    guard let node = map["in"] else { return fallback }
    return reader.choice(node, "'in'", ContextScope.names).flatMap(ContextScope.init(name:))
  }

  /// A word or list of words, each one of `allowed`.
  private func names(_ node: Node, _ what: String, _ allowed: [String]) -> [String]? {
    guard let values = reader.strings(node, what) else { return nil }
    for value in values where !allowed.contains(value) {
      reader.fail(at: node, "\(what) must use \(allowed.joined(separator: ", ")); '\(value)' is not one of them")
      return nil
    }
    return values
  }
}
