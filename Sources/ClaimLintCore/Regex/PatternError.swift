/// An error from compiling or running a PCRE2 pattern.
public enum PatternError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The pattern did not compile; `offset` is the UTF-8 byte offset in the pattern where PCRE2 stopped.
  case compile(message: String, offset: Int)
  /// A match gave up: the match, depth or heap limit was hit, or another runtime error occurred.
  case match(message: String, code: Int32)

  public var description: String {
    switch self {
    case .compile(let message, let offset): "\(message) at offset \(offset)"
    case .match(let message, _): message
    }
  }

  /// True when the error is a resource limit (catastrophic backtracking), not a pattern bug.
  public var isLimit: Bool {
    if case .match = self { return true }
    return false
  }
}
