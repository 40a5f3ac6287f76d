/// Compiles many literal terms into one regex shaped as a trie, so that matching cost stays flat as a
/// lexicon grows: "heart attack", "heart disease" and "heart failure" share one `heart` prefix instead
/// of being tried one by one at every position of the text.
///
/// Terms are grouped by case sensitivity and by which edges need a word boundary (see ``TermPattern``);
/// each group gets its boundaries once, around its trie.
enum TermSet {
  /// A regex alternation (without an enclosing group) matching any of `terms`.
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

  private struct GroupKey: Hashable {
    var caseSensitive: Bool
    var leadBoundary: Bool
    var trailBoundary: Bool
  }

  /// A trie node keyed by regex fragments (one per character of a term).
  private final class Node {
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
