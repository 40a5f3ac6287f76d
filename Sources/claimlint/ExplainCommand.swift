import ArgumentParser
import ClaimLintCore

extension ClaimLint {
  /// `claimlint explain ID`: a rule's explanation, references and examples.
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule: why it exists, its sources, its examples.")

    @Argument(help: "A rule id, e.g. causal/observational-causal.")
    var ruleID: String

    @OptionGroup var rules: RuleOptions

    func validate() throws {
      guard lookUp().rule == nil else { return }
      let ids = RuleSet.load(rules.sources().sources).ruleSet.rules.map(\.id)
      let close = ids.filter { $0.contains(ruleID) || ruleID.contains($0) }
      var message = "unknown rule '\(ruleID)'"
      if let first = close.first { message += "; did you mean '\(first)'?" }
      throw ValidationError(message + " Run 'claimlint rules --all' to list them.")
    }

    func run() throws {
      let (rule, errors) = lookUp()
      Console.standardError(errors.map(\.description))
      if let rule { Console.standardOutput(Self.render(rule)) }
      if !errors.isEmpty { throw ExitCode(2) }
    }

    /// The rule's metadata (claimlint's own rules included) and any errors loading the rule files.
    private func lookUp() -> (rule: RuleMetadata?, errors: [ToolError]) {
      if let meta = MetaRules.rule(ruleID) { return (meta, []) }
      let (sources, readErrors) = rules.sources()
      let (ruleSet, errors) = RuleSet.load(sources)
      return (ruleSet.rule(ruleID)?.metadata, readErrors + errors)
    }

    static func render(_ rule: RuleMetadata) -> String {
      var lines = ["\(rule.id) (\(rule.defaultSeverity.rawValue), \(rule.kind))", "", rule.summary]
      if let profile = rule.profile { lines += ["", "Profile: \(profile) (turn on with --profile \(profile))"] }
      if !rule.explanation.isEmpty { lines += ["", rule.explanation.trimmedWhitespace] }
      if !rule.references.isEmpty { lines += ["", "References:"] + rule.references.map { "  - \($0)" } }
      let flag = rule.examples.filter(\.expectsFinding)
      let pass = rule.examples.filter { !$0.expectsFinding }
      if !flag.isEmpty { lines += ["", "Flags (⟦…⟧ marks the span):"] + flag.map { "  ✗ " + indent($0.text) } }
      if !pass.isEmpty { lines += ["", "Passes:"] + pass.map { "  ✓ " + indent($0.text) } }
      lines += ["", rule.file.isEmpty ? "Built into claimlint" : "Defined in \(rule.file):\(rule.line)"]
      return lines.joined(separator: "\n")
    }

    private static func indent(_ text: String) -> String {
      text.trimmedWhitespace.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
    }
  }
}
