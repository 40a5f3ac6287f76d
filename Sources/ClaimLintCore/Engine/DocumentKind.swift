/// What kind of copy a document, or a section of it, is, as far as rules care: a page that promotes a
/// product, news, a reference page, or any other article. Rules test it with `{context: [product]}`.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// It sells or promotes a product: a shop page, a label, the seller's own voice, a product name as title.
  case product
  /// News or a press release: people are quoted, studies are reported.
  case news
  /// A reference page about a condition or a medicine: symptoms, causes, treatment, when to get help.
  case reference
  /// Anything else: a blog post, a feature, a newsletter.
  case article
}

/// The patterns that tell the kinds apart, compiled from the `context-*` lexicons (`Rules/context.yml`).
struct DocumentKindSignals: Sendable {
  /// Prices, carts, offers: one match makes the document a product page.
  var commerce: Pattern?
  /// A supplement label: facts panel, servings, directions, the DSHEA disclaimer.
  var label: Pattern?
  /// The seller's voice: "our formula", "this supplement", calls to buy, signed testimonials.
  var voice: Pattern?
  /// A title or heading that names a product by its form or a marketing word.
  var productName: Pattern?
  /// Weaker signs of a product name (brand-like tokens, formulation words), counted in the title only.
  var productTitle: Pattern?
  /// Attribution and study reports, as in news.
  var news: Pattern?
  /// The headings of a reference page.
  var reference: Pattern?

  /// The lexicon each signal is compiled from.
  static let lexiconNames = [
    "context-commerce", "context-label", "context-product-voice", "context-product-name", "context-product-title",
    "context-news", "context-reference",
  ]

  /// The signals from patterns by lexicon name (missing ones stay `nil`).
  init(patterns: [String: Pattern] = [:]) {
    commerce = patterns["context-commerce"]
    label = patterns["context-label"]
    voice = patterns["context-product-voice"]
    productName = patterns["context-product-name"]
    productTitle = patterns["context-product-title"]
    news = patterns["context-news"]
    reference = patterns["context-reference"]
  }

  /// Every signal that is defined.
  var patterns: [Pattern] {
    [commerce, label, voice, productName, productTitle, news, reference].compactMap { $0 }
  }
}
