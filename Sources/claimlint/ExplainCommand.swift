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
      let ids = RuleMetadataSet.load(rules.sources().sources).rules.rules.map(\.id)
      let close = ids.filter { $0.contains(ruleID) || ruleID.contains($0) }
      var message = "unknown rule '\(ruleID)'"
      if let first = close.first { message += "; did you mean '\(first)'?" }
      throw ValidationError(message + " Run 'claimlint rules --all' to list them.")
    }

    func run() throws {
      let (rule, errors) = lookUp()
      Console.standardError(errors.map(\.description))
      if let rule { Console.standardOutput(RuleExplanation.text(rule)) }
      if !errors.isEmpty { throw ExitCode(2) }
    }

    /// The rule's metadata (claimlint's own rules included) and any errors loading the rule files.
    private func lookUp() -> (rule: RuleMetadata?, errors: [ToolError]) {
      if let meta = MetaRules.rule(ruleID) { return (meta, []) }
      let (sources, readErrors) = rules.sources()
      let (metadata, errors) = RuleMetadataSet.load(sources)
      return (metadata.rule(ruleID), readErrors + errors)
    }
  }
}
