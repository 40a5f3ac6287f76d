import ClaimLintCore
import MCP

extension ClaimLintTools {
  /// `explain_rule`: the rule's explanation as text, and its listing with the explanation as JSON.
  func explain(_ arguments: ToolArguments) throws(ToolFailure) -> CallTool.Result {
    let id = try arguments.string("rule") ?? ""
    let rule: RuleMetadata
    do throws(ToolError) {
      rule = try linter.rule(id)
    } catch {
      throw ToolFailure(error.message + ". Call list_rules to see every rule.")
    }
    let explanation = RuleExplanation.text(rule)
    var entry = Self.value(RuleListing.Entry(rule)).objectValue ?? [:]
    entry["explanation"] = .string(explanation)
    return Self.structured(.object(entry), text: explanation)
  }

  /// `list_rules`: every rule, or those that run with the profiles given.
  func list(_ arguments: ToolArguments) throws(ToolFailure) -> CallTool.Result {
    var rules = linter.rules
    if let profiles = try arguments.strings("profiles") {
      do throws(ToolError) {
        try linter.checkProfiles(profiles)
      } catch {
        throw ToolFailure(error.message + ".")
      }
      rules = rules.filter { $0.profile.map(profiles.contains) ?? true }
    }
    return Self.structured(["rules": Self.value(rules.map(RuleListing.Entry.init))])
  }
}
