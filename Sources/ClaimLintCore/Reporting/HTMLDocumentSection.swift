/// One file of the `html` report: its heading, its missing caveats, its findings by family, then its prose
/// unit by unit, each beside the cards of the findings that start in it.
///
/// Prose comes from parsing the file again as the linter did (``DocumentParser``). A file that cannot be
/// parsed, and findings outside the prose (in markup or a comment), are shown as quoted source lines.
/// After ``proseBudget`` bytes of prose, units without findings are left out.
struct HTMLDocumentSection {
  let file: FileReport
  /// The document's position in the report, for unique IDs.
  let number: Int
  let rules: [String: RuleMetadata]
  /// Each rule's explanation, written once for the whole report.
  let explanations: [String: HTMLWriter]

  static let proseBudget = 256 * 1024

  var anchor: String { "doc-\(number)" }

  func render(into writer: inout HTMLWriter) {
    let document = try? DocumentParser.parse(path: file.path, bytes: file.source.bytes, format: file.format)
    let findings = place(in: document)
    writer.open(
      "section", [("class", "doc"), ("id", anchor), ("aria-labelledby", anchor + "-title"), ("data-path", file.path)])
    writer.element("h2", [("id", anchor + "-title")], text: file.path)
    writer.element(
      "p", [("class", "meta")], text: "\(file.format.rawValue) · " + HTMLSummary.countsText(file.diagnostics))
    HTMLSummary.caveatNotices(findings, into: &writer)
    HTMLSummary.familyTable(findings, into: &writer)
    if let document {
      renderProse(document, findings, into: &writer)
    } else {
      writer.element(
        "p", [("class", "notice")],
        text: "This file could not be read as prose again; its findings are shown with their lines.")
      renderElsewhere(findings, into: &writer)
    }
    writer.close("section")
    writer.newline()
  }

  /// The file's diagnostics with their IDs and scan ranges.
  private func place(in document: Document?) -> [PlacedFinding] {
    file.diagnostics.enumerated().map { index, diagnostic in
      let limit = document?.text.count ?? file.source.bytes.count
      let scan = document?.offsets.scanRange(diagnostic.range) ?? diagnostic.range
      return PlacedFinding(
        id: "d\(number)-f\(index + 1)", number: index + 1, diagnostic: diagnostic,
        scan: min(scan.lowerBound, limit)..<min(scan.upperBound, limit),
        location: file.source.location(of: diagnostic.range),
        rule: rules[diagnostic.ruleID])
    }
  }

  /// The prose units with their cards; findings outside every block first.
  private func renderProse(_ document: Document, _ findings: [PlacedFinding], into writer: inout HTMLWriter) {
    let units = ProseUnit.units(of: document)
    let placement = Placement(document: document, units: units, findings: findings)
    renderElsewhere(placement.elsewhere.map { findings[$0] }, into: &writer)
    var shown = 0
    var left = 0
    for (index, unit) in units.enumerated() {
      let starting = placement.starting[index] ?? []
      if starting.isEmpty && shown > Self.proseBudget {
        left += 1
        continue
      }
      shown += unit.blocks.reduce(0) { $0 + min(document.blocks[$1].range.count, ProseInline.longBlock) }
      let cards = starting.map { findings[$0] }
      row(cards: cards, into: &writer) { writer in
        unit.write(
          document, findings: { placement.overlapping($0).map { findings[$0] } }, badged: Set(cards.map(\.id)),
          into: &writer)
      }
    }
    if left > 0 {
      writer.element(
        "p", [("class", "notice")],
        text: "\(Plural.count(left, "more passage")) without findings left out: the file is long.")
    }
  }

  /// Findings whose span lies in no prose block, each with its source lines quoted.
  private func renderElsewhere(_ findings: [PlacedFinding], into writer: inout HTMLWriter) {
    guard !findings.isEmpty else { return }
    row(cards: findings, into: &writer) { writer in
      writer.element("p", [("class", "elsewhere")], text: "Outside the prose (markup, code or comments):")
      for finding in findings { SourceExcerpt(source: file.source, finding: finding).write(into: &writer) }
    }
  }

  /// A unit of prose beside the cards of the findings that start in it.
  private func row(cards: [PlacedFinding], into writer: inout HTMLWriter, _ prose: (inout HTMLWriter) -> Void) {
    writer.element("div", [("class", cards.isEmpty ? "row" : "row has-cards")]) { writer in
      writer.element("div", [("class", file.format == .text ? "prose plain" : "prose")], prose)
      guard !cards.isEmpty else { return }
      writer.element("div", [("class", "cards")]) { writer in
        for card in cards {
          FindingCard(finding: card, source: file.source, explanation: explanations[card.diagnostic.ruleID]).write(
            into: &writer)
        }
      }
    }
    writer.newline()
  }
}
