/// Findings accepted as they are today (`--write-baseline`), hidden in later runs (`--baseline`).
///
/// A finding is identified by its file's project path, its rule and the ``SentenceText`` of the sentence
/// that holds it, not by line numbers, so it stays hidden when lines move. Each key has a count: a new copy
/// of the same finding in the same file is still reported.
public struct Baseline: Sendable, Hashable, Codable {
  /// The format version this claimlint writes and reads.
  public static let currentVersion = 1

  public var version: Int
  /// Sorted by path, rule, then text.
  public var findings: [Entry]

  /// One accepted finding (or several identical ones).
  public struct Entry: Sendable, Hashable, Codable {
    public var path: String
    public var rule: String
    public var text: String
    public var count: Int

    public init(path: String, rule: String, text: String, count: Int = 1) {
      self.path = path
      self.rule = rule
      self.text = text
      self.count = count
    }

    var key: Key { Key(path: path, rule: rule, text: text) }
  }

  struct Key: Hashable, Comparable {
    var path: String
    var rule: String
    var text: String

    static func < (a: Key, b: Key) -> Bool { (a.path, a.rule, a.text) < (b.path, b.rule, b.text) }
  }

  public init(version: Int = Baseline.currentVersion, findings: [Entry]) {
    self.version = version
    self.findings = findings
  }

  /// The baseline of every diagnostic in `files`.
  public init(files: [GatedFile]) {
    var counts: [Key: Int] = [:]
    for file in files {
      for (index, diagnostic) in file.report.diagnostics.enumerated() {
        counts[Key(path: file.key, rule: diagnostic.ruleID, text: file.sentenceTexts[index]), default: 0] += 1
      }
    }
    self.init(
      findings: counts.keys.sorted().map { Entry(path: $0.path, rule: $0.rule, text: $0.text, count: counts[$0]!) })
  }

  /// Pretty JSON with sorted keys and a final newline: the same findings always give the same bytes.
  public func encoded() -> String {
    JSONOutput.encode(self)
  }

  /// What applying a baseline did.
  public struct Outcome: Sendable, Hashable {
    /// Diagnostics hidden because the baseline lists them.
    public var hidden: Int
    /// Baselined findings of the files linted in this run that no longer occur.
    public var gone: Int
  }

  /// Hides the diagnostics the baseline lists, each key at most `count` times in file order.
  ///
  /// - Parameter isMissing: whether a baselined path not linted in this run no longer exists; its findings
  ///   count as gone. Paths of files merely left out of the run do not.
  public func apply(to files: inout [GatedFile], isMissing: (String) -> Bool = { _ in false }) -> Outcome {
    var remaining: [Key: Int] = [:]
    for entry in findings { remaining[entry.key, default: 0] += entry.count }
    var hidden = 0
    for index in files.indices {
      let key = files[index].key
      let texts = files[index].sentenceTexts
      let diagnostics = files[index].report.diagnostics
      hidden += files[index].retain { position in
        let entry = Key(path: key, rule: diagnostics[position].ruleID, text: texts[position])
        guard let left = remaining[entry], left > 0 else { return true }
        remaining[entry] = left - 1
        return false
      }
    }
    let linted = Set(files.map(\.key))
    let gone = remaining.filter { linted.contains($0.key.path) || isMissing($0.key.path) }.values.reduce(0, +)
    return Outcome(hidden: hidden, gone: gone)
  }
}
