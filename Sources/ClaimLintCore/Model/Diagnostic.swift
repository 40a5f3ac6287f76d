/// A finding with its effective severity, ready for a reporter.
public struct Diagnostic: Sendable, Hashable {
  public var finding: Finding
  public var severity: Severity

  public init(_ finding: Finding, severity: Severity) {
    self.finding = finding
    self.severity = severity
  }

  public var ruleID: String { finding.ruleID }
  public var message: String { finding.message }
  public var range: Range<Int> { finding.range }
}
