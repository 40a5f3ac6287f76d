import ClaimLintCore
import MCP

/// The rule reference as MCP resources: every rule at `claimlint://rules`, one at `claimlint://rules/{id}`.
struct RuleReference: Sendable {
  static let uri = "claimlint://rules"
  let rules: [RuleMetadata]

  let resources = [
    Resource(
      name: "claimlint rule reference", uri: uri, title: "claimlint rules",
      description: "Every rule: what it flags, why, its sources, and examples that flag and pass.",
      mimeType: "text/markdown")
  ]

  let templates = [
    Resource.Template(
      uriTemplate: uri + "/{rule}", name: "claimlint rule", title: "One claimlint rule",
      description: "One rule's explanation, e.g. claimlint://rules/causal/observational-causal.",
      mimeType: "text/markdown")
  ]

  /// The contents at `uri`; an unknown rule or address is an invalid-params error naming what exists.
  func read(_ uri: String) throws -> [Resource.Content] {
    if uri == Self.uri { return [.text(all, uri: uri, mimeType: "text/markdown")] }
    let prefix = Self.uri + "/"
    guard uri.hasPrefix(prefix) else {
      throw MCPError.invalidParams("no resource '\(uri)'; the rule reference is \(Self.uri)")
    }
    do throws(ToolError) {
      let rule = try TextLinter.rule(String(uri.dropFirst(prefix.count)), in: rules)
      return [.text(section(rule), uri: uri, mimeType: "text/markdown")]
    } catch {
      throw MCPError.invalidParams(error.message)
    }
  }

  /// Every rule's section, by id.
  var all: String {
    "# claimlint rules\n\n" + rules.map(section).joined(separator: "\n\n") + "\n"
  }

  private func section(_ rule: RuleMetadata) -> String {
    "## \(rule.id)\n\n" + RuleExplanation.text(rule)
  }
}
