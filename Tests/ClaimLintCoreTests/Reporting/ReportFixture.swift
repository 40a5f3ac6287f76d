@testable import ClaimLintCore

/// A report that exercises every reporter: multibyte text and an emoji before a span, tabs, a span
/// over two lines, notes with and without ranges, fix-its, CRLF line ends, a file without findings,
/// a path with `&`, `:`, `,` and spaces, a rule missing from `rules`, and tool errors.
enum ReportFixture {
  static let tonicText = """
    # Café Vitality Tonic 🌿
    Naïve readers love it: 🙂 our tonic cures fatigue.
    \tTip:\tour blend is guaranteed to
    lower blood pressure in days.
    Pair it with St John’s wort every morning.
    \t\tIt is 100% natural, so it is safe.

    """

  static let draftText = "First draft\r\nDetox tea flushes toxins overnight.\r\n"

  static let draftPath = "notes/Q&A: week 1, draft.txt"

  /// The UTF-8 byte range of the `occurrence`-th `needle` in `text`.
  static func range(of needle: String, in text: String, occurrence: Int = 1) -> Range<Int> {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    var found = 0
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern
    {
      found += 1
      if found == occurrence { return start..<(start + pattern.count) }
    }
    preconditionFailure("\(needle) not found in fixture")
  }

  static var tonic: FileReport {
    let text = tonicText
    let cure = Finding(
      ruleID: "efficacy/cure", message: "\"cures\" promises more than a tonic can deliver",
      range: range(of: "cures", in: text),
      notes: [Note("Cure claims are reserved for approved medicines.")],
      fixIts: [
        FixIt("Soften the claim", edits: [TextEdit(range: range(of: "cures", in: text), replacement: "may ease")])
      ])
    let guarantee = Finding(
      ruleID: "certainty/guarantee", message: "a guarantee about blood pressure overstates any evidence",
      range: range(of: "guaranteed to\nlower blood pressure", in: text),
      notes: [
        Note(
          "St John’s wort interacts with blood-pressure medicines; expected an interaction caution in the document",
          range: range(of: "St John’s wort", in: text)),
        Note("a caution such as “ask your pharmacist first” would satisfy this rule"),
      ],
      fixIts: [
        FixIt(
          "Hedge the claim", edits: [TextEdit(range: range(of: "is guaranteed to", in: text), replacement: "may help")])
      ])
    let safeEnd = range(of: "safe.", in: text).upperBound
    let natural = Finding(
      ruleID: "hype/natural", message: "\"100% natural\" says nothing about safety: foxglove, for one, is natural",
      range: range(of: "100% natural", in: text),
      notes: [Note("safety does not follow from being natural", range: range(of: "so it is safe", in: text))],
      fixIts: [
        FixIt("Drop the purity claim", edits: [TextEdit(range: range(of: "100% ", in: text), replacement: "")]),
        FixIt("Add a caution", edits: [TextEdit(range: safeEnd..<safeEnd, replacement: " Ask your pharmacist first.")]),
      ])
    return FileReport(
      path: "docs/tonic.md", source: SourceText(text),
      diagnostics: [
        Diagnostic(cure, severity: .error), Diagnostic(guarantee, severity: .warning),
        Diagnostic(natural, severity: .info),
      ])
  }

  static var water: FileReport {
    FileReport(path: "docs/water.txt", source: SourceText("Drink water when you are thirsty.\n"), diagnostics: [])
  }

  static var draft: FileReport {
    let flush = Finding(
      ruleID: "detox/flush", message: "\"flushes toxins\" names no toxin & no measured effect",
      range: range(of: "flushes toxins", in: draftText))
    return FileReport(
      path: draftPath, source: SourceText(draftText), diagnostics: [Diagnostic(flush, severity: .warning)])
  }

  static var rules: [RuleMetadata] {
    [
      RuleMetadata(
        id: "certainty/guarantee", defaultSeverity: .warning, kind: "match",
        summary: "Guarantees about health outcomes",
        explanation: "No study can guarantee an outcome for every reader.\n\nSay what the evidence showed instead.",
        references: ["https://example.org/style/guarantees"]),
      RuleMetadata(
        id: "efficacy/cure", defaultSeverity: .error, kind: "match", summary: "Claims that a product cures a condition",
        explanation:
          "\nOnly approved medicines may claim to cure.\nDescribe what a product *may help with*.\n\nCite the study.\n",
        references: ["House style guide, section 4", "https://example.org/style/cure"]),
      RuleMetadata(id: "hype/miracle", defaultSeverity: .warning, kind: "match", summary: "Miracle language"),
      RuleMetadata(
        id: "hype/natural", defaultSeverity: .info, kind: "match", summary: "\"Natural\" used as a safety claim",
        explanation: "Natural is not the same as safe."),
    ]
  }

  static var errors: [ToolError] {
    [
      ToolError(
        path: "rules/custom.yml", line: 7, column: 12,
        message: "pattern gave up (match limit exceeded); rule custom/slow skipped"),
      ToolError(path: nil, message: "unknown configuration key 'colour', did you mean 'color'?", severity: .warning),
    ]
  }

  /// The whole fixture report.
  static var report: LintReport {
    LintReport(files: [tonic, water, draft], errors: errors, rules: rules)
  }
}
