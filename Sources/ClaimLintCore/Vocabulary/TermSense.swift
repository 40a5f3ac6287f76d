/// When a vocabulary term is meant in its vocabulary sense: the words around it, and flags rules may test.
///
/// Written in a vocabulary file's `sense` column as `;`-separated parts: `not-preceded-by=a|b c`,
/// `not-followed-by=…`, `only-preceded-by=…`, `only-followed-by=…` (alternatives separated by `|`, each one or
/// more words), and bare flags such as `food` or `ordinary-word`. "stroke" with
/// `not-preceded-by=back|breast` is not the disease in "breaststroke" or "back stroke".
struct TermSense: Sendable, Hashable {
  /// Each list holds word sequences as token hashes.
  var notPrecededBy: [[UInt64]] = []
  var notFollowedBy: [[UInt64]] = []
  var onlyPrecededBy: [[UInt64]] = []
  var onlyFollowedBy: [[UInt64]] = []
  var flags: Set<String> = []

  static let constraintNames = ["not-preceded-by", "not-followed-by", "only-preceded-by", "only-followed-by"]

  /// A problem in a sense column, with the byte offset of the part that is wrong.
  struct SyntaxError: Error {
    var message: String
    var offset: Int
  }

  /// Parses a sense column; word lists are normalized with `tokenizer`.
  init(_ text: String, tokenizer: TermTokenizer) throws(SyntaxError) {
    if text.isEmpty { return }  // nearly every row: no constraint, no flag
    var offset = 0
    for part in text.split(separator: ";", omittingEmptySubsequences: false) {
      defer { offset += part.utf8.count + 1 }
      let trimmed = part.trimmedWhitespace
      if trimmed.isEmpty { continue }
      guard let equals = trimmed.firstIndex(of: "=") else {
        guard trimmed.allSatisfy({ $0.isLowercase || $0 == "-" }) else {
          throw SyntaxError(message: "sense flag '\(trimmed)' must be lowercase kebab case", offset: offset)
        }
        flags.insert(trimmed)
        continue
      }
      let name = String(trimmed[..<equals])
      let alternatives = try Self.alternatives(trimmed[trimmed.index(after: equals)...], tokenizer, offset, name)
      switch name {
      case "not-preceded-by": notPrecededBy += alternatives
      case "not-followed-by": notFollowedBy += alternatives
      case "only-preceded-by": onlyPrecededBy += alternatives
      case "only-followed-by": onlyFollowedBy += alternatives
      default:
        throw SyntaxError(
          message: "unknown sense constraint '\(name)'; use \(Self.constraintNames.joined(separator: ", ")) or a flag",
          offset: offset)
      }
    }
  }

  init() {}

  private static func alternatives(
    _ list: Substring, _ tokenizer: TermTokenizer, _ offset: Int, _ name: String
  ) throws(SyntaxError) -> [[UInt64]] {
    var result: [[UInt64]] = []
    for alternative in list.split(separator: "|", omittingEmptySubsequences: false) {
      let hashes = tokenizer.keys(of: String(alternative)).map { TermTokenizer.hash($0.key) }
      guard !hashes.isEmpty else {
        throw SyntaxError(message: "'\(name)' has an empty alternative", offset: offset)
      }
      result.append(hashes)
    }
    return result
  }

  /// True when the term over `tokens[start..<end]` is meant in this sense.
  func admits(_ tokens: [TermToken], start: Int, end: Int) -> Bool {
    if notPrecededBy.contains(where: { Self.precedes($0, tokens, start) }) { return false }
    if notFollowedBy.contains(where: { Self.follows($0, tokens, end) }) { return false }
    if !onlyPrecededBy.isEmpty, !onlyPrecededBy.contains(where: { Self.precedes($0, tokens, start) }) { return false }
    if !onlyFollowedBy.isEmpty, !onlyFollowedBy.contains(where: { Self.follows($0, tokens, end) }) { return false }
    return true
  }

  var isEmpty: Bool {
    notPrecededBy.isEmpty && notFollowedBy.isEmpty && onlyPrecededBy.isEmpty && onlyFollowedBy.isEmpty
  }

  /// The words right before `start`, in the same run, are `words`.
  private static func precedes(_ words: [UInt64], _ tokens: [TermToken], _ start: Int) -> Bool {
    let first = start - words.count
    guard first >= 0 else { return false }
    for (offset, word) in words.enumerated() {
      let index = first + offset
      if tokens[index].hash != word || tokens[index].endsRun { return false }
    }
    return true
  }

  /// The words right after `end`, in the same run, are `words`.
  private static func follows(_ words: [UInt64], _ tokens: [TermToken], _ end: Int) -> Bool {
    guard end > 0, !tokens[end - 1].endsRun, end + words.count <= tokens.count else { return false }
    for (offset, word) in words.enumerated() {
      let index = end + offset
      if tokens[index].hash != word { return false }
      if offset < words.count - 1 && tokens[index].endsRun { return false }
    }
    return true
  }
}
