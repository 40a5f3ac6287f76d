import MCP

/// The tools the server offers, described for the model that calls them.
struct ToolCatalog: Sendable {
  static let lintText = "lint_text"
  static let explainRule = "explain_rule"
  static let listRules = "list_rules"
  static let judgeSentence = "judge_sentence"

  let tools: [Tool]

  /// The tools, with `profiles` as the profiles a lint may turn on.
  init(profiles: [String]) {
    tools = [Self.lint(profiles: profiles), Self.explain, Self.list(profiles: profiles), Self.judge]
  }

  /// The tool called `name`, or a failure that lists the tools.
  func tool(_ name: String) throws(ToolFailure) -> Tool {
    if let tool = tools.first(where: { $0.name == name }) { return tool }
    throw ToolFailure("no tool '\(name)'; the tools are \(tools.map(\.name).joined(separator: ", ")).")
  }

  private static let readOnly = Tool.Annotations(readOnlyHint: true, idempotentHint: true, openWorldHint: false)

  private static func lint(profiles: [String]) -> Tool {
    Tool(
      name: lintText, title: "Lint health copy",
      description: """
        Check health copy (a draft you wrote, or text you were given) for claims that outrun their evidence: \
        causal wording for observational or animal findings, cure and disease claims, hype, absolute safety \
        promises, missing caveats (drug interactions, pregnancy, dose limits). Returns JSON: 'diagnostics', \
        each with 'rule' (an id for explain_rule), 'severity' (error, warning, info), 'message', 'text' (the \
        flagged words), 'line'/'column' to 'endLine'/'endColumn' (1-based, columns in Unicode characters, end \
        exclusive), 'offset'/'length' (UTF-8 bytes), 'notes' (why, sometimes with a position) and 'fixes' \
        (replacement edits); 'fixedText' (the whole text with every fix that fits applied; present when a fix \
        applies); 'fails' (true when a diagnostic is at or above the configuration's fail-on, by default \
        error); 'errors' (configuration warnings); 'summary' (counts). To fix your own draft: rewrite each \
        flagged passage so it says what was found, in whom, and how certain it is, add the caveat a note asks \
        for, then lint again until 'fails' is false. Fixes only soften wording; they never add a missing \
        caveat. Text that cannot be linted (too large, not UTF-8, a bad configuration, an unknown profile) \
        gives a tool error saying why and where. Nothing is stored or read from disk.
        """,
      inputSchema: ToolSchema.object([
        "text": ToolSchema.string("The text to check, at most \(InputLimits.describe(InputLimits.textBytes)) of UTF-8."),
        "text_base64": ToolSchema.string(
          "Instead of 'text': the text's bytes in base64, for text that may not be valid UTF-8 (invalid bytes "
            + "are reported with their line and column)."),
        "filename": ToolSchema.string(
          "A file name such as 'page.html' or 'docs/vitamin-d.md': its extension picks the format and its path "
            + "the configuration's overrides. Never read. Default: draft.md."),
        "format": ToolSchema.string(
          "The format, when the file name does not say it (default markdown).", choices: ["markdown", "html", "text"]),
        "profiles": ToolSchema.strings(
          "Opt-in rule profiles to turn on (replacing the configuration's), e.g. eu for EU health-claim wording.",
          choices: profiles),
        "configuration": ToolSchema.string(
          "The text of a .claimlint.yml (YAML, at most \(InputLimits.describe(InputLimits.configurationBytes))), e.g. "
            + "\"rules:\\n  hype/*: off\\nfail-on: warning\". Its rule-paths cannot be used: no file is read."),
      ]),
      annotations: readOnly)
  }

  private static let explain = Tool(
    name: explainRule, title: "Explain a claimlint rule",
    description: """
      Explain one rule by id (as in a diagnostic's 'rule', e.g. causal/observational-causal): why it exists, \
      the sources it rests on, and examples it flags (with their fixed wording) and passes. Use it to learn \
      how to reword a flagged passage. Returns the explanation as Markdown text, and JSON with 'id', \
      'severity', 'kind', 'summary', 'profile' and 'explanation'. An unknown id gives a tool error naming the \
      closest id.
      """,
    inputSchema: ToolSchema.object(["rule": ToolSchema.string("The rule id, family/name.")], required: ["rule"]),
    annotations: readOnly)

  private static func list(profiles: [String]) -> Tool {
    Tool(
      name: listRules, title: "List claimlint rules",
      description: """
        List the rules: JSON 'rules', each with 'id', 'severity' (its default), 'kind', 'summary', and \
        'profile' for a rule that runs only when that profile is on. By default every rule is listed; give \
        'profiles' to list only the rules that run with those profiles on.
        """,
      inputSchema: ToolSchema.object([
        "profiles": ToolSchema.strings(
          "List only rules without a profile and rules of these profiles ([] for the default rules).", choices: profiles)
      ]),
      annotations: readOnly)
  }

  private static let judge = Tool(
    name: judgeSentence, title: "Judge a sentence's claim strength",
    description: """
      Judge how strongly one sentence claims that an exposure affects an outcome. Returns JSON: 'strength' \
      (none, correlational: "is linked to"; conditional: "may reduce"; causal: "reduces"), 'statedStrength' \
      (the wording's strength even when the sentence denies the relation, as "did not reduce"), 'isNegated', \
      'isClaim', 'isAdvice' (it tells readers what to do), 'cues' (each with 'kind' such as causal, hedge, \
      exposure, outcome, evidence, and 'text' and 'range', UTF-8 byte offsets [start, end) in the sentence) \
      and 'evidence' (the kinds of study the sentence names: observational, randomized, meta-analysis, \
      animal, in-vitro, mechanistic). Use it to check that a rewording says no more than the evidence: \
      observational, animal or in-vitro evidence supports correlational or conditional wording, not causal.
      """,
    inputSchema: ToolSchema.object(
      ["sentence": ToolSchema.string("One sentence, at most \(InputLimits.describe(InputLimits.sentenceBytes)).")],
      required: ["sentence"]),
    annotations: readOnly)
}
