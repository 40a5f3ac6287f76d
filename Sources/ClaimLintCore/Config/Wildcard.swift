/// Matches one path component against a glob component: `*`, `?`, `[a-z]`, `[!…]`/`[^…]` and `\` escapes.
/// Wildcards never match `/` (components have none).
struct Wildcard: Sendable, Hashable {
  private let pattern: [Unicode.Scalar]
  /// True when the pattern has no wildcard characters, so plain comparison suffices.
  private let isLiteral: Bool

  init(_ text: String) {
    pattern = Array(text.unicodeScalars)
    isLiteral = !pattern.contains { "*?[\\".unicodeScalars.contains($0) }
  }

  func matches(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    if isLiteral { return scalars == pattern }
    return match(0, scalars, 0)
  }

  /// Backtracking match; `*` retries at each later position, which is fine for path-sized strings.
  private func match(_ p: Int, _ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var p = p
    var i = i
    while p < pattern.count {
      let token = pattern[p]
      switch token {
      case "*":
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        if p == pattern.count { return true }
        for start in i...s.count where match(p, s, start) { return true }
        return false
      case "?":
        guard i < s.count else { return false }
        p += 1
        i += 1
      case "[":
        guard i < s.count, let (matched, next) = matchClass(at: p, s[i]) else {
          // An unclosed `[` is a literal character.
          if i < s.count, s[i] == "[", classEnd(from: p) == nil {
            p += 1
            i += 1
            continue
          }
          return false
        }
        guard matched else { return false }
        p = next
        i += 1
      case "\\" where p + 1 < pattern.count:
        guard i < s.count, s[i] == pattern[p + 1] else { return false }
        p += 2
        i += 1
      default:
        guard i < s.count, s[i] == token else { return false }
        p += 1
        i += 1
      }
    }
    return i == s.count
  }

  /// The index just past the `]` closing the class at `start`, or `nil` when it is unclosed.
  private func classEnd(from start: Int) -> Int? {
    var index = start + 1
    if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" { index += 1 }
    if index < pattern.count, pattern[index] == "]" { index += 1 }  // `[]…]` starts with a literal `]`
    while index < pattern.count {
      if pattern[index] == "\\" { index += 2; continue }
      if pattern[index] == "]" { return index + 1 }
      index += 1
    }
    return nil
  }

  /// Whether `scalar` is in the class at `start`, and the index after the class; `nil` when unclosed.
  private func matchClass(at start: Int, _ scalar: Unicode.Scalar) -> (Bool, Int)? {
    guard let end = classEnd(from: start) else { return nil }
    var index = start + 1
    var negated = false
    if pattern[index] == "!" || pattern[index] == "^" {
      negated = true
      index += 1
    }
    var found = false
    var first = true
    while index < end - 1 {
      var low = pattern[index]
      if low == "]" && !first { break }
      first = false
      if low == "\\" && index + 1 < end - 1 {
        index += 1
        low = pattern[index]
      }
      if index + 2 < end - 1, pattern[index + 1] == "-" {
        var high = pattern[index + 2]
        var step = 3
        if high == "\\" && index + 3 < end - 1 {
          high = pattern[index + 3]
          step = 4
        }
        if low.value <= scalar.value && scalar.value <= high.value { found = true }
        index += step
      } else {
        if low == scalar { found = true }
        index += 1
      }
    }
    return (found != negated, end)
  }
}
