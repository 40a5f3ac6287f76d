import Foundation

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
  /// How many groups of rules a large document is linted in, side by side (tests set it).
  var cores = ProcessInfo.processInfo.activeProcessorCount

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
  ///
  /// A large document is linted on every core, its rules split into groups that each have their own
  /// ``DocumentContext``; the result is the same as one group's, rule by rule.
  public func lint(_ document: Document) -> Result {
    let rules = ruleSet.rules
    let seconds = allowance.seconds(forLength: document.text.count)
    let groups = Self.groups(of: rules, forLength: document.text.count, cores: cores)
    // The claim analysis is made once (itself on every core) and read by every group.
    let claims =
      groups.count > 1 && rules.contains(where: \.needsClaims)
      ? analyzer.analyze(document, chunks: 8 * cores) : nil
    let (matches, termWork) = (ContextMatches(), TermWork(document: document, tokenizer: ruleSet.terms.tokenizer))
    let byRule = groups.concurrentMap { group in
      let context = DocumentContext(
        document: document, ruleSet: ruleSet, analyzer: analyzer, claims: claims, matches: matches, termWork: termWork)
      return group.map { index in
        context.budget = MatchBudget(seconds: seconds)
        return (index: index, outcome: rules[index].findings(in: context))
      }
    }.joined().sorted { $0.index < $1.index }
    var findings: [Finding] = []
    var errors: [ToolError] = []
    for (index, (made, stop)) in byRule {
      findings += made
      if let stop { errors.append(Self.error(stop, rule: rules[index].id, document: document)) }
    }
    findings.sort(by: Self.order)
    return Result(findings: findings, errors: errors)
  }

  /// Scan text from which a document's rules are split over the cores.
  static let parallelLength = 256 * 1024

  /// The rules' indices in groups to run side by side: one group for a short document or one core, else
  /// a group per core, the rules dealt out in turn.
  static func groups(of rules: [CompiledRule], forLength length: Int, cores: Int) -> [[Int]] {
    let count = min(max(cores, 1), rules.count)
    guard length >= parallelLength, count > 1 else { return [Array(rules.indices)] }
    return (0..<count).map { Array(stride(from: $0, to: rules.count, by: count)) }
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
