/// Runs a rule set over documents. Pure: a document in, findings and tool errors out.
///
/// A rule whose search fails on a document (its pattern hits PCRE2's match or depth limit, or it spends
/// its ``MatchBudget``) stops there and is reported as a tool error naming the rule, the file and the
/// line; the findings it made before are kept and the other rules still run. Findings come back sorted
/// by file offset, then rule.
public struct Linter: Sendable {
  public let ruleSet: RuleSet
  public let analyzer: ClaimAnalyzer
  /// How much matching each rule may do on one document.
  public let allowance: MatchBudget.Allowance

  /// A linter for `ruleSet`; the analyzer defaults to one with the rule set's knowledge.
  public init(ruleSet: RuleSet, analyzer: ClaimAnalyzer? = nil, allowance: MatchBudget.Allowance = .standard) {
    self.ruleSet = ruleSet
    self.analyzer = analyzer ?? ClaimAnalyzer(knowledge: ruleSet.knowledge)
    self.allowance = allowance
  }

  /// The outcome of linting one document.
  public struct Result: Sendable {
    public var findings: [Finding]
    public var errors: [ToolError]
  }

  /// Lints one document with every rule of the set.
  public func lint(_ document: Document) -> Result {
    let context = DocumentContext(document: document, ruleSet: ruleSet, analyzer: analyzer)
    let seconds = allowance.seconds(forLength: document.text.count)
    var findings: [Finding] = []
    var errors: [ToolError] = []
    for rule in ruleSet.rules {
      context.budget = MatchBudget(seconds: seconds)
      let (made, stop) = rule.findings(in: context)
      findings += made
      if let stop { errors.append(Self.error(stop, rule: rule.id, document: document)) }
    }
    context.budget = nil
    findings.sort(by: Self.order)
    return Result(findings: findings, errors: errors)
  }

  /// The tool error for a rule that stopped on a document, at the place its failed search began.
  static func error(_ stop: PatternError, rule: String, document: Document) -> ToolError {
    let position = stop.subjectOffset.map { document.source.position(of: min($0, document.source.bytes.count)) }
    return ToolError(
      path: document.path, line: position?.line, column: position?.column,
      message: "rule '\(rule)' stopped here: \(stop); the findings it made until then are kept")
  }

  /// File offset, then rule ID, then end offset, then message.
  static func order(_ a: Finding, _ b: Finding) -> Bool {
    (a.range.lowerBound, a.ruleID, a.range.upperBound, a.message)
      < (b.range.lowerBound, b.ruleID, b.range.upperBound, b.message)
  }
}
