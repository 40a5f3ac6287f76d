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
  /// How many workers lint a large document side by side (tests set it).
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
  /// A large document is linted on every core: a worker per core, each with its own
  /// ``DocumentContext``, takes the next rule not yet run until none is left, so a core that drew quick
  /// rules goes on to others; the result is the same as one context's, rule by rule.
  public func lint(_ document: Document) -> Result {
    let rules = ruleSet.rules
    let seconds = allowance.seconds(forLength: document.text.count)
    let workers = Self.workers(for: rules.count, forLength: document.text.count, cores: cores)
    // The workers share the claim analysis: a sentence is judged once, when a rule first needs it.
    let shared = SharedDocumentWork(document: document, ruleSet: ruleSet, analyzer: analyzer)
    let queue = RuleQueue(count: rules.count)
    let byRule = Array(0..<workers).concurrentMap { _ in
      let context = DocumentContext(
        document: document, ruleSet: ruleSet, analyzer: analyzer, shared: shared)
      var done: [(index: Int, outcome: (findings: [Finding], stop: PatternError?))] = []
      while let index = queue.next() {
        context.budget = MatchBudget(seconds: seconds)
        done.append((index: index, outcome: rules[index].findings(in: context)))
      }
      return done
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

  /// Scan text from which a document's rules are run on every core.
  static let parallelLength = 256 * 1024

  /// How many workers lint a document side by side: one for a short document or one core, else one per
  /// core (no more than there are rules).
  static func workers(for ruleCount: Int, forLength length: Int, cores: Int) -> Int {
    let count = min(max(cores, 1), ruleCount)
    return length >= parallelLength && count > 1 ? count : 1
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

/// The indices of a document's rules, handed out in order, each once, to the workers linting it.
private final class RuleQueue: @unchecked Sendable {
  private let lock = NSLock()
  private var taken = 0
  private let count: Int

  init(count: Int) { self.count = count }

  /// The next rule's index, or nil once every rule is taken.
  func next() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard taken < count else { return nil }
    taken += 1
    return taken - 1
  }
}
