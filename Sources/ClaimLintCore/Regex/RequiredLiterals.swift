/// What a piece of a PCRE2 pattern is known to match, for the literal prefilter (``LiteralPrefilter``).
///
/// Literals are ASCII and lower-cased; the prefilter compares them without regard to ASCII case, whatever
/// the pattern's flags, so case-sensitive parts only make it search more often, never less.
struct RequiredLiterals: Sendable {
  /// A set of literals one of which a match contains.
  typealias Choice = [[UInt8]]

  /// Every string the piece can match, when that is a small set of ASCII strings ("" when it can match
  /// nothing at all, as an assertion does); a string may be listed twice.
  var exact: Choice?
  /// Choices every match of the piece satisfies, all of them, most selective first; empty when none is
  /// known.
  var required: [Choice] = []
  /// Strings one of which every match of the piece starts with; `[[]]` when none is known. A lexicon's
  /// trie `ca(?:lcium|rnitine)…` gives "calcium" and "carnitine", where its runs alone give "ca".
  var prefixes: Choice = [[]]

  /// The most strings an exact set may hold before it is given up: cross products grow fast.
  static let maximumExact = 64
  /// The most choices a piece keeps: a match must satisfy each, so a few narrow the search well.
  static let maximumChoices = 3
  /// The most prefixes a piece keeps; more are cut shorter until they fit (see ``fitted(_:)``).
  static let maximumPrefixes = 256
  /// The longest a prefix grows: longer ones find hardly less, and cost more to build.
  static let maximumPrefixLength = 8
  /// The shortest prefixes are cut to; below this they find too much to be worth keeping.
  static let shortestCut = 3

  /// A piece that matches only the empty string: an assertion, a comment, an option setting.
  static let empty = RequiredLiterals(exact: [[]])
  /// A piece that matches text nobody can name in advance: a class, a dot, a back reference.
  static let unknown = RequiredLiterals(exact: nil)

  /// A run of ASCII characters matched as written.
  static func literal(_ bytes: [UInt8]) -> RequiredLiterals {
    let lower = bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
    return RequiredLiterals(exact: [lower], prefixes: [lower])
  }

  static func literal(_ byte: UInt8) -> RequiredLiterals { literal([byte]) }

  /// The choices every match satisfies: the exact set when it cannot be empty, else `required`.
  var requirement: [Choice] {
    if let exact, !exact.contains(where: { $0.isEmpty }) { return [exact] }
    return required
  }

  /// The piece repeated at least `minimum` and at most `maximum` times (nil: no limit).
  func repeated(minimum: Int, maximum: Int?) -> RequiredLiterals {
    if minimum == 1 && maximum == 1 { return self }
    if minimum == 0 {
      guard maximum == 1, let exact, exact.count < Self.maximumExact else { return .unknown }
      return RequiredLiterals(exact: exact + [[]])
    }
    // The first repetition starts every match.
    return RequiredLiterals(exact: nil, required: requirement, prefixes: prefixes)
  }

  /// A sequence of pieces: runs of exact pieces are joined into longer literals, and the most selective
  /// choices among the runs and the other pieces are kept.
  static func sequence(_ items: [RequiredLiterals]) -> RequiredLiterals {
    var choices: [Choice] = []
    var run: Choice = [[]]
    var allExact = true
    func endRun() {
      if !run.contains(where: { $0.isEmpty }) { choices.append(run) }
      run = [[]]
    }
    for item in items {
      guard let exact = item.exact else {
        allExact = false
        endRun()
        choices += item.required
        continue
      }
      if let joined = product(run, exact, limit: maximumExact) {
        run = joined
      } else {
        allExact = false
        endRun()
        run = exact
      }
    }
    let whole = allExact ? run : nil
    endRun()
    // An exact sequence is its own prefixes, and already a choice.
    let prefixes = whole.map(fitted) ?? prefixes(of: items)
    if whole == nil, !prefixes.contains(where: { $0.isEmpty }), prefixes != choices.first {
      choices.append(prefixes)
    }
    // Scored once each (a stable sort, as before); key-path closures here cost a tenth of the prefilter.
    let best = choices.map { (score($0), $0) }.sorted { $0.0 > $1.0 }.prefix(maximumChoices).map { $0.1 }
    return RequiredLiterals(exact: whole, required: best, prefixes: prefixes)
  }

  /// The prefixes of a sequence: the exact pieces from its start joined, then the prefixes of the first
  /// piece that is not exact; as far as they stay few enough.
  private static func prefixes(of items: [RequiredLiterals]) -> Choice {
    var joined: Choice = [[]]
    for item in items {
      if joined.allSatisfy({ $0.count >= maximumPrefixLength }) { break }
      guard let longer = product(joined, item.exact ?? item.prefixes, limit: maximumPrefixes) else { break }
      joined = longer.map { $0.count > maximumPrefixLength ? Array($0.prefix(maximumPrefixLength)) : $0 }
      if item.exact == nil { break }
    }
    return joined
  }

  /// `choice` with its strings cut shorter, down to ``shortestCut`` bytes, until at most
  /// ``maximumPrefixes`` distinct ones remain; `[[]]` when even that is too many.
  private static func fitted(_ choice: Choice) -> Choice {
    guard choice.count > maximumPrefixes else { return choice }
    var length = choice.lazy.map(\.count).max() ?? 0
    while length > shortestCut {
      length -= 1
      var seen = Set<ArraySlice<UInt8>>()
      let cut = choice.compactMap { string -> [UInt8]? in
        let head = string.prefix(length)
        return seen.insert(head).inserted ? Array(head) : nil
      }
      if cut.count <= maximumPrefixes { return cut }
    }
    return [[]]
  }

  /// Alternatives: each branch's best choice together, known only when every branch has one.
  static func alternation(_ branches: [RequiredLiterals]) -> RequiredLiterals {
    var exact: Choice? = []
    var union: Choice? = []
    var prefixes: Choice = []
    for branch in branches {
      if let set = branch.exact, let all = exact, all.count + set.count <= maximumExact {
        exact = all + set
      } else {
        exact = nil
      }
      if let best = branch.requirement.first {
        union?.append(contentsOf: best)
      } else {
        union = nil
      }
      prefixes += branch.prefixes
    }
    let known = prefixes.contains(where: { $0.isEmpty }) ? [[]] : fitted(prefixes)
    return RequiredLiterals(exact: exact, required: union.map { [$0] } ?? [], prefixes: known)
  }

  /// Every concatenation of a string of `first` and a string of `second`, unless there are more than `limit`.
  private static func product(_ first: Choice, _ second: Choice, limit: Int) -> Choice? {
    if first.count == 1 && second.count == 1 { return [first[0] + second[0]] }
    guard first.count * second.count <= limit else { return nil }
    var result: Choice = []
    for head in first {
      for tail in second { result.append(head + tail) }
    }
    return result
  }

  /// How selective a choice is: the length of its shortest literal (longer ones occur less often, up to
  /// a point), then how few literals it has.
  private static func score(_ choice: Choice) -> (Int, Int) {
    (min(choice.lazy.map { $0.count }.min() ?? 0, 6), -choice.count)
  }
}
