/// A `rules:` map from selectors to levels; the most specific selector that names a rule decides.
public struct RuleLevels: Sendable, Hashable {
  /// One `selector: level` entry and where it is written, for warnings about unknown rules.
  public struct Entry: Sendable, Hashable {
    public var selector: RuleSelector
    public var level: RuleLevel
    public var line: Int
    public var column: Int

    public init(selector: RuleSelector, level: RuleLevel, line: Int = 0, column: Int = 0) {
      self.selector = selector
      self.level = level
      self.line = line
      self.column = column
    }
  }

  public var entries: [Entry]

  public init(_ entries: [Entry] = []) {
    self.entries = entries
  }

  /// The map from plain `(selector, level)` pairs, for code and tests.
  public init(_ pairs: KeyValuePairs<String, RuleLevel>) {
    entries = pairs.compactMap { key, level in RuleSelector(key).map { Entry(selector: $0, level: level) } }
  }

  public var isEmpty: Bool { entries.isEmpty }

  /// The level of the most specific entry naming `id` (exact id, then family, then `*`), or `nil`.
  public func level(for id: String) -> RuleLevel? {
    var best: Entry?
    for entry in entries where entry.selector.matches(id) {
      if best == nil || entry.selector.specificity >= best!.selector.specificity { best = entry }
    }
    return best?.level
  }
}
