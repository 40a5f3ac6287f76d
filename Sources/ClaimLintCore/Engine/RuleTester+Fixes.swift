extension RuleTester {
  /// Why a flag example's fix-its misbehave, if they do: applied as `--fix` applies them, they must give
  /// the example's `fixed:` text when it states one, and leave text the rule no longer flags.
  func fixProblem(_ example: RuleExample, text: String, linter: Linter) -> String? {
    guard example.expectsFinding, let document = try? DocumentParser.parse(path: "example", text: text, format: example.format)
    else { return nil }
    let findings = linter.lint(document).findings
    let plan = FixPlan(bytes: Array(text.utf8), diagnostics: findings.map { Diagnostic($0, severity: .warning) })
    let fixed = String(decoding: plan.fixed, as: UTF8.self)
    if let expected = example.fixed, fixed != expected {
      return plan.applied.isEmpty
        ? "expected the fixed text '\(expected)', but the findings carry no fix-it"
        : "fix-its give '\(fixed)', expected '\(expected)'"
    }
    guard plan.changes, let again = try? DocumentParser.parse(path: "example", text: fixed, format: example.format)
    else { return nil }
    let left = linter.lint(again).findings.map(\.range)
    guard !left.isEmpty else { return nil }
    let spans = left.map { "'\(String(decoding: plan.fixed[$0], as: UTF8.self))'" }.joined(separator: ", ")
    return "the rule still flags the fixed text '\(fixed)' at \(spans)"
  }
}
