/// Checks rules against their own examples, plus variants derived from each example.
///
/// - A `flag` example must produce findings exactly at its `⟦…⟧` spans (or at least one finding when it
///   marks none); a `pass` example must produce none.
/// - The same must hold with a heading of emoji and accented text put before the example: spans move by
///   exactly its byte length (catches byte/scalar offset bugs).
/// - A Markdown example inside a code fence must produce no finding.
/// - A `flag` example's fix-its, applied as `--fix` applies them, must give its `fixed:` text (when it
///   states one) and text the rule no longer flags.
/// - A Markdown `flag` example must produce no finding after a
///   `<!-- claimlint-disable-next-line ID -->` line (or, when it flags below its first line, between
///   `claimlint-disable ID` and `claimlint-enable ID` comments).
public struct RuleTester: Sendable {
  public let ruleSet: RuleSet
  public let analyzer: ClaimAnalyzer

  /// A tester for `ruleSet`; the analyzer defaults to one with the rule set's knowledge.
  public init(ruleSet: RuleSet, analyzer: ClaimAnalyzer? = nil) {
    self.ruleSet = ruleSet
    self.analyzer = analyzer ?? ClaimAnalyzer(knowledge: ruleSet.knowledge)
  }

  /// One example that did not behave.
  public struct Failure: Sendable, Hashable {
    public var ruleID: String
    public var example: RuleExample
    /// `as written`, `after multibyte text`, `after its fix-its`, `in a code fence`, `after a
    /// disable-next-line comment`, `inside a disable block`.
    public var variant: String
    public var message: String
    /// The rule file, for `file:line:col` output.
    public var file: String
  }

  /// Failures of every rule's examples; a rule with no examples fails too.
  public func run() -> [Failure] {
    ruleSet.rules.flatMap(test)
  }

