/// Turns one document's findings into diagnostics: suppression comments are applied, each rule gets the
/// severity its configuration gives it (rules set to `off` are dropped), and sentence texts are recorded
/// for the baseline.
public struct FileGate: Sendable {
  public var settings: FileSettings
  /// Every loaded rule, whatever its profile (for validating comments).
  public var knownRuleIDs: Set<String>
  /// Default severities of the rules that ran on the file.
  private var defaults: [String: Severity]

  /// - Parameters:
  ///   - rules: the rules that ran on the file.
  ///   - knownRuleIDs: every loaded rule id.
  public init(settings: FileSettings, rules: [RuleMetadata], knownRuleIDs: Set<String>) {
    self.settings = settings
    self.knownRuleIDs = knownRuleIDs
    var defaults: [String: Severity] = [:]
    for rule in rules + MetaRules.metadata where defaults[rule.id] == nil { defaults[rule.id] = rule.defaultSeverity }
    self.defaults = defaults
  }

  /// The gated file for `findings` (from ``Linter``) of `document`; `key` is the file's project path.
  public func apply(_ findings: [Finding], in document: Document, key: String) -> GatedFile {
    let severities = findings.map { severity(of: $0.ruleID) }
    let live = zip(findings, severities).filter { $0.1 != nil }.map(\.0)
    let active = Set(defaults.keys.filter { severity(of: $0) != nil }).subtracting(MetaRules.ids)
    let outcome = Suppressor(knownRuleIDs: knownRuleIDs, activeRuleIDs: active).apply(live, in: document)
    var diagnostics: [Diagnostic] = []
    for finding in outcome.kept + outcome.meta {
      guard let severity = severity(of: finding.ruleID) else { continue }
      diagnostics.append(Diagnostic(finding, severity: severity))
    }
    diagnostics.sort { Linter.order($0.finding, $1.finding) }
    let report = FileReport(
      path: document.path, source: document.source, format: document.format, diagnostics: diagnostics)
    return GatedFile(
      report: report, key: key, sentenceTexts: diagnostics.map { SentenceText.of($0.finding, in: document) },
      failOn: settings.failOn, suppressed: outcome.suppressed)
  }

  /// The configured severity of a rule on this file, or `nil` when it is off.
  private func severity(of id: String) -> Severity? {
    settings.severity(for: id, defaultSeverity: defaults[id] ?? .warning)
  }
}
