/// The `html` format: one self-contained page for the people who fix the copy (editors, reviewers, writers).
///
/// - At the top: the totals, filters by severity and family (shown by the page's script; without
///   JavaScript everything is visible and the filters stay hidden), tool errors, and for more than one
///   file an index of files, worst first.
/// - Per file with findings: its missing caveats as a notice, its findings by family with a link to each,
///   then its prose (Markdown and HTML rendered, not shown as markup) with every finding highlighted at
///   its span and numbered, beside cards that give the message, notes, suggested wording and, on click,
///   the rule's explanation and sources. See ``HTMLDocumentSection``.
/// - The style sheet and script are inline; a Content-Security-Policy forbids every network load and
///   every script but the page's own. All text from documents, rules and paths is escaped.
public struct HTMLReporter: Reporter {
  public static let identifier = "html"

  /// The claimlint version named in the footer.
  public var toolVersion: String?

  public init(toolVersion: String? = nil) {
    self.toolVersion = toolVersion
  }

  public func render(_ report: LintReport) -> String {
    var writer = HTMLWriter()
    writeHead(into: &writer)
    writeHeader(report, into: &writer)
    writer.open("main", [("id", "main")])
    writer.newline()
    writeProblems(report.errors, into: &writer)
    let documents = report.files.filter { !$0.diagnostics.isEmpty }
    let anchors = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.path, "doc-\($0 + 1)") })
    if report.files.count > 1 { HTMLSummary.index(report.files.map { ($0, anchors[$0.path]) }, into: &writer) }
    if report.files.isEmpty { writer.element("p", text: "No files were linted.") }
    let rules = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let explanations = Self.explanations(of: documents, rules: rules)
    for (index, file) in documents.enumerated() {
      HTMLDocumentSection(file: file, number: index + 1, rules: rules, explanations: explanations).render(into: &writer)
    }
    writer.close("main")
    writer.newline()
    writer.element("footer") { writer in
      writer.text("Made by claimlint\(toolVersion.map { " " + $0 } ?? ""). This page loads nothing from the network; ")
      writer.text("without JavaScript every finding is shown and the filters are hidden.")
    }
    writer.newline()
    writer.raw("<script>")
    writer.raw(HTMLPageScript.script)
    writer.raw("</script>\n</body>\n</html>\n")
    return writer.html
  }

  /// Doctype, character set, the security policy (no network, only the page's own script) and the style.
  private func writeHead(into writer: inout HTMLWriter) {
    writer.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    writer.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    writer.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
    writer.raw("img-src data:; script-src 'sha256-")
    writer.raw(HTMLPageScript.sha256)
    writer.raw("'\">\n<title>claimlint report</title>\n<style>\n")
    writer.raw(HTMLPageStyle.css)
    writer.raw("\n</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the report</a>\n")
  }

  /// The title, the totals and the filters.
  private func writeHeader(_ report: LintReport, into writer: inout HTMLWriter) {
    writer.element("header", [("class", "top")]) { writer in
      writer.element("h1", text: "claimlint report")
      let diagnostics = report.files.flatMap(\.diagnostics)
      writer.element("p", [("class", "totals")], text: Self.totals(report.counts, diagnostics))
      guard !diagnostics.isEmpty else { return }
      let families = Set(diagnostics.map { String($0.ruleID.prefix { $0 != "/" }) }).sorted()
      writeFilters(severities: Set(diagnostics.map(\.severity)), families: families, into: &writer)
    }
    writer.newline()
  }

  /// `2 files linted, 1 with findings: 1 error and 2 warnings; 1 problem (below)`.
  private static func totals(_ counts: ReportCounts, _ diagnostics: [Diagnostic]) -> String {
    var text = "\(Plural.count(counts.files, "file")) linted, \(counts.filesWithDiagnostics) with findings: "
    text += HTMLSummary.countsText(diagnostics)
    let tool = counts.toolErrors + counts.toolWarnings
    return tool > 0 ? text + "; " + Plural.count(tool, "problem") + " (below)" : text
  }

  /// Check boxes for each severity and family present; the script shows them.
  private func writeFilters(severities: Set<Severity>, families: [String], into writer: inout HTMLWriter) {
    writer.element(
      "form", [("class", "filters"), ("id", "filters"), ("hidden", ""), ("aria-label", "Filter findings")]
    ) { writer in
      writer.element("fieldset") { writer in
        writer.element("legend", text: "Severity")
        for severity in Severity.allCases.reversed() where severities.contains(severity) {
          writer.element("label") { writer in
            writer.open("input", [("type", "checkbox"), ("checked", ""), ("data-severity", severity.rawValue)])
            writer.text(" \(severity.icon) \(severity.label)")
          }
        }
      }
      writer.element("fieldset") { writer in
        writer.element("legend", text: "Family")
        for family in families {
          writer.element("label") { writer in
            writer.open("input", [("type", "checkbox"), ("checked", ""), ("data-family", family)])
            writer.text(" " + family)
          }
        }
      }
      writer.element("p", [("class", "keys")], text: "Keys: n next finding, p previous finding.")
      writer.element("p", [("id", "shown"), ("role", "status")], text: "")
    }
  }

  /// Tool errors and warnings: problems that stopped part of the run.
  private func writeProblems(_ errors: [ToolError], into writer: inout HTMLWriter) {
    guard !errors.isEmpty else { return }
    writer.element("section", [("class", "problems notice"), ("aria-labelledby", "problems-title")]) { writer in
      writer.element("h2", [("id", "problems-title")], text: "Problems claimlint had")
      writer.element("ul") { writer in
        for error in errors { writer.element("li", text: DiagnosticText.line(for: error)) }
      }
    }
    writer.newline()
  }

  /// The explanation of each rule that found something, rendered once from its Markdown.
  private static func explanations(of files: [FileReport], rules: [String: RuleMetadata]) -> [String: HTMLWriter] {
    var explanations: [String: HTMLWriter] = [:]
    for id in Set(files.flatMap { $0.diagnostics.map(\.ruleID) }) {
      guard let text = rules[id]?.explanation, !text.trimmedWhitespace.isEmpty,
        let document = try? DocumentParser.parse(path: "explanation.md", text: text, format: .markdown)
      else { continue }
      var writer = HTMLWriter()
      for unit in ProseUnit.units(of: document) {
        unit.write(document, findings: { _ in [] }, badged: [], into: &writer)
      }
      explanations[id] = writer
    }
    return explanations
  }
}
