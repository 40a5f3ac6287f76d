/// An error from compiling or running a PCRE2 pattern.
public enum PatternError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The pattern did not compile; `offset` is the UTF-8 byte offset in the pattern where PCRE2 stopped.
  case compile(message: String, offset: Int)
  /// A match gave up: the match, depth or heap limit was hit, or another runtime error occurred, in a
  /// search from `offset` of the subject.
  case match(message: String, code: Int32, offset: Int)
  /// The ``MatchBudget`` was spent before a search from `offset` of the subject.
  case budget(seconds: Double, offset: Int)

  public var description: String {
    switch self {
    case .compile(let message, let offset): "\(message) at offset \(offset)"
    case .match(let message, _, _): message
    case .budget(let seconds, _):
      "it used up its \(MatchBudget.format(seconds)) of pattern matching for this file "
        + "(its pattern or conditions do too much work on this text)"
    }
  }

  /// True when the error is a resource limit (catastrophic backtracking, a spent budget), not a pattern bug.
  public var isLimit: Bool {
    if case .compile = self { return false }
    return true
  }

  /// The subject offset of a runtime error, or `nil` for a compile error.
  public var subjectOffset: Int? {
    switch self {
    case .compile: nil
    case .match(_, _, let offset), .budget(_, let offset): offset
    }
  }

  /// The same error with its subject offset mapped (to another subject, e.g. from scan text to file bytes).
  func mappingOffset(_ transform: (Int) -> Int) -> PatternError {
    switch self {
    case .compile: self
    case .match(let message, let code, let offset): .match(message: message, code: code, offset: transform(offset))
    case .budget(let seconds, let offset): .budget(seconds: seconds, offset: transform(offset))
    }
  }
}
