/// The named character references claimlint decodes: every HTML 4 name (all of Latin-1, Greek, typographic
/// quotes and dashes, math and arrows) plus the HTML5 names common in web copy (`&apos;`, `&check;`,
/// `&frac13;`, `&hyphen;` …). Names are case-sensitive, as in HTML.
enum NamedCharacterReferences {
  /// Name (without `&` and `;`) → code point.
  static let table: [String: UInt32] = {
    var table: [String: UInt32] = [:]
    for (offset, name) in latin1.enumerated() { table[name] = 0xA0 + UInt32(offset) }
    for (offset, name) in greekUpper.enumerated() where !name.isEmpty { table[name] = 0x391 + UInt32(offset) }
    for (offset, name) in greekLower.enumerated() { table[name] = 0x3B1 + UInt32(offset) }
    for (name, value) in others { table[name] = value }
    return table
  }()

  /// U+00A0 … U+00FF in order.
  private static let latin1: [String] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not",
    "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1",
    "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml",
    "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH",
    "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute",
    "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
  ]

  /// U+0391 … U+03A9 in order (U+03A2 is unassigned).
  private static let greekUpper: [String] = [
    "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu", "Nu",
    "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega",
  ]

  /// U+03B1 … U+03C9 in order.
  private static let greekLower: [String] = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
    "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
  ]

  private static let others: [(String, UInt32)] = [
    // ASCII
    ("quot", 0x22), ("QUOT", 0x22), ("amp", 0x26), ("AMP", 0x26), ("apos", 0x27), ("lt", 0x3C), ("LT", 0x3C),
    ("gt", 0x3E), ("GT", 0x3E), ("Tab", 0x09), ("NewLine", 0x0A), ("excl", 0x21), ("num", 0x23),
    ("dollar", 0x24), ("percnt", 0x25), ("lpar", 0x28), ("rpar", 0x29), ("ast", 0x2A), ("plus", 0x2B),
    ("comma", 0x2C), ("period", 0x2E), ("sol", 0x2F), ("colon", 0x3A), ("semi", 0x3B), ("equals", 0x3D),
    ("quest", 0x3F), ("commat", 0x40), ("lsqb", 0x5B), ("lbrack", 0x5B), ("bsol", 0x5C), ("rsqb", 0x5D),
    ("rbrack", 0x5D), ("Hat", 0x5E), ("lowbar", 0x5F), ("grave", 0x60), ("lcub", 0x7B), ("lbrace", 0x7B),
    ("verbar", 0x7C), ("vert", 0x7C), ("rcub", 0x7D), ("rbrace", 0x7D),
    // Latin-1 aliases
    ("COPY", 0xA9), ("REG", 0xAE), ("circledR", 0xAE), ("pm", 0xB1), ("PlusMinus", 0xB1), ("half", 0xBD),
    ("centerdot", 0xB7), ("div", 0xF7), ("angst", 0xC5), ("die", 0xA8), ("Dot", 0xA8), ("strns", 0xAF),
    // Latin Extended, spacing modifiers
    ("OElig", 0x152), ("oelig", 0x153), ("Scaron", 0x160), ("scaron", 0x161), ("Yuml", 0x178), ("fnof", 0x192),
    ("circ", 0x2C6), ("tilde", 0x2DC), ("thetasym", 0x3D1), ("upsih", 0x3D2), ("piv", 0x3D6),
    ("ohm", 0x3A9), ("epsiv", 0x3F5), ("phiv", 0x3D5), ("sigmav", 0x3C2),
    // Spaces and invisible characters
    ("ensp", 0x2002), ("emsp", 0x2003), ("emsp13", 0x2004), ("emsp14", 0x2005), ("numsp", 0x2007),
    ("puncsp", 0x2008), ("thinsp", 0x2009), ("ThinSpace", 0x2009), ("hairsp", 0x200A), ("ZeroWidthSpace", 0x200B),
    ("zwnj", 0x200C), ("zwj", 0x200D), ("lrm", 0x200E), ("rlm", 0x200F), ("NoBreak", 0x2060),
    ("NonBreakingSpace", 0xA0),
    // Dashes, quotes, bullets
    ("hyphen", 0x2010), ("dash", 0x2010), ("ndash", 0x2013), ("mdash", 0x2014), ("horbar", 0x2015),
    ("Verbar", 0x2016), ("lsquo", 0x2018), ("OpenCurlyQuote", 0x2018), ("rsquo", 0x2019), ("rsquor", 0x2019),
    ("CloseCurlyQuote", 0x2019), ("sbquo", 0x201A), ("lsquor", 0x201A), ("ldquo", 0x201C),
    ("OpenCurlyDoubleQuote", 0x201C), ("rdquo", 0x201D), ("rdquor", 0x201D), ("CloseCurlyDoubleQuote", 0x201D),
    ("bdquo", 0x201E), ("ldquor", 0x201E), ("dagger", 0x2020), ("Dagger", 0x2021), ("ddagger", 0x2021),
    ("bull", 0x2022), ("bullet", 0x2022), ("nldr", 0x2025), ("hellip", 0x2026), ("mldr", 0x2026),
    ("permil", 0x2030), ("pertenk", 0x2031), ("prime", 0x2032), ("Prime", 0x2033), ("tprime", 0x2034),
    ("lsaquo", 0x2039), ("rsaquo", 0x203A), ("oline", 0x203E), ("caret", 0x2041), ("frasl", 0x2044),
    ("euro", 0x20AC), ("numero", 0x2116), ("copysr", 0x2117), ("trade", 0x2122), ("TRADE", 0x2122),
    ("image", 0x2111), ("weierp", 0x2118), ("real", 0x211C), ("alefsym", 0x2135), ("ell", 0x2113),
    ("mho", 0x2127), ("incare", 0x2105), ("planck", 0x210F),
    // Fractions
    ("frac13", 0x2153), ("frac23", 0x2154), ("frac15", 0x2155), ("frac25", 0x2156), ("frac35", 0x2157),
    ("frac45", 0x2158), ("frac16", 0x2159), ("frac56", 0x215A), ("frac18", 0x215B), ("frac38", 0x215C),
    ("frac58", 0x215D), ("frac78", 0x215E),
    // Arrows
    ("larr", 0x2190), ("leftarrow", 0x2190), ("uarr", 0x2191), ("uparrow", 0x2191), ("rarr", 0x2192),
    ("rightarrow", 0x2192), ("darr", 0x2193), ("downarrow", 0x2193), ("harr", 0x2194), ("crarr", 0x21B5),
    ("lArr", 0x21D0), ("uArr", 0x21D1), ("rArr", 0x21D2), ("Implies", 0x21D2), ("dArr", 0x21D3),
    ("hArr", 0x21D4),
    // Mathematics
    ("forall", 0x2200), ("part", 0x2202), ("exist", 0x2203), ("empty", 0x2205), ("nabla", 0x2207),
    ("isin", 0x2208), ("notin", 0x2209), ("ni", 0x220B), ("prod", 0x220F), ("sum", 0x2211), ("minus", 0x2212),
    ("mnplus", 0x2213), ("lowast", 0x2217), ("radic", 0x221A), ("Sqrt", 0x221A), ("prop", 0x221D),
    ("infin", 0x221E), ("ang", 0x2220), ("and", 0x2227), ("or", 0x2228), ("cap", 0x2229), ("cup", 0x222A),
    ("int", 0x222B), ("there4", 0x2234), ("therefore", 0x2234), ("because", 0x2235), ("sim", 0x223C),
    ("cong", 0x2245), ("asymp", 0x2248), ("approx", 0x2248), ("ap", 0x2248), ("ne", 0x2260), ("equiv", 0x2261),
    ("le", 0x2264), ("leq", 0x2264), ("ge", 0x2265), ("geq", 0x2265), ("ll", 0x226A), ("gg", 0x226B),
    ("sub", 0x2282), ("sup", 0x2283), ("nsub", 0x2284), ("sube", 0x2286), ("supe", 0x2287), ("oplus", 0x2295),
    ("otimes", 0x2297), ("perp", 0x22A5), ("sdot", 0x22C5), ("lceil", 0x2308), ("rceil", 0x2309),
    ("lfloor", 0x230A), ("rfloor", 0x230B), ("lang", 0x27E8), ("rang", 0x27E9), ("langle", 0x27E8),
    ("rangle", 0x27E9),
    // Shapes and symbols
    ("loz", 0x25CA), ("squ", 0x25A1), ("square", 0x25A1), ("blacksquare", 0x25AA), ("starf", 0x2605),
    ("bigstar", 0x2605), ("star", 0x2606), ("phone", 0x260E), ("female", 0x2640), ("male", 0x2642),
    ("spades", 0x2660), ("clubs", 0x2663), ("hearts", 0x2665), ("diams", 0x2666), ("sung", 0x266A),
    ("flat", 0x266D), ("natural", 0x266E), ("sharp", 0x266F), ("check", 0x2713), ("checkmark", 0x2713),
    ("cross", 0x2717), ("malt", 0x2720), ("sext", 0x2736), ("lozf", 0x29EB), ("blacklozenge", 0x29EB),
  ]
}
