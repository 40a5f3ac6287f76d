import ArgumentParser
import ClaimLintCore

extension ClaimLint {
  /// `claimlint test-rules [PATH…]`: run every rule's examples and their variants.
  struct TestRules: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "test-rules",
      abstract: "Check rules against their own examples (the built-in rules, or the rule files given).",
      discussion: """
        Each 'flag' example must be flagged exactly at its ⟦…⟧ spans and each 'pass' example not at all; \
        both also after multibyte text, and no example may flag inside a Markdown code fence. A Markdown \
        'flag' example must not flag after a '<!-- claimlint-disable-next-line ID -->' line (or, when it \
        flags below its first line, inside a claimlint-disable/claimlint-enable block). Failures print as \
        diagnostics at the example in the rule file; the exit status is 1 when any fail.
        """)

    @Argument(help: ArgumentHelp("Rule files or folders to test instead of the built-in rules.", valueName: "path"))
    var paths: [String] = []

    func run() throws {
      let gathered = RuleFiles().gather(defaultRules: paths.isEmpty, paths: paths)
      let (ruleSet, loadErrors) = RuleSet.load(gathered.sources, preparing: true)
      let errors = gathered.errors + loadErrors
      Console.standardError(errors.map(\.description))
      let failures = RuleTester(ruleSet: ruleSet).run()
      Console.standardOutput(failures.map(Self.describe).joined(separator: "\n"))
      Console.standardError([Self.summary(ruleSet: ruleSet, failures: failures, loadErrors: errors.count)])
      if !errors.isEmpty { throw ExitCode(2) }
      if !failures.isEmpty { throw ExitCode(1) }
    }

    /// The last line: how the examples fared, after saying so first when rule files failed to load.
    static func summary(ruleSet: RuleSet, failures: [RuleTester.Failure], loadErrors: Int) -> String {
      let rules = ruleSet.rules.count
      let examples = ruleSet.rules.reduce(0) { $0 + $1.metadata.examples.count }
      let tested =
        failures.isEmpty
        ? "all \(Lint.count(examples, "example")) of \(Lint.count(rules, "rule")) passed"
        : "\(Lint.count(failures.count, "failure")) in \(Set(failures.map(\.ruleID)).count) of \(Lint.count(rules, "rule"))"
      guard loadErrors > 0 else { return tested }
      let failed = "the rules failed to load (\(Lint.count(loadErrors, "error")) above)"
      return rules == 0 ? failed + "; no examples were tested" : failed + "; of the rules that loaded, " + tested
    }

    static func describe(_ failure: RuleTester.Failure) -> String {
      let location = "\(failure.file):\(failure.example.line):\(failure.example.column)"
      return "\(location): error: \(failure.message) (\(failure.variant)) [\(failure.ruleID)]"
    }
  }
}
