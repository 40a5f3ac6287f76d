import Foundation
import Testing
@testable import ClaimLintCore

/// Markdown blocks, masking and sections.
@Suite struct MarkdownStructureTests {
  @Test func headingsAndSections() throws {
    let source = "Intro before any heading.\n\n# Top *level*\n\nBody one.\n\n"
      + "Setext title\n============\n\nBody two.\n\n### Closed ###\n"
    let document = try parsed(source, .markdown)
    #expect(document.blockTexts == ["Intro before any heading.", "Top  level", "Body one.", "Setext title", "Body two.",
      "Closed"])
    #expect(document.blocks.map(\.headingLevel) == [0, 1, 0, 1, 0, 3])
    #expect(document.sections.map(\.heading) == [nil, 1, 3, 5])
    #expect(document.sections.map(\.blocks) == [0..<1, 1..<3, 3..<5, 5..<6])
    #expect(document.sections[0].range.lowerBound == 0)
    #expect(document.sections[1].range == document.blocks[1].range.lowerBound..<document.blocks[3].range.lowerBound)
    #expect(document.sections[3].range.upperBound == document.text.count)
    #expect(document.blocks.map(\.section) == [0, 1, 1, 2, 2, 3])
    expectMasked(document, "===")
    expectMasked(document, "#")
  }

  @Test func setextLevelTwoAndThematicBreak() throws {
    let document = try parsed("Subtitle\n---\n\nText.\n\n***\n\n- - -\n", .markdown)
    #expect(document.blockTexts == ["Subtitle", "Text."])
    #expect(document.blocks[0].headingLevel == 2)
    expectMasked(document, "*")
    expectMasked(document, "-")
  }

  @Test func nestedListsAreSeparateItems() throws {
    let source = "- Vitamin D\n  - cholecalciferol\n  - ergocalciferol\n- Vitamin K\n\n1. First step\n2) Other list\n"
    let document = try parsed(source, .markdown)
    #expect(document.blockTexts == ["Vitamin D", "cholecalciferol", "ergocalciferol", "Vitamin K", "First step",
      "Other list"])
    #expect(document.blocks.allSatisfy { $0.kind == .listItem })
    expectProse(document, "cholecalciferol")
  }

  @Test func looseListItemWithTwoParagraphs() throws {
    let document = try parsed("- First paragraph.\n\n  Second paragraph.\n\nAfter the list.\n", .markdown)
    #expect(document.blockTexts == ["First paragraph.", "Second paragraph.", "After the list."])
    #expect(document.blocks.map(\.kind) == [.listItem, .listItem, .paragraph])
  }

  @Test func blockquotesNestAndContinueLazily() throws {
    let source = "> Outer quote\nlazy line.\n>\n> > Inner quote\n> > - quoted item\n\nNot quoted.\n"
    let document = try parsed(source, .markdown)
    #expect(document.blockTexts == ["Outer quote\nlazy line.", "Inner quote", "quoted item", "Not quoted."])
    #expect(document.blocks.map(\.isQuote) == [true, true, true, false])
    #expect(document.blocks[2].kind == .listItem)
    expectMasked(document, ">")
    expectProse(document, "lazy")
  }

  @Test func fencedAndIndentedCodeAreMasked() throws {
    let source = """
      Text one.

      ```swift title="x"
      let claim = "cures cancer"
      ```

      ~~~
      tilde fence hides proven
      ~~~~

          indented hides miracle

      - item
          continuation is not code

      Paragraph
          lazy indented line is not code
      """
    let document = try parsed(source, .markdown)
    for word in ["cures", "swift", "tilde", "proven", "hides", "miracle", "~~~", "```"] { expectMasked(document, word) }
    #expect(document.blockTexts == ["Text one.", "item\n    continuation is not code",
      "Paragraph\n    lazy indented line is not code"])
  }

  @Test func unclosedFenceRunsToTheEnd() throws {
    let document = try parsed("Before.\n\n```\ncode cures\n\nstill code\n", .markdown)
    #expect(document.blockTexts == ["Before."])
    expectMasked(document, "still")
  }

  @Test func fenceInsideListEndsWithTheItem() throws {
    let document = try parsed("- item\n  ```\n  hidden code\n- next item\n", .markdown)
    #expect(document.blockTexts == ["item", "next item"])
  }

  @Test func inlineMarkupIsMasked() throws {
    let source =
      "Use `x = cure()` with **bold**, _emphasis_, ~~struck~~ and \\*escaped\\* text.\nLine break\\\nhere.\n"
    let document = try parsed(source, .markdown)
    expectMasked(document, "cure")
    expectMasked(document, "\\")
    let text = try #require(document.blockTexts.first)
    #expect(text.contains("  bold  ,  emphasis ,   struck   and  *escaped * text."))
    for word in ["bold", "emphasis", "struck", "escaped"] { expectProse(document, word) }
  }

  @Test func unmatchedDelimitersStay() throws {
    let document = try parsed("Dose ~5 mg, 2*3 tablets, snake_case_word and 5 * 3.\n", .markdown)
    #expect(document.blockTexts == ["Dose ~5 mg, 2*3 tablets, snake_case_word and 5 * 3."])
  }

  @Test func linksAndImages() throws {
    let source = """
      See [the *NIH* fact sheet](https://ods.od.nih.gov/factsheets "Office of Dietary Supplements") today.
      ![Capsules of fish oil](img/fish.png)
      Autolink <https://example.org/cures> and <info@example.org> too.
      """
    let document = try parsed(source, .markdown)
    for word in ["https", "factsheets", "Office", "img", "png", "example", "info@"] { expectMasked(document, word) }
    for word in ["the", "NIH", "fact sheet", "today", "Capsules of fish oil", "Autolink", "too"] {
      expectProse(document, word)
    }
  }

  @Test func imageAloneOnALineIsAParagraphOfItsAltText() throws {
    let document = try parsed("Intro.\n\n![Vitamin D softgels on a table](pills.jpg \"Photo\")\n", .markdown)
    #expect(document.blockTexts == ["Intro.", "Vitamin D softgels on a table"])
    #expect(document.blocks[1].kind == .paragraph)
  }

  @Test func referenceLinksAndDefinitions() throws {
    let source = """
      Read [the review][nih] and [Zinc][] and [shortcut].
      Keep [undefined][nope] literal.

      [nih]: https://example.org/review "Review title"
      [zinc]: <https://example.org/zinc>
      [Shortcut]:
        https://example.org/short
        'Title on its own line'
      """
    let document = try parsed(source, .markdown)
    #expect(document.blocks.count == 1)
    let text = document.blockTexts[0]
    #expect(text.hasPrefix("Read  the review       and  Zinc    and  shortcut ."))
    #expect(text.contains("[undefined][nope]"))
    for word in ["Review title", "example", "nih]", "Title on"] { expectMasked(document, word) }
  }

  @Test func footnotes() throws {
    let source = "Claim with a source.[^1] More text[^note].\n\n[^1]: The trial report, 2021.\n    Continued here.\n"
    let document = try parsed(source, .markdown)
    #expect(document.collapsedBlockTexts == [
      "Claim with a source. More text .", "The trial report, 2021. Continued here.",
    ])
    expectMasked(document, "^")
  }

  @Test func bareURLsAndEmails() throws {
    let source = "Visit https://example.com/cure_(x), www.example.org/proven. Or write to help.desk@example.co.uk!\n"
    let document = try parsed(source, .markdown)
    let links = ["https://example.com/cure_(x)", "www.example.org/proven", "help.desk@example.co.uk"]
    let expected = masking(source, links)
    #expect(document.blockTexts == [expected.trimmingCharacters(in: .whitespacesAndNewlines)])
    expectProse(document, "Visit")
  }

  @Test func rawHTMLInMarkdown() throws {
    let source = """
      Text with <span class="x">inline</span> and <abbr title="vitamin D">VD</abbr> tags.
      <script>var s = "cures";</script> done.

      <div class="note">
      <p>Block <b>HTML</b> text &amp; more.</p>
      <style>.x { color: red }</style>
      </div>

      <!--
      multi-line comment hides proven
      -->
      After.
      """
    let document = try parsed(source, .markdown)
    for word in ["span", "class", "cures", "color", "proven", "div"] { expectMasked(document, word) }
    // A `<script>` line starts an HTML block (type 1) even inside a paragraph, as in CommonMark.
    #expect(document.collapsedBlockTexts == ["Text with inline and", "vitamin D", "VD tags.", "done.",
      "Block HTML text & more.", "After."])
    #expect(document.block("vitamin D")?.kind == .alternativeText)
  }

  @Test func unwrappedLinesBecomeSeparateParagraphs() throws {
    let long = String(repeating: "Vitamin K2 supports bone health in several ways. ", count: 4)
    let source = "Short heading line\n\(long)\nAnother short line\n\nWrapped line one\nwrapped line two.\n"
    let document = try parsed(source, .markdown)
    #expect(document.blockTexts == ["Short heading line", long.trimmingCharacters(in: [" "]), "Another short line",
      "Wrapped line one\nwrapped line two."])
    #expect(document.blocks.allSatisfy { $0.kind == .paragraph })
    #expect(UnwrappedLines.blockRanges([0..<161, 162..<170]) == [0..<161, 162..<170])
    #expect(UnwrappedLines.blockRanges([0..<160, 161..<170]) == [0..<170])
  }

  @Test func tableAfterParagraphLineWithoutBlankLine() throws {
    let document = try parsed("Lead in sentence.\n| A | B |\n|---|---|\n| x | y |\nAfter table.\n", .markdown)
    #expect(document.blockTexts == ["Lead in sentence.", "A", "B", "x", "y", "After table."])
    #expect(document.blocks.map(\.kind) == [.paragraph, .tableCell, .tableCell, .tableCell, .tableCell, .paragraph])
  }

  @Test func nothingButMarkupGivesNoBlocks() throws {
    let document = try parsed("---\na: b\n---\n\n```\ncode\n```\n\n***\n\n<!-- note -->\n", .markdown)
    #expect(document.blocks.isEmpty)
    #expect(document.sections.isEmpty)
    #expect(document.scanString.allSatisfy { $0.isWhitespace })
  }

  @Test func emphasisAroundALinkIsMasked() throws {
    let document = try parsed("**Strong [linked](https://example.org) text**\n", .markdown)
    #expect(document.collapsedBlockTexts == ["Strong linked text"])
  }

  @Test func listItemBeatsTableDelimiter() throws {
    let document = try parsed("Paragraph line\n- | item\n", .markdown)
    #expect(document.blocks.map(\.kind) == [.paragraph, .listItem])
  }

  @Test func invalidTagNamesStayText() throws {
    let document = try parsed("Keep 3<5 and <word<!-- note -->after and a <b>tag</b>.\n", .markdown)
    #expect(document.collapsedBlockTexts == ["Keep 3<5 and <word after and a tag ."])
  }
}
