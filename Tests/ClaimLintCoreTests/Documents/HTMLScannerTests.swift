import Testing
@testable import ClaimLintCore

@Suite struct HTMLScannerTests {
  @Test func headContentIsMaskedExceptTheTitle() throws {
    let source = """
      <!DOCTYPE html>
      <html lang="en"><head>
      <meta name="description" content="Miracle cure">
      <title>Vitamin K &amp; warfarin</title>
      <style>body { font-family: serif; }</style>
      <script>const claim = "proven cure";</script>
      </head><body><h1>Main heading</h1><p>Body text.</p></body></html>
      """
    let document = try parsed(source, .html)
    for word in ["DOCTYPE", "Miracle", "serif", "proven", "claim", "lang"] { expectMasked(document, word) }
    #expect(document.blockTexts == ["Vitamin K & warfarin", "Main heading", "Body text."])
    #expect(document.blocks.map(\.kind) == [.heading, .heading, .paragraph])
    #expect(document.blocks.map(\.headingLevel) == [1, 1, 0])
    expectProse(document, "warfarin")
    expectProse(document, "Body")
  }

  @Test func blockElementsAndKinds() throws {
    let source = """
      <h2>Dosage</h2>
      <p>First <em>paragraph</em> with <a href="https://example.org/cure">a link</a>.</p>
      <ul><li>Item one<li>Item two<ol><li>Nested item</ol></ul>
      <blockquote><p>Quoted claim.</p><p>Second quoted.</blockquote>
      <table><tr><th>Nutrient<th>Limit</tr><tr><td>Zinc<td>40 mg</table>
      <dl><dt>Term<dd>Definition text</dl>
      <div>Loose div text<p>para inside div</div>
      <figure><figcaption>Caption text</figcaption></figure>
      """
    let document = try parsed(source, .html)
    #expect(document.collapsedBlockTexts == ["Dosage", "First paragraph with a link .", "Item one", "Item two",
      "Nested item", "Quoted claim.", "Second quoted.", "Nutrient", "Limit", "Zinc", "40 mg", "Term",
      "Definition text", "Loose div text", "para inside div", "Caption text"])
    #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .listItem, .paragraph,
      .paragraph, .tableCell, .tableCell, .tableCell, .tableCell, .paragraph, .paragraph, .paragraph, .paragraph,
      .paragraph])
    #expect(document.blocks[0].headingLevel == 2)
    let quoted = document.blocks.indices.filter { document.blocks[$0].isQuote }
    #expect(quoted == [5, 6])
    expectMasked(document, "cure")
    expectMasked(document, "href")
  }

  @Test func paragraphInListItemIsAListItem() throws {
    let document = try parsed("<ul><li><p>Loose item text.</p></li></ul>", .html)
    #expect(document.blocks.map(\.kind) == [.listItem])
  }

  @Test func altAndTitleAttributesSplitTheParagraph() throws {
    let source = "<p>Take <img src=\"k2.png\" alt=\"Vitamin K2 &amp; D3 capsules\"> with food and "
      + "<abbr title='International Units'>IU</abbr> matter.</p>"
    let document = try parsed(source, .html)
    #expect(document.blockTexts == ["Take", "Vitamin K2 & D3 capsules", "with food and", "International Units",
      "IU        matter."])
    #expect(document.blocks.map(\.kind) == [.paragraph, .alternativeText, .paragraph, .alternativeText, .paragraph])
    expectProse(document, "Take")
    expectProse(document, "capsules")
    expectProse(document, "International Units")
    expectMasked(document, "k2.png")
    let decoded = try #require(document.scanRange(of: "K2 & D3"))
    #expect(document.sourceRange(decoded) == document.fileRange(of: "K2 &amp; D3"))
  }

  @Test func unquotedAndUppercaseAttributes() throws {
    let document = try parsed("<P CLASS=lead><IMG SRC=x.png ALT=Softgels>Text after.</P>", .html)
    #expect(document.blockTexts == ["Softgels", "Text after."])
  }

  @Test func maskedElements() throws {
    let source = """
      <p>Visible.</p>
      <template><p>Template says cure</p></template>
      <noscript>Enable scripts for the miracle</noscript>
      <pre>preformatted proven</pre>
      <p>Call <code>boost()</code> now.</p>
      <![CDATA[ cdata guaranteed ]]>
      <?xml-stylesheet href="x"?>
      <svg><text>svg breakthrough</text></svg>
      <textarea>textarea remedy</textarea>
      """
    let document = try parsed(source, .html)
    for word in ["cure", "miracle", "proven", "boost", "guaranteed", "stylesheet", "breakthrough", "remedy"] {
      expectMasked(document, word)
    }
    #expect(document.collapsedBlockTexts == ["Visible.", "Call now."])
  }

  @Test func characterReferencesMapBackToTheFile() throws {
    let source = "<p>St John&#8217;s Wort&nbsp;&mdash; 5&nbsp;&micro;g, 37&deg;C "
      + "&reg; &trade; &hellip; &eacute;t&eacute;</p>"
    let document = try parsed(source, .html)
    #expect(document.blockTexts == ["St John’s Wort\u{A0}— 5\u{A0}µg, 37°C ® ™ … été"])
    let decoded = try #require(document.scanRange(of: "John’s Wort"))
    #expect(document.sourceRange(decoded) == document.fileRange(of: "John&#8217;s Wort"))
    let micro = try #require(document.scanRange(of: "µg"))
    #expect(document.sourceRange(micro) == document.fileRange(of: "&micro;g"))
    expectProse(document, "St")
    expectProse(document, "C")
  }

  @Test func malformedReferencesStayLiteral() throws {
    let document = try parsed("<p>&unknown; &amp no semicolon &#xZZ; &#; & alone &#12345678;</p>", .html)
    #expect(document.blockTexts == ["&unknown; &amp no semicolon &#xZZ; &#; & alone &#12345678;"])
    #expect(document.offsets.isIdentity)
  }

  @Test func brokenMarkupKeepsText() throws {
    let source = "<div>Unclosed <span>span text\n<p>3 < 5 and 7 > 2 are facts\n<b>bold never closed\n<a href=\"x"
    let document = try parsed(source, .html)
    #expect(document.collapsedBlockTexts == [
      "Unclosed span text", "3 < 5 and 7 > 2 are facts bold never closed <a href=\"x",
    ])
  }

  @Test func unclosedCommentRunsToTheEnd() throws {
    let document = try parsed("<p>Before.</p><!-- claimlint-disable never closed <p>hidden", .html)
    #expect(document.blockTexts == ["Before."])
    #expect(document.controlComments.isEmpty)
  }

  @Test func controlCommentRanges() throws {
    let first = "<!-- claimlint-disable causal/observational -->"
    let second = "<!--claimlint-enable-->"
    let source = "<p>One.</p>\n\(first)\n<p>Two.</p><pre><!-- claimlint-disable in code --></pre>\(second)"
    let document = try parsed(source, .html)
    #expect(document.controlComments.map(\.body) == ["claimlint-disable causal/observational", "claimlint-enable"])
    #expect(document.controlComments.map(\.range) == [document.fileRange(of: first), document.fileRange(of: second)])
  }

  @Test func lineBreaksDoNotEndBlocks() throws {
    let document = try parsed("<p>Line one<br>line two<br/>Line three.</p>", .html)
    #expect(document.blocks.count == 1)
    #expect(document.collapsedBlockTexts == ["Line one line two Line three."])
  }

  @Test func bareURLsInTextAreMasked() throws {
    let document = try parsed("<p>See https://example.org/cure-all or mail team@example.org.</p>", .html)
    expectMasked(document, "cure")
    expectMasked(document, "team")
    #expect(document.collapsedBlockTexts == ["See or mail ."])
  }

  @Test func crlfHTML() throws {
    let document = try parsed("<p>\r\nFirst line\r\nsecond line.\r\n</p>\r\n<p>Next.</p>\r\n", .html)
    #expect(document.blockTexts == ["First line\r\nsecond line.", "Next."])
    expectProse(document, "second")
  }
}