  /// Failures of one rule's examples.
  public func test(_ rule: CompiledRule) -> [Failure] {
    let linter = Linter(ruleSet: ruleSet.only(rule.id), analyzer: analyzer)
    let metadata = rule.metadata
    var failures: [Failure] = []
    func fail(_ example: RuleExample, _ variant: String, _ message: String) {
      failures.append(Failure(ruleID: rule.id, example: example, variant: variant, message: message, file: metadata.file))
    }
    if !metadata.examples.contains(where: \.expectsFinding) || !metadata.examples.contains(where: { !$0.expectsFinding }) {
      let anchor = RuleExample(text: "", expectsFinding: true, line: metadata.line, column: 1)
      fail(anchor, "as written", "rule '\(rule.id)' needs at least one 'flag' and one 'pass' example")
    }
    for example in metadata.examples {
      let markup = ExampleMarkup(example.text)
      let expected = markup.spans
      let prefix = Self.prefix(for: example.format)
      let shift = prefix.utf8.count
      let variants: [(String, String, [Range<Int>]?)] = [
        ("as written", markup.text, expected),
        ("after multibyte text", prefix + markup.text, expected.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }),
      ]
      for (variant, text, spans) in variants {
        switch lint(text, format: example.format, with: linter) {
        case .failure(let error):
          fail(example, variant, "example could not be read: \(error.message)")
        case .success(let found):
          if let problem = Self.compare(
            found, expected: example.expectsFinding ? spans : nil, flags: example.expectsFinding, text: Array(text.utf8))
          {
            fail(example, variant, problem)
          }
        }
      }
      if let problem = fixProblem(example, text: markup.text, linter: linter) {
        fail(example, "after its fix-its", problem)
      }
      if example.format == .markdown, case .success(let found) = lint(
        "```\n" + markup.text + "\n```\n", format: .markdown, with: linter), !found.isEmpty
      {
        let fenced = Array(("```\n" + markup.text + "\n```\n").utf8)
        fail(example, "in a code fence", "flagged text inside a code fence: \(found.map { Self.describe($0, in: fenced) }.joined(separator: ", "))")
      }
      if example.format == .markdown && example.expectsFinding,
        case .success(let found) = lint(markup.text, format: .markdown, with: linter), !found.isEmpty
      {
        let (variant, text) = Self.suppressed(markup.text, ruleID: rule.id, found: found)
        if case .success(let left) = lintSuppressed(text, ruleID: rule.id, with: linter), !left.isEmpty {
          let flagged = left.map { Self.describe($0, in: Array(text.utf8)) }.joined(separator: ", ")
          fail(example, variant, "flagged despite the suppression comment: \(flagged)")
        }
      }
    }
    return failures
  }

  /// The example with a suppression comment for `ruleID`: a `disable-next-line` line before it when every
  /// finding starts on its first non-blank line, else a `disable`/`enable` pair around it.
  static func suppressed(_ text: String, ruleID: String, found: [Range<Int>]) -> (variant: String, text: String) {
    let source = SourceText(text)
    let first = (1...source.lineStarts.count).first { !source.lineText($0).allSatisfy(\.isWhitespace) } ?? 1
    if found.allSatisfy({ source.line(containing: $0.lowerBound) == first }) {
      return ("after a disable-next-line comment", "<!-- claimlint-disable-next-line \(ruleID) -->\n" + text)
    }
    return (
      "inside a disable block",
      "<!-- claimlint-disable \(ruleID) -->\n\n" + text + "\n\n<!-- claimlint-enable \(ruleID) -->\n"
    )
  }

  /// Rule findings left after the document's suppression comments are applied.
  private func lintSuppressed(_ text: String, ruleID: String, with linter: Linter) -> Swift.Result<[Range<Int>], ToolError> {
    do {
      let document = try DocumentParser.parse(path: "example", bytes: Array(text.utf8), format: .markdown)
      let result = linter.lint(document)
      if let error = result.errors.first { return .failure(error) }
      let outcome = Suppressor(knownRuleIDs: [ruleID], activeRuleIDs: [ruleID]).apply(result.findings, in: document)
      return .success(outcome.kept.filter { $0.ruleID == ruleID }.map(\.range))
    } catch {
      return .failure(error)
    }
  }

  private func lint(_ text: String, format: DocumentFormat, with linter: Linter) -> Swift.Result<[Range<Int>], ToolError> {
    do {
      let document = try DocumentParser.parse(path: "example", bytes: Array(text.utf8), format: format)
      let result = linter.lint(document)
      if let error = result.errors.first { return .failure(error) }
      return .success(result.findings.map(\.range))
    } catch {
      return .failure(error)
    }
  }

  /// Text put before an example to move it by multibyte prose that must not disturb it.
  static func prefix(for format: DocumentFormat) -> String {
    switch format {
    case .markdown: "# Café 😀 naïve résumé\n\n"
    case .html: "<h1>Café 😀 naïve résumé</h1>\n"
    case .text: "Café 😀 naïve résumé\n\n"
    }
  }

  /// Why found spans don't meet the expectation, or `nil` when they do.
  static func compare(_ found: [Range<Int>], expected: [Range<Int>]?, flags: Bool, text: [UInt8]) -> String? {
    let list = { (ranges: [Range<Int>]) in ranges.map { describe($0, in: text) }.joined(separator: ", ") }
    guard flags else {
      return found.isEmpty ? nil : "pass example was flagged at \(list(found))"
    }
    guard let expected, !expected.isEmpty else {
      return found.isEmpty ? "flag example was not flagged" : nil
    }
    if found.isEmpty { return "flag example was not flagged; expected \(list(expected))" }
    return found == expected ? nil : "flagged \(list(found)), expected \(list(expected))"
  }

  /// `'text' (bytes 3..<8)`.
  private static func describe(_ range: Range<Int>, in text: [UInt8]) -> String {
    let clamped = max(0, min(range.lowerBound, text.count))..<max(0, min(range.upperBound, text.count))
    return "'\(String(decoding: text[clamped], as: UTF8.self))' (bytes \(range.lowerBound)..<\(range.upperBound))"
  }
}

extension RuleSet {
  /// The set with only the rule `id` (context patterns kept).
  func only(_ id: String) -> RuleSet {
    with(rules: rules.filter { $0.id == id })
  }
}
