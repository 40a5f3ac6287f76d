/// A rule explained for people: `claimlint explain` prints it, and the language server shows it on hover.
public enum RuleExplanation {
  /// Id, severity and kind; summary; profile; explanation; references; examples; where it is defined.
  public static func text(_ rule: RuleMetadata) -> String {
    var lines = ["\(rule.id) (\(rule.defaultSeverity.rawValue), \(rule.kind))", "", rule.summary]
    if let profile = rule.profile { lines += ["", "Profile: \(profile) (turn on with --profile \(profile))"] }
    if !rule.explanation.isEmpty { lines += ["", rule.explanation.trimmedWhitespace] }
    if !rule.references.isEmpty { lines += ["", "References:"] + rule.references.map { "  - \($0)" } }
    let flag = rule.examples.filter(\.expectsFinding)
    let pass = rule.examples.filter { !$0.expectsFinding }
    if !flag.isEmpty {
      lines += ["", "Flags (⟦…⟧ marks the span):"]
      for example in flag {
        lines.append("  ✗ " + indent(example.text))
        if let fixed = example.fixed { lines.append("    → " + indent(fixed)) }
      }
    }
    if !pass.isEmpty { lines += ["", "Passes:"] + pass.map { "  ✓ " + indent($0.text) } }
    lines += ["", rule.file.isEmpty ? "Built into claimlint" : "Defined in \(rule.file):\(rule.line)"]
    return lines.joined(separator: "\n")
  }

  private static func indent(_ text: String) -> String {
    text.trimmedWhitespace.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
  }
}
