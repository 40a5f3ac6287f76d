@testable import ClaimLintCore

/// Lints Markdown (or another format) with the rules of one YAML text and returns what was found.
struct EngineHarness {
  let ruleSet: RuleSet

  init(_ yaml: String, defaults: Bool = false) {
    let sources = (defaults ? RuleSource.defaults(includingRules: false) : []) + [RuleSource(name: "test.yml", text: yaml)]
    let (ruleSet, errors) = RuleSet.load(sources)
    precondition(errors.isEmpty, "rule errors: \(errors)")
    self.ruleSet = ruleSet
  }

  func lint(_ text: String, format: DocumentFormat = .markdown) throws -> Linter.Result {
    let document = try DocumentParser.parse(path: "doc", text: text, format: format)
    return Linter(ruleSet: ruleSet).lint(document)
  }

  /// The text of each finding's span, in order.
  func spans(_ text: String, format: DocumentFormat = .markdown) throws -> [String] {
    let bytes = Array(text.utf8)
    return try lint(text, format: format).findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  func messages(_ text: String) throws -> [String] {
    try lint(text).findings.map(\.message)
  }
}
