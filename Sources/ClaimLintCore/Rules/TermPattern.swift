/// Turns literal lexicon terms into regex alternatives with correct word boundaries.
///
/// A boundary is added only where the term starts or ends with a word character, so terms that end in
/// punctuation or symbols ("MK-7", "K2+", "µg") still match (Vale #1154). Hyphenated compounds count as
/// one word: "K" does not match inside "K-dependent". Inside a term, a space matches any run of
/// whitespace or a hyphen, a hyphen matches any Unicode hyphen, an apostrophe matches straight and curly
/// ones, and µ matches both the micro sign and Greek mu. Acronyms written in capitals ("EPA", "MK-7",
/// "K2") match case-sensitively; every other term ignores case.
enum TermPattern {
  /// The regex for one term (without inflection).
  static func regex(for term: String, caseSensitive: Bool) -> String {
    let trimmed = term.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    var body = ""
    for character in trimmed {
      body += fragment(for: character)
    }
    let scalars = Array(trimmed.unicodeScalars)
    let startsWithWord = scalars.first.map(isWordScalar) ?? false
    let endsWithWord = scalars.last.map(isWordScalar) ?? false
    let lead = startsWithWord ? leadBoundary : ""
    let trail = endsWithWord ? trailBoundary : ""
    let sensitive = caseSensitive || isAcronym(trimmed)
    return sensitive ? "(?-i:\(lead)\(body)\(trail))" : "\(lead)\(body)\(trail)"
  }

  /// True for capitalised acronyms such as "EPA", "DHA", "MK-7", "K2" (letters all upper case, two or more
  /// letters and digits).
  static func isAcronym(_ term: String) -> Bool {
    if let ascii = term.utf8.withContiguousStorageIfAvailable(asciiAcronym), let ascii { return ascii }
    let letters = term.filter(\.isLetter)
    let alphanumerics = term.filter { $0.isLetter || $0.isNumber }
    return !letters.isEmpty && letters.allSatisfy(\.isUppercase) && alphanumerics.count >= 2
      && term.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
  }

  /// ``isAcronym(_:)`` byte by byte (no lowercase letter, at least one letter, two or more letters and
  /// digits, nothing but letters, digits and hyphens), or `nil` at a non-ASCII byte met before the answer
  /// is known.
  private static func asciiAcronym(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var letters = 0
    var alphanumerics = 0
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        letters += 1
        alphanumerics += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9"): alphanumerics += 1
      case UInt8(ascii: "-"): break
      case 0x80...: return nil
      default: return false
      }
    }
    return letters > 0 && alphanumerics >= 2
  }

  /// No word character (or word character and hyphen) right before.
  static let leadBoundary = #"(?<![\w])(?<![\w][-‐‑])"#
  /// No word character (or hyphen and word character) right after.
  static let trailBoundary = #"(?![\w])(?![-‐‑][\w])"#

  /// The regex for one word, each character escaped and matched as in a term.
  static func fragment(forWord word: String) -> String {
    word.map { fragment(for: $0) }.joined()
  }

  /// The regex for one character of a term.
  static func fragment(for character: Character) -> String {
    switch character {
    case " ", "\t", "\n": return #"(?:\s+|\s*[-‐‑]\s*)"#
    case "-", "‐", "‑": return "[-‐‑]"
    case "'", "’", "‘": return "['’‘]"
    case "\"", "“", "”": return "[\"“”]"
    case "µ", "μ": return "[µμ]"
    default:
      return character.unicodeScalars.map { scalar in
        regexSpecials.contains(scalar) ? "\\" + String(scalar) : String(scalar)
      }.joined()
    }
  }

  private static let regexSpecials = Set(#"\^$.|?*+()[]{}/#"#.unicodeScalars)

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
  }
}
