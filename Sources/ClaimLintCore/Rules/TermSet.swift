/// Compiles many literal terms into one regex shaped as a trie, so that matching cost stays flat as a
/// lexicon grows: "heart attack", "heart disease" and "heart failure" share one `heart` prefix instead
/// of being tried one by one at every position of the text.
///
/// Terms are grouped by case sensitivity and by which edges need a word boundary (see ``TermPattern``);
/// each group gets its boundaries once, around its trie.
enum TermSet {
  /// A regex alternation (without an enclosing group) matching any of `terms`.
  static func regex(for terms: [(term: String, caseSensitive: Bool)]) -> String {
    var fragments = Fragments()
    var tries: [GroupKey: Trie] = [:]
    var order: [GroupKey] = []
    var tokens: [Int] = []
    for (term, caseSensitive) in terms {
      let collapsed = term.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
      guard let firstScalar = collapsed.unicodeScalars.first, let lastScalar = collapsed.unicodeScalars.last else {
        continue
      }
      let key = GroupKey(
        caseSensitive: caseSensitive || TermPattern.isAcronym(collapsed),
        leadBoundary: TermPattern.isWordScalar(firstScalar), trailBoundary: TermPattern.isWordScalar(lastScalar))
      if tries[key] == nil {
        tries[key] = Trie()
        order.append(key)
      }
      tokens.removeAll(keepingCapacity: true)
      for character in collapsed { tokens.append(fragments.id(of: character, caseSensitive: key.caseSensitive)) }
      tries[key]!.insert(tokens)
    }
    let ranks = fragments.ranks()
    return order.map { key in
      var body = key.leadBoundary ? TermPattern.leadBoundary : ""
      body += "(?:"
      tries[key]!.appendRegex(of: 0, to: &body, fragments: fragments.texts, ranks: ranks)
      body += ")"
      if key.trailBoundary { body += TermPattern.trailBoundary }
      return key.caseSensitive ? "(?-i:\(body))" : body
    }.joined(separator: "|")
  }

  private struct GroupKey: Hashable {
    var caseSensitive: Bool
    var leadBoundary: Bool
    var trailBoundary: Bool
  }

  /// The regex fragment of each distinct character (``TermPattern/fragment(for:)``, lowercased first where
  /// the group ignores case), made once and numbered.
  private struct Fragments {
    var texts: [String] = []
    private var idByText: [String: Int] = [:]
    private var idByCharacter: [Character: Int] = [:]
    private var idByFoldedCharacter: [Character: Int] = [:]

    mutating func id(of character: Character, caseSensitive: Bool) -> Int {
      if let known = caseSensitive ? idByCharacter[character] : idByFoldedCharacter[character] { return known }
      let text = TermPattern.fragment(for: caseSensitive ? character : Character(character.lowercased()))
      let id = idByText[text] ?? texts.count
      if id == texts.count {
        texts.append(text)
        idByText[text] = id
      }
      if caseSensitive { idByCharacter[character] = id } else { idByFoldedCharacter[character] = id }
      return id
    }

    /// Each fragment's place in the sorted order of their texts: branches are emitted in that order.
    func ranks() -> [Int] {
      var ranks = [Int](repeating: 0, count: texts.count)
      for (rank, id) in texts.indices.sorted(by: { texts[$0] < texts[$1] }).enumerated() { ranks[id] = rank }
      return ranks
    }
  }

  /// A trie over fragment numbers in flat arrays: node 0 is the root.
  private struct Trie {
    /// Each node's children as (fragment, node), in insertion order.
    private var children: [[(fragment: Int, node: Int)]] = [[]]
    private var isTerminal: [Bool] = [false]

    mutating func insert(_ tokens: [Int]) {
      var node = 0
      for token in tokens {
        if let child = children[node].first(where: { $0.fragment == token })?.node {
          node = child
        } else {
          children.append([])
          isTerminal.append(false)
          children[node].append((token, children.count - 1))
          node = children.count - 1
        }
      }
      isTerminal[node] = true
    }

    /// Appends the continuation of `node` as a regex; an ending term there makes the rest optional
    /// (greedy, so the longest term is tried first).
    func appendRegex(of node: Int, to out: inout String, fragments: [String], ranks: [Int]) {
      let branches = children[node].sorted { ranks[$0.fragment] < ranks[$1.fragment] }
      guard !branches.isEmpty else { return }
      let single = branches.count == 1
      if isTerminal[node] || !single { out += "(?:" }
      for (index, branch) in branches.enumerated() {
        if index > 0 { out += "|" }
        out += fragments[branch.fragment]
        appendRegex(of: branch.node, to: &out, fragments: fragments, ranks: ranks)
      }
      if isTerminal[node] { out += ")?" } else if !single { out += ")" }
    }
  }
}
