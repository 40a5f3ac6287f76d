import Testing

@testable import ClaimLintCore

/// The `html` report: prose rendered from its markup, findings highlighted at their spans, every piece of
/// user text escaped, long and broken input kept small and safe, the script allowed by its hash.
@Suite struct HTMLReporterTests {
  /// A one-file report of `text` read as `path`, with a finding on each needle (as `rule`).
  func report(
    _ path: String, _ text: String, findings: [(needle: String, rule: String, severity: Severity)],
    rules: [RuleMetadata] = []
  ) -> String {
    let diagnostics = findings.map { item in
      Diagnostic(
        Finding(
          ruleID: item.rule, message: "about \(item.needle)", range: ReportFixture.range(of: item.needle, in: text)),
        severity: item.severity)
    }
    let file = FileReport(path: path, source: SourceText(text), diagnostics: diagnostics)
    return HTMLReporter().render(LintReport(files: [file], rules: rules))
  }

  @Test func markdownIsRenderedAsProseNotMarkup() {
    let text = """
      # Tonic

      Some **bold** and *soft* words, [a link](https://example.org/a_b), `code` and <em>inline</em>.

      - one
      - two

      1. first

      | Dose | Note |
      |---|---|
      | 2 g | daily |

      """
    let html = report("a.md", text, findings: [("soft", "hype/soft", .info)])
    #expect(html.contains(#"<h3 class="h1">Tonic</h3>"#))
    #expect(html.contains("<strong>bold</strong>"))
    #expect(html.contains(#"<em><mark class="sev-info" data-f="d1-f1">soft</mark></em>"#))
    #expect(html.contains("a link,"))
    #expect(!html.contains("example.org/a_b"))
    #expect(html.contains("<code>code</code>"))
    #expect(html.contains("<em>inline</em>."))
    #expect(html.contains("<ul><li>one</li><li>two</li></ul>"))
    #expect(html.contains("<ol><li>first</li></ol>"))
    #expect(
      html.contains(#"<tr><th scope="col">Dose</th><th scope="col">Note</th></tr><tr><td>2 g</td><td>daily</td></tr>"#))
    #expect(!html.contains("**") && !html.contains("|---"))
  }

  @Test func htmlShowsTextNotTagsAndHighlightsDecodedReferences() {
    let text = """
      <html><head><title>Wort</title><script>var claim = "cures all";</script></head><body>
      <p>St John&#8217;s <b>wort</b> lifts mood.<script>steal()</script></p>
      <table><tr><th>Herb</th></tr><tr><td>wort</td></tr></table>
      </body></html>
      """
    let html = report("p.html", text, findings: [("St John&#8217;s", "caveat/wort", .error)])
    #expect(html.contains(#"<p><mark class="sev-error" data-f="d1-f1">St John’s</mark>"#))
    #expect(html.contains("<strong>wort</strong> lifts mood.</p>"))
    #expect(html.contains(#"<tr><th scope="col">Herb</th></tr><tr><td>wort</td></tr>"#))
    #expect(!html.contains("steal()") && !html.contains("cures all") && !html.contains("&lt;b&gt;"))
  }

  @Test func overlappingFindingsShareHighlightsAndEachGetsOneCardAndBadge() {
    let text = "Natto prevents heart attacks.\n"
    let html = report(
      "n.md", text,
      findings: [
        ("prevents", "causal/observational", .warning), ("prevents heart attacks", "regulatory/disease", .error),
      ])
    #expect(html.contains(#"<mark class="sev-error" data-f="d1-f1 d1-f2">prevents</mark>"#))
    #expect(html.contains(#"<mark class="sev-error" data-f="d1-f2"> heart attacks</mark>"#))
    for id in ["d1-f1", "d1-f2"] {
      #expect(html.components(separatedBy: "id=\"card-\(id)\"").count == 2)
      #expect(html.components(separatedBy: "id=\"ref-\(id)\"").count == 2)
    }
  }

  @Test func everyPieceOfUserTextIsEscaped() {
    let evil = #"<script>alert("x")</script>"#
    let text = "Plain text \(evil) cures colds.\n"
    let finding = Finding(
      ruleID: "hype/<b>", message: "message \(evil)", range: ReportFixture.range(of: "cures", in: text),
      notes: [Note("note \(evil)")],
      fixIts: [
        FixIt("fix \(evil)", edits: [TextEdit(range: ReportFixture.range(of: "cures", in: text), replacement: evil)])
      ])
    let rule = RuleMetadata(
      id: "hype/<b>", defaultSeverity: .warning, kind: "match", summary: "summary \(evil)",
      explanation: "Explained \(evil) with `\(evil)`.",
      references: ["https://example.org/\"><script>x()</script>", evil])
    let file = FileReport(
      path: "\(evil).txt", source: SourceText(text), diagnostics: [Diagnostic(finding, severity: .warning)])
    let html = HTMLReporter().render(
      LintReport(files: [file], errors: [ToolError(path: evil, message: evil)], rules: [rule]))
    #expect(html.components(separatedBy: "<script").count == 2, "only the page's own script")
    #expect(!html.contains("<b>"))
    #expect(html.contains("Plain text &lt;script&gt;alert(\"x\")&lt;/script&gt;"))
    #expect(html.contains(#"data-rule="hype/&lt;b&gt;""#))
  }

  @Test func aLongLineShowsOnlyTheTextAroundItsFinding() {
    let filler = String(repeating: "Plain words here. ", count: 6000)
    let text = filler + "This cures colds. " + filler + "\n"
    let html = report("long.txt", text, findings: [("cures", "hype/cure", .error)])
    #expect(html.utf8.count < text.utf8.count / 10)
    #expect(html.contains(#"<mark class="sev-error" data-f="d1-f1">cures</mark>"#))
    #expect(html.components(separatedBy: "class=\"elided\"").count == 3)
  }

  @Test func brokenInputAndOddRangesDoNotCrash() {
    let bytes: [UInt8] = Array("It cures ".utf8) + [0xFF, 0xC3] + Array(" colds.\n".utf8)
    let findings = [
      Finding(ruleID: "hype/cure", message: "cure", range: 3..<8),
      Finding(ruleID: "hype/empty", message: "empty", range: 9..<9),
      Finding(ruleID: "hype/far", message: "past the end", range: 5..<500),
    ]
    let file = FileReport(
      path: "bad.md", source: SourceText(bytes: bytes), diagnostics: findings.map { Diagnostic($0, severity: .info) })
    let html = HTMLReporter().render(LintReport(files: [file]))
    #expect(html.contains("could not be read as prose again"))
    #expect(html.contains(#"data-f="d1-f1">cures</mark>"#))
    for id in 1...3 { #expect(html.contains("id=\"card-d1-f\(id)\"")) }
  }

  @Test func aMissingCaveatIsANoticeAtTheTopLinkingToItsTrigger() {
    let text = "# Stack\n\nOur K2 softgels help bones.\n"
    let rule = RuleMetadata(
      id: "caveat/k2", defaultSeverity: .error, kind: "requires", summary: "K2 needs a warfarin warning")
    let html = report("k2.md", text, findings: [("K2", "caveat/k2", .error)], rules: [rule])
    let notice = html.range(of: "Missing caveats")
    let card = html.range(of: "id=\"card-d1-f1\"")
    #expect(notice != nil && card != nil && notice!.lowerBound < card!.lowerBound)
    #expect(html.contains(##"<a href="#ref-d1-f1">See where (line 3)</a>"##))
  }

  @Test func theIndexListsFilesWorstFirstAndFiltersWaitForTheScript() throws {
    let html = HTMLReporter().render(ReportFixture.report)
    let order = ["docs/tonic.md", ReportFixture.draftPath, "docs/water.txt"].map {
      html.range(of: ">\(MarkupEscaping.xml($0))<")?.lowerBound
    }
    let positions = try order.map { try #require($0) }
    #expect(positions == positions.sorted())
    #expect(html.contains(#"<form class="filters" id="filters" hidden="""#))
    #expect(!html.contains("id=\"doc-3\""), "a file without findings has no section")
  }

  @Test func theSecurityPolicyAllowsExactlyThePageScript() {
    #expect(SHA256.base64(Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    let digest = SHA256.base64(Array(HTMLPageScript.script.description.utf8))
    #expect(digest == HTMLPageScript.sha256.description, "update HTMLPageScript.sha256 to \(digest)")
    let html = HTMLReporter().render(ReportFixture.report)
    #expect(html.contains("script-src 'sha256-\(digest)'"))
    #expect(html.contains("<script>\(HTMLPageScript.script.description)</script>"))
    #expect(html.contains("default-src 'none'"))
  }
}
