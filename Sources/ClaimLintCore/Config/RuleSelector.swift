/// Names rules in configuration and suppression comments: one id, a family (`caveat/*`) or every rule.
public enum RuleSelector: Sendable, Hashable, CustomStringConvertible {
  /// `*` in configuration, `all` in comments.
  case all
  /// `family/*`.
  case family(String)
  /// `family/name`.
  case rule(String)

  /// Parses a configuration key (`*`, `caveat/*`, `caveat/x`); `allWord` also accepts `all` for `*`.
  /// Returns `nil` for text that is none of these.
  public init?(_ text: String, allWord: String = "*") {
    if text == allWord || text == "*" {
      self = .all
      return
    }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, Self.isName(parts[0]) else { return nil }
    if parts[1] == "*" {
      self = .family(String(parts[0]))
    } else if Self.isName(parts[1]) {
      self = .rule(text)
    } else {
      return nil
    }
  }

  /// Lowercase kebab case, as rule ids are written: `[a-z0-9]+(-[a-z0-9]+)*`.
  private static func isName(_ text: Substring) -> Bool {
    let words = text.split(separator: "-", omittingEmptySubsequences: false)
    return words.allSatisfy { word in
      !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
  }

  public var description: String {
    switch self {
    case .all: "*"
    case .family(let family): family + "/*"
    case .rule(let id): id
    }
  }

  /// Whether the selector names rule `id`.
  public func matches(_ id: String) -> Bool {
    switch self {
    case .all: true
    case .family(let family): id.hasPrefix(family + "/")
    case .rule(let rule): rule == id
    }
  }

  /// Whether every rule this selector names is also named by `other`.
  public func isCovered(by other: RuleSelector) -> Bool {
    switch (self, other) {
    case (_, .all): true
    case (.all, _): false
    case (.family(let a), .family(let b)): a == b
    case (.rule(let id), _): other.matches(id)
    case (.family, .rule): false
    }
  }

  /// Exact id 2, family 1, every rule 0: the most specific key wins.
  public var specificity: Int {
    switch self {
    case .all: 0
    case .family: 1
    case .rule: 2
    }
  }

  /// Whether the selector names at least one of `ids`.
  public func matchesAny(of ids: some Sequence<String>) -> Bool {
    ids.contains(where: matches)
  }

  /// A "did you mean" for a selector that names none of `ids`, or `nil`.
  public func suggestion(among ids: [String]) -> String? {
    switch self {
    case .all: nil
    case .rule(let id): EditDistance.closest(to: id, in: ids)
    case .family(let family):
      EditDistance.closest(to: family, in: Array(Set(ids.map { String($0.prefix { $0 != "/" }) })).sorted()).map { $0 + "/*" }
    }
  }
}
