/// Runs a rule set over documents. Pure: a document in, findings and tool errors out.
///
/// A rule whose pattern gives up (match or depth limit) on a document is reported as a tool error naming
/// the rule and the file; the other rules still run. Findings come back sorted by file offset, then rule.
public struct Linter: Sendable {
  public let ruleSet: RuleSet
  public let analyzer: ClaimAnalyzer

  /// A linter for `ruleSet`; the analyzer defaults to one with the rule set's knowledge.
  public init(ruleSet: RuleSet, analyzer: ClaimAnalyzer? = nil) {
    self.ruleSet = ruleSet
    self.analyzer = analyzer ?? ClaimAnalyzer(knowledge: ruleSet.knowledge)
  }

  /// The outcome of linting one document.
  public struct Result: Sendable {
    public var findings: [Finding]
    public var errors: [ToolError]
  }

  /// Lints one document with every rule of the set.
  public func lint(_ document: Document) -> Result {
    let context = DocumentContext(document: document, ruleSet: ruleSet, analyzer: analyzer)
    var findings: [Finding] = []
    var errors: [ToolError] = []
    for rule in ruleSet.rules {
      do {
        findings += try rule.findings(in: context)
      } catch {
        errors.append(ToolError(path: document.path, message: "rule '\(rule.id)' skipped this file: \(error)"))
      }
    }
    findings.sort(by: Self.order)
    return Result(findings: findings, errors: errors)
  }

  /// File offset, then rule ID, then end offset, then message.
  static func order(_ a: Finding, _ b: Finding) -> Bool {
    (a.range.lowerBound, a.ruleID, a.range.upperBound, a.message)
      < (b.range.lowerBound, b.ruleID, b.range.upperBound, b.message)
  }
}
