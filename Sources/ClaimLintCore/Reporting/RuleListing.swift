/// Renders rule metadata as a table or JSON, for `claimlint rules` and the MCP server's rule list.
public enum RuleListing {
  /// One rule as listed in JSON.
  public struct Entry: Codable, Sendable, Hashable {
    public var id: String
    public var severity: Severity
    public var kind: String
    public var summary: String
    public var profile: String?
    public var file: String
    public var line: Int

    public init(_ rule: RuleMetadata) {
      (id, severity, kind, summary) = (rule.id, rule.defaultSeverity, rule.kind, rule.summary)
      (profile, file, line) = (rule.profile, rule.file, rule.line)
    }
  }

  /// `{"rules": [...]}`, one entry per rule in the order given.
  public static func json(_ rules: [RuleMetadata]) -> String {
    JSONOutput.encode(["rules": rules.map(Entry.init)])
  }

  /// An aligned table: id, severity, kind, summary (and the profile that turns a rule on).
  public static func table(_ rules: [RuleMetadata]) -> String {
    let idWidth = rules.map(\.id.count).max() ?? 2
    let kindWidth = max(4, rules.map(\.kind.count).max() ?? 4)
    func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    var lines = [pad("ID", idWidth) + "  " + pad("SEVERITY", 8) + "  " + pad("KIND", kindWidth) + "  SUMMARY"]
    for rule in rules {
      let profile = rule.profile.map { " (profile: \($0))" } ?? ""
      lines.append(
        pad(rule.id, idWidth) + "  " + pad(rule.defaultSeverity.rawValue, 8) + "  " + pad(rule.kind, kindWidth) + "  "
          + rule.summary + profile)
    }
    return lines.joined(separator: "\n")
  }
}
