import Testing

@testable import ClaimLintCore

/// The kind of copy (product page, news, reference page, article) per document and section, from the
/// built-in `context-*` lexicons.
@Suite("Document kinds")
struct DocumentKindTests {
  static let ruleSet = RuleSet.load(RuleSource.defaults(includingRules: false)).ruleSet

  /// The document's kind and each section's, for Markdown `text`.
  private func kinds(_ text: String) throws -> (document: DocumentKind, sections: [DocumentKind]) {
    let document = try DocumentParser.parse(path: "page.md", text: text, format: .markdown)
    return DocumentKindDetector(document: document, signals: Self.ruleSet.kindSignals).kinds()
  }

  @Test func aCartOrALabelMakesAProductPage() throws {
    #expect(try kinds("# Spring tonic\n\nFresh every week.\n\nAdd to cart\n").document == .product)
    #expect(try kinds("# Notes\n\nSupplement Facts\nServing size: 2 capsules\n").document == .product)
  }

  @Test func aProductNameAsTitleMakesAProductPageUnlessItReadsAsNews() throws {
    #expect(try kinds("# Meadowlark Joint Capsules\n\nGentle on the stomach.\n").document == .product)
    #expect(try kinds("# NutriMaxx\n\nGentle on the stomach.\n").document == .product)
    let release = """
      # Meadowlark Joint Capsules

      The capsules were tested in 90 adults, researchers at the clinic said.

      "We saw less stiffness," said the lead author, according to the press office.
      """
    #expect(try kinds(release).document == .news)
  }

  @Test func aHeadlineOrQuestionIsNoProductName() throws {
    #expect(try kinds("# Fighting Gum Disease with Better Brushing\n\nBrush twice a day.\n").document == .article)
    #expect(try kinds("# Should you take a fish oil supplement?\n\nMaybe not.\n").document == .article)
  }

  @Test func referenceHeadingsMakeAReferencePage() throws {
    let page = "# Gout\n\n## Symptoms of gout\n\nPain in a joint.\n\n## Causes\n\nUric acid.\n\n## When to see a GP\n\nSoon.\n"
    #expect(try kinds(page).document == .reference)
  }

  @Test func theSectionsUnderAProductHeadingPromoteIt() throws {
    let page = "# Caring for dry skin\n\nMoisturise daily.\n\n## Meadowlark Night Cream\n\nRich.\n\n### Why we love it\n\nSoft.\n\n## Washing\n\nLukewarm water.\n"
    let found = try kinds(page)
    #expect(found.document == .article)
    #expect(found.sections == [.article, .product, .product, .article])
  }

  @Test func aBrandAloneAsASectionHeadingDoesNotPromote() throws {
    let page = "# Weight loss plans\n\nSeveral plans exist.\n\n## SlimWell\n\nA weekly group.\n"
    #expect(try kinds(page).sections == [.article, .article])
  }

  @Test func theSellersVoiceMakesAProductPage() throws {
    let page = "# Winter walks\n\nWrap up warm.\n\n## A word from us\n\nOur formula keeps you going.\n"
    #expect(try kinds(page).document == .product)
    #expect(try kinds("# Winter walks\n\nWrap up warm. Boost your energy!\n").document == .product)
  }
}
