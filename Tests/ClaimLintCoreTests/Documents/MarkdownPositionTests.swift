import Testing
@testable import ClaimLintCore

/// Exact byte positions in Markdown scan text.
@Suite struct MarkdownPositionTests {
  @Test func emojiAndAccentsBeforeAMatchDoNotMoveIt() throws {
    let source = "Café naïve 🔬🧪 crème — vitamin D cures rickets.\n"
    let document = try parsed(source, .markdown)
    expectProse(document, "cures")
    expectProse(document, "rickets")
    let range = try #require(document.fileRange(of: "cures"))
    #expect(range.lowerBound == Array("Café naïve 🔬🧪 crème — vitamin D ".utf8).count)
    #expect(document.source.position(of: range.lowerBound) == SourceText.Position(line: 1, column: 33))
    #expect(document.source.position(of: range.lowerBound, unit: .utf16) == SourceText.Position(line: 1, column: 35))
  }

  @Test func tableCellPositions() throws {
    let source = """
      Intro line.

      | Nutrient | Upper limit |
      |:--|--:|
      | Vitamin D | 4000 IU |
      | Zinc \\| copper | 40 mg |
      """
    let document = try parsed(source, .markdown)
    let cells = document.blocks.filter { $0.kind == .tableCell }.map { document.string($0.range) }
    #expect(cells == ["Nutrient", "Upper limit", "Vitamin D", "4000 IU", "Zinc  | copper", "40 mg"])
    for word in ["Nutrient", "Upper limit", "Vitamin D", "4000 IU", "40 mg"] { expectProse(document, word) }
    let cell = try #require(document.block("Vitamin D"))
    #expect(cell.range == document.fileRange(of: "Vitamin D"))
    expectMasked(document, "--:")
    #expect(!document.scanString.contains("|  Vitamin"))
  }

  @Test func positionsAfterFrontMatter() throws {
    let source = "---\ntitle: Vitamin claims\ntags: [cure]\n---\n# Heading\n\nThe word cure here.\n"
    let document = try parsed(source, .markdown)
    expectMasked(document, "title")
    expectMasked(document, "tags")
    #expect(document.scanString.components(separatedBy: "cure").count == 2)
    expectProse(document, "Heading")
    expectProse(document, "cure", occurrence: 1)
    #expect(document.blocks.first?.kind == .heading)
  }

  @Test func tomlFrontMatterIsMasked() throws {
    let document = try parsed("+++\ntitle = \"Zinc\"\n+++\nBody text.\n", .markdown)
    expectMasked(document, "Zinc")
    #expect(document.blockTexts == ["Body text."])
  }

  @Test func unclosedFrontMatterIsNotFrontMatter() throws {
    let document = try parsed("---\nNot front matter.\n", .markdown)
    #expect(document.blockTexts == ["Not front matter."])
  }

  @Test func characterReferencesMapBackToTheFile() throws {
    let source = "St John&#8217;s Wort &amp; vitamin K &mdash; ask &rsquo;first&#x2019;.\n"
    let document = try parsed(source, .markdown)
    #expect(document.blockTexts == ["St John’s Wort & vitamin K — ask ’first’."])
    let scan = try #require(document.scanRange(of: "John’s"))
    #expect(document.sourceRange(scan) == document.fileRange(of: "John&#8217;s"))
    expectProse(document, "Wort")
    expectProse(document, "vitamin")
    expectProse(document, "ask")
    let dash = try #require(document.scanRange(of: "—"))
    #expect(document.sourceRange(dash) == document.fileRange(of: "&mdash;"))
    #expect(document.offsets.anchors.count == 5)
  }

  @Test func referencesAreNotDecodedInCode() throws {
    let document = try parsed("Use `&amp;` and &amp; here.\n", .markdown)
    #expect(document.blockTexts == ["Use" + String(repeating: " ", count: 9) + "and & here."])
  }

  @Test func crlfLineEndings() throws {
    let source = "# Title\r\n\r\nFirst line of text\r\nsecond line here.\r\n\r\n- item one\r\n- item two\r\n"
    let document = try parsed(source, .markdown)
    #expect(document.blockTexts == ["Title", "First line of text\r\nsecond line here.", "item one", "item two"])
    for word in ["Title", "First", "second", "one", "two"] { expectProse(document, word) }
    let second = try #require(document.fileRange(of: "second"))
    #expect(document.source.position(of: second.lowerBound) == SourceText.Position(line: 4, column: 1))
    #expect(document.sentenceTexts[1] == "First line of text\r\nsecond line here.")
  }

  @Test func loneCarriageReturns() throws {
    let source = "Para one.\rStill one.\r\rPara two.\r"
    let document = try parsed(source, .markdown)
    #expect(document.blockTexts == ["Para one.\rStill one.", "Para two."])
    let two = try #require(document.fileRange(of: "two"))
    #expect(document.source.position(of: two.lowerBound) == SourceText.Position(line: 4, column: 6))
  }

  @Test func byteOrderMarkIsMasked() throws {
    let document = try DocumentParser.parse(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("# Zinc\n".utf8),
      format: .markdown)
    expectInvariants(document)
    #expect(document.text.prefix(3) == [0x20, 0x20, 0x20])
    #expect(document.blocks.first?.range == 5..<9)
    // Editors do not count the mark: "Zinc" is in column 3 of line 1.
    #expect(document.source.position(of: 5) == SourceText.Position(line: 1, column: 3))
    #expect(document.source.position(of: 5, unit: .utf8) == SourceText.Position(line: 1, column: 3))
  }

  @Test func controlCommentRanges() throws {
    let comment = "<!-- claimlint-disable-next-line causal/observational -- cited trial -->"
    let inline = "<!--claimlint-disable-line dose/upper-limit-->"
    let source = "Intro.\n\n\(comment)\nCoffee causes longevity.\n\nTake 5000 IU \(inline) daily.\n\n"
      + "```\n<!-- claimlint-disable -->\n```\n"
    let document = try parsed(source, .markdown)
    #expect(document.controlComments.count == 2)
    #expect(document.controlComments.map(\.body) == [
      "claimlint-disable-next-line causal/observational -- cited trial",
      "claimlint-disable-line dose/upper-limit",
    ])
    #expect(document.controlComments.first?.range == document.fileRange(of: comment))
    #expect(document.controlComments.last?.range == document.fileRange(of: inline))
    expectMasked(document, "claimlint")
    expectProse(document, "Coffee")
    expectProse(document, "daily")
  }

  @Test func multiLineControlComment() throws {
    let source = "<!--\n  claimlint-disable causal/observational\n-->\nText after.\n"
    let document = try parsed(source, .markdown)
    #expect(document.controlComments.map(\.body) == ["claimlint-disable causal/observational"])
    #expect(document.controlComments.first?.range == 0..<source.utf8.count - "Text after.\n".utf8.count - 1)
    #expect(document.blockTexts == ["Text after."])
  }

  @Test func ordinaryCommentsAreMaskedButNotRecorded() throws {
    let document = try parsed("Before <!-- vitamin cures --> after.\n\n<!-- TODO cures -->\n", .markdown)
    #expect(document.controlComments.isEmpty)
    expectMasked(document, "cures")
    #expect(document.blockTexts == ["Before" + String(repeating: " ", count: 24) + "after."])
  }
}
