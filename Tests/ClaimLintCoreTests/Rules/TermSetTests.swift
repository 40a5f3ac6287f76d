import Testing

@testable import ClaimLintCore

/// The trie regex of ``TermSet`` is built over numbered fragments in flat arrays; on every built-in
/// lexicon, and on terms chosen for the trie's edge cases, it must be the regex the plain trie of
/// strings below makes, character for character.
@Suite struct TermSetTests {
  @Test func everyBuiltInLexiconGivesThePlainRegex() {
    var checked = 0
    var all: [(term: String, caseSensitive: Bool)] = []
    for file in EmbeddedRuleFiles.files where !file.name.hasSuffix(".tsv") {
      let (lexicons, _, _) = RuleFileParser(file: file.name, text: file.contents).parse()
      for lexicon in lexicons {
        let terms = LexiconCompiler.regexTerms(lexicon)
        guard !terms.isEmpty else { continue }
        #expect(TermSet.regex(for: terms) == PlainTermSet.regex(for: terms), "\(lexicon.name)")
        all += terms
        checked += 1
      }
    }
    #expect(checked > 30)
    #expect(TermSet.regex(for: all) == PlainTermSet.regex(for: all))
  }

  @Test func edgeCasesGiveThePlainRegex() {
    let terms: [(term: String, caseSensitive: Bool)] = [
      ("heart", false), ("heart attack", false), ("heart  failure", false), ("Heart", false), ("HDL", false),
      ("HDL-C", false), ("pH", true), ("vitamin D3", false), ("vitamin d", false), ("ω-3", false), ("µg", false),
      ("μg", false), ("don't", false), ("don’t", false), ("(a+b)", false), ("a.b", false), ("", false), ("  ", false),
      ("-ish", false), ("x-", false), ("café", false), ("CAFÉ", false), ("e\u{301}", false), ("İstanbul", false),
    ]
    #expect(TermSet.regex(for: terms) == PlainTermSet.regex(for: terms))
    #expect(TermSet.regex(for: []) == PlainTermSet.regex(for: []))
    #expect(TermSet.regex(for: [("a", false), ("ab", false), ("abc", false)]) == "(?<![\\w])(?<![\\w][-‐‑])(?:a(?:b(?:c)?)?)(?![\\w])(?![-‐‑][\\w])")
  }
}

extension TermSetTests {
  /// The byte-wise test for ASCII terms agrees with the test by characters.
  @Test func asciiAcronymsAgreeWithTheCharacterTest() {
    func byCharacters(_ term: String) -> Bool {
      let letters = term.filter(\.isLetter)
      let alphanumerics = term.filter { $0.isLetter || $0.isNumber }
      return !letters.isEmpty && letters.allSatisfy(\.isUppercase) && alphanumerics.count >= 2
        && term.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
    let words = ["HDL", "HDL-C", "A", "A1", "1A", "11", "B12", "Hdl", "HDL C", "-", "A-", "COVID-19", "", "pH", "X_Y", "ABC.", "ÉPA", "ÉP", "aÉ", "HDLé", "HDLÉ", "É-1"]
    for word in words { #expect(TermPattern.isAcronym(word) == byCharacters(word), "\(word)") }
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("AZaz09-_ .Éé")
    for _ in 0..<2000 {
      let word = String((0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      #expect(TermPattern.isAcronym(word) == byCharacters(word), "\(word)")
    }
  }
}

/// The trie of strings ``TermSet`` was first written as: the reference for its output.
private enum PlainTermSet {
  static func regex(for terms: [(term: String, caseSensitive: Bool)]) -> String {
    var groups: [GroupKey: Node] = [:]
    var order: [GroupKey] = []
    for (term, caseSensitive) in terms {
      let collapsed = term.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
      guard !collapsed.isEmpty else { continue }
      let scalars = Array(collapsed.unicodeScalars)
      let key = GroupKey(
        caseSensitive: caseSensitive || TermPattern.isAcronym(collapsed),
        leadBoundary: TermPattern.isWordScalar(scalars[0]),
        trailBoundary: TermPattern.isWordScalar(scalars[scalars.count - 1]))
      if groups[key] == nil {
        groups[key] = Node()
        order.append(key)
      }
      let tokens = collapsed.map { character in
        TermPattern.fragment(for: key.caseSensitive ? character : Character(character.lowercased()))
      }
      groups[key]!.insert(tokens[...])
    }
    return order.map { key in
      let lead = key.leadBoundary ? TermPattern.leadBoundary : ""
      let trail = key.trailBoundary ? TermPattern.trailBoundary : ""
      let body = "\(lead)(?:\(groups[key]!.regex))\(trail)"
      return key.caseSensitive ? "(?-i:\(body))" : body
    }.joined(separator: "|")
  }

  struct GroupKey: Hashable {
    var caseSensitive: Bool
    var leadBoundary: Bool
    var trailBoundary: Bool
  }

  /// A trie node keyed by regex fragments (one per character of a term).
  final class Node {
    var children: [String: Node] = [:]
    var isTerminal = false

    func insert(_ tokens: ArraySlice<String>) {
      guard let first = tokens.first else {
        isTerminal = true
        return
      }
      let child = children[first] ?? Node()
      children[first] = child
      child.insert(tokens.dropFirst())
    }

    /// This node's continuation as a regex; an ending term here makes the rest optional (greedy, so the
    /// longest term is tried first).
    var regex: String {
      let branches = children.keys.sorted().map { $0 + children[$0]!.regex }
      guard !branches.isEmpty else { return "" }
      let alternation = branches.count == 1 ? branches[0] : "(?:" + branches.joined(separator: "|") + ")"
      guard isTerminal else { return alternation }
      return branches.count == 1 ? "(?:\(alternation))?" : "\(alternation)?"
    }
  }
}
