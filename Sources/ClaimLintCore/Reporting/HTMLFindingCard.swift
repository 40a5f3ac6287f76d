/// The card of one finding in the `html` report: severity (icon and word), number, rule and place; the
/// message, notes and suggested wording; the rule's explanation and sources on click; a link back to the text.
struct FindingCard {
  let finding: PlacedFinding
  let source: SourceText
  /// The rule's explanation, when it has one.
  let explanation: HTMLWriter?

  /// How many characters of replaced text a fix-it quotes.
  static let quotedLimit = 80

  func write(into writer: inout HTMLWriter) {
    let id = finding.id
    let severity = finding.diagnostic.severity
    writer.open(
      "article",
      [
        ("class", "card sev-\(severity.rawValue)"), ("id", "card-" + id), ("tabindex", "-1"), ("data-finding", id),
        ("data-severity", severity.rawValue), ("data-family", finding.family), ("data-rule", finding.diagnostic.ruleID),
        ("aria-label", "\(severity.label) \(finding.number)"),
      ])
    writer.element("p", [("class", "card-head")]) { writer in
      severity.writeLabel(into: &writer)
      writer.element("span", [("class", "num")], text: " #\(finding.number) ")
      writer.element("code", [("class", "rule")], text: finding.diagnostic.ruleID)
      writer.element(
        "span", [("class", "where")],
        text: " · line \(finding.location.start.line), column \(finding.location.start.column)")
    }
    writer.element("p", [("class", "message")], text: finding.diagnostic.message)
    writeNotes(into: &writer)
    writeFixIts(into: &writer)
    writeRule(into: &writer)
    writer.element("p", [("class", "back")]) { $0.element("a", [("href", "#ref-" + id)], text: "Show in the text") }
    writer.close("article")
    writer.newline()
  }

  private func writeNotes(into writer: inout HTMLWriter) {
    let notes = finding.diagnostic.finding.notes
    guard !notes.isEmpty else { return }
    writer.element("ul", [("class", "notes")]) { writer in
      for note in notes {
        let place = note.range.map { " (line \(source.location(of: $0).start.line))" } ?? ""
        writer.element("li", text: note.message + place)
      }
    }
  }

  /// Each fix-it as “Replace ‘old’ with ‘new’”, under the heading “Suggested wording”.
  private func writeFixIts(into writer: inout HTMLWriter) {
    let fixIts = finding.diagnostic.finding.fixIts
    guard !fixIts.isEmpty else { return }
    writer.element("div", [("class", "fix")]) { writer in
      writer.element("p", [("class", "fix-title")], text: "Suggested wording")
      writer.element("ul") { writer in
        for fixIt in fixIts {
          writer.element("li") { writer in
            let message = DiagnosticText.singleLine(fixIt.message)
            if !message.isEmpty && message.lowercased() != "suggested wording" { writer.text(message + ": ") }
            for (index, edit) in fixIt.edits.enumerated() {
              if index > 0 { writer.text("; ") }
              writeEdit(edit, into: &writer)
            }
          }
        }
      }
    }
  }

  private func writeEdit(_ edit: TextEdit, into writer: inout HTMLWriter) {
    let old = source.text(in: edit.range)
    let shown = old.count > Self.quotedLimit ? String(old.prefix(Self.quotedLimit)) + "…" : old
    if old.isEmpty {
      writer.text("insert ")
      writer.element("ins", text: "“\(edit.replacement)”")
    } else if edit.replacement.isEmpty {
      writer.text("delete ")
      writer.element("del", text: "“\(shown)”")
    } else {
      writer.text("replace ")
      writer.element("del", text: "“\(shown)”")
      writer.text(" with ")
      writer.element("ins", text: "“\(edit.replacement)”")
    }
  }

  /// The rule's summary, explanation and sources, folded.
  private func writeRule(into writer: inout HTMLWriter) {
    guard let rule = finding.rule else { return }
    writer.element("details", [("class", "about")]) { writer in
      writer.element("summary", text: "Why this matters and sources")
      writer.element("p", [("class", "summary")], text: rule.summary)
      if let explanation { writer.append(explanation) }
      guard !rule.references.isEmpty else { return }
      writer.element("p", [("class", "sources-title")], text: "Sources")
      writer.element("ul", [("class", "sources")]) { writer in
        for reference in rule.references { writer.element("li") { Self.writeReference(reference, into: &$0) } }
      }
    }
  }

  /// A web address as a link (it opens only when followed), anything else as text.
  private static func writeReference(_ reference: String, into writer: inout HTMLWriter) {
    let isWeb =
      (reference.hasPrefix("https://") || reference.hasPrefix("http://")) && !reference.contains(where: \.isWhitespace)
    if isWeb {
      writer.element("a", [("href", reference), ("rel", "noreferrer")], text: reference)
    } else {
      writer.text(reference)
    }
  }

  /// The numbered badge after a finding's text: it links to the card and says the severity in words too.
  static func badge(_ finding: PlacedFinding, into writer: inout HTMLWriter) {
    let severity = finding.diagnostic.severity
    writer.element(
      "a",
      [
        ("class", "ref sev-\(severity.rawValue)"), ("id", "ref-" + finding.id), ("href", "#card-" + finding.id),
        ("data-for", finding.id), ("aria-label", "\(severity.label) \(finding.number): \(finding.diagnostic.message)"),
      ]
    ) { writer in
      writer.element("span", [("aria-hidden", "true")], text: severity.icon)
      writer.text(String(finding.number))
    }
  }
}

extension Severity {
  /// The word for the severity, capitalized.
  var label: String {
    switch self {
    case .error: "Error"
    case .warning: "Warning"
    case .info: "Info"
    }
  }

  /// A shape that tells the severities apart without colour.
  var icon: String {
    switch self {
    case .error: "✖"
    case .warning: "▲"
    case .info: "●"
    }
  }

  /// Icon and word in a labelled span.
  func writeLabel(into writer: inout HTMLWriter) {
    writer.element("span", [("class", "sev-label")]) { writer in
      writer.element("span", [("aria-hidden", "true")], text: icon + " ")
      writer.text(label)
    }
  }
}
