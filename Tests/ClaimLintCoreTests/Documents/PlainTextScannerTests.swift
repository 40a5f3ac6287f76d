import Testing
@testable import ClaimLintCore

@Suite struct PlainTextScannerTests {
  @Test func paragraphsAndListItems() throws {
    let source = """
      Vitamin D helps absorb calcium.
      It is made in the skin.

      - Oily fish
        and eggs
      * Fortified milk
      • Sunlight
      1. Step one
      2) Step two
      Back to prose.
      """
    let document = try parsed(source, .text)
    #expect(document.blockTexts == ["Vitamin D helps absorb calcium.\nIt is made in the skin.", "Oily fish\n  and eggs",
      "Fortified milk", "Sunlight", "Step one", "Step two", "Back to prose."])
    #expect(document.blocks.map(\.kind) == [.paragraph] + Array(repeating: .listItem, count: 5) + [.paragraph])
    #expect(document.sentenceTexts.prefix(2) == ["Vitamin D helps absorb calcium.", "It is made in the skin."])
    expectMasked(document, "•")
    expectProse(document, "Sunlight")
  }

  @Test func unwrappedLinesRule() throws {
    let long = String(repeating: "Magnesium is needed to activate vitamin D. ", count: 4)
    let document = try parsed("Heading line\n\(long)\nShort closing line.\n", .text)
    #expect(document.blocks.count == 3)
    #expect(document.blockTexts[0] == "Heading line")
  }

  @Test func directiveLinesAndControlComments() throws {
    let directive = "  claimlint-disable-next-line causal/observational -- cohort study"
    let comment = "<!-- claimlint-enable -->"
    let source = "First paragraph.\n\(directive)\nCoffee causes longevity.\n\n"
      + "Text \(comment) more.\n<!-- plain comment --> stays.\n"
    let document = try parsed(source, .text)
    #expect(document.controlComments.map(\.body) == ["claimlint-disable-next-line causal/observational -- cohort study",
      "claimlint-enable"])
    #expect(document.controlComments[0].range == document.fileRange(of: directive))
    #expect(document.controlComments[1].range == document.fileRange(of: comment))
    expectMasked(document, "claimlint")
    #expect(document.collapsedBlockTexts == ["First paragraph.", "Coffee causes longevity.",
      "Text more. <!-- plain comment --> stays."])
  }

  @Test func crlfAndCarriageReturnOnly() throws {
    let crlf = try parsed("One line.\r\nSame paragraph.\r\n\r\nNext.\r\n", .text)
    #expect(crlf.blockTexts == ["One line.\r\nSame paragraph.", "Next."])
    let cr = try parsed("One line.\rSame paragraph.\r\rNext.\r", .text)
    #expect(cr.blockTexts == ["One line.\rSame paragraph.", "Next."])
    let next = try #require(cr.fileRange(of: "Next"))
    #expect(cr.source.position(of: next.lowerBound).line == 4)
  }

  @Test func urlsAreMaskedAndMarkupIsProse() throws {
    let document = try parsed("See https://example.org/cure or *this* `code`.\n", .text)
    expectMasked(document, "cure")
    #expect(document.collapsedBlockTexts == ["See or *this* `code`."])
  }
}
