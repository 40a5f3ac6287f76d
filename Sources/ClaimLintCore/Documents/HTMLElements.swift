/// Element categories the ``HTMLScanner`` needs.
enum HTMLElements {
  /// Elements whose start or end ends the current block of text.
  static let blockLevel: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "canvas", "caption", "center", "col", "colgroup", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
    "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "legend",
    "li", "main", "menu", "nav", "ol", "optgroup", "option", "p", "pre", "search", "section", "select", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "video", "audio", "picture", "object",
  ]

  /// Elements that never have content or an end tag.
  static let void: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
    "track", "wbr",
  ]

  /// Elements whose content is raw text up to their end tag and is never prose.
  static let rawText: Set<String> = ["script", "style", "textarea", "xmp", "iframe", "noembed", "noframes"]

  /// Elements whose content is parsed as HTML but is not prose: code, inert templates, `noscript` fallbacks
  /// (usually tracking pixels or "enable JavaScript" notices), and inline SVG or MathML.
  static let masked: Set<String> = ["pre", "code", "kbd", "samp", "tt", "template", "noscript", "svg", "math"]

  static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// Start tags that close an open `p`.
  static let closesParagraph: Set<String> = [
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
    "menu", "nav", "ol", "p", "pre", "search", "section", "summary", "table", "ul", "li", "dd", "dt",
  ]

  /// The block kind and heading level text directly inside `name` gets, or `nil` to inherit its parent's.
  static func kind(of name: String) -> (Block.Kind, Int)? {
    switch name {
    case "li": (.listItem, 0)
    case "td", "th": (.tableCell, 0)
    case "h1": (.heading, 1)
    case "h2": (.heading, 2)
    case "h3": (.heading, 3)
    case "h4": (.heading, 4)
    case "h5": (.heading, 5)
    case "h6": (.heading, 6)
    default: nil
    }
  }

  /// For a start tag `name`: the open elements it implicitly closes (searching down the stack until one of
  /// `boundaries`), as HTML's optional end tags do. (A heading start closes a heading that is the current
  /// element; the scanner handles that case itself.)
  static func implicitlyCloses(_ name: String) -> (closes: Set<String>, boundaries: Set<String>)? {
    switch name {
    case "li": (["li"], ["ul", "ol", "menu", "dir", "table"])
    case "dt", "dd": (["dt", "dd"], ["dl", "table"])
    case "td", "th": (["td", "th"], ["tr", "table"])
    case "tr": (["tr", "td", "th"], ["tbody", "thead", "tfoot", "table"])
    case "tbody", "thead", "tfoot": (["tbody", "thead", "tfoot", "tr", "td", "th"], ["table"])
    case "option": (["option"], ["select", "optgroup", "datalist"])
    case "optgroup": (["optgroup", "option"], ["select"])
    default: nil
    }
  }
}
