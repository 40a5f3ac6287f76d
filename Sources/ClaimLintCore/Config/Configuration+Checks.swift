extension Configuration {
  /// Warnings, at the key in the file, for rule ids and families that name no known rule and for profiles
  /// no rule belongs to. `ruleIDs` should hold every loaded rule, whatever its profile, and the meta rules.
  public func unknownNameWarnings(ruleIDs: [String], profiles knownProfiles: [String]) -> [ToolError] {
    var warnings: [ToolError] = []
    let path = self.path ?? ".claimlint.yml"
    func checkRules(_ levels: RuleLevels) {
      for entry in levels.entries where !entry.selector.matchesAny(of: ruleIDs) {
        let kind = if case .family = entry.selector { "rule family" } else { "rule id" }
        var message = "unknown \(kind) '\(entry.selector)'"
        if let suggestion = entry.selector.suggestion(among: ruleIDs) { message += "; did you mean '\(suggestion)'?" }
        message += " Run 'claimlint rules --all' to list the rules."
        warnings.append(ToolError(path: path, line: entry.line, column: entry.column, message: message, severity: .warning))
      }
    }
    func checkProfiles(_ names: [Named]) {
      for named in names {
        guard let message = RuleSet.unknownProfile(named.name, among: knownProfiles) else { continue }
        warnings.append(ToolError(path: path, line: named.line, column: named.column, message: message, severity: .warning))
      }
    }
    checkRules(rules)
    checkProfiles(profiles ?? [])
    for override in overrides {
      checkRules(override.rules)
      checkProfiles(override.profiles)
    }
    return warnings
  }
}
