/// Matches one path component against a glob component: `*`, `?`, `[a-z]`, `[!…]`/`[^…]` and `\` escapes.
/// Wildcards never match `/` (components have none).
///
/// The pattern is read once into tokens that each match one character, or any run of them (`*`); a name
/// is then matched by the two-pointer method that only ever retries from the last `*`, which is enough
/// because a later `*` can absorb whatever an earlier one would. The work is at most the product of the
/// two lengths, whatever the pattern (`*a*a*a*b` against 200 characters is 40,000 steps, not 10⁸).
struct Wildcard: Sendable, Hashable {
  /// One element of the pattern.
  private enum Token: Sendable, Hashable {
    /// `*`: any run of characters (repeats folded into one).
    case anyRun
    /// `?`: one character.
    case anyOne
    case literal(Unicode.Scalar)
    /// A closed `[…]` class: the pattern scalars from its `[` up to and including its `]`.
    case set(ScalarClass)
  }

  private let tokens: [Token]
  /// True when the pattern has no wildcard characters, so plain comparison suffices.
  private let isLiteral: Bool

  init(_ text: String) {
    tokens = Self.tokens(Array(text.unicodeScalars))
    isLiteral = tokens.allSatisfy { if case .literal = $0 { true } else { false } }
  }

  func matches(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    if isLiteral {
      return scalars.count == tokens.count && zip(tokens, scalars).allSatisfy { $0.0 == .literal($0.1) }
    }
    var t = 0
    var i = 0
    // The last `*` seen, and the name position it is now taken to end at.
    var star: (token: Int, end: Int)?
    while i < scalars.count {
      if t < tokens.count, tokens[t] == .anyRun {
        star = (t, i)
        t += 1
      } else if t < tokens.count, Self.token(tokens[t], matches: scalars[i]) {
        t += 1
        i += 1
      } else if let last = star {
        // Let the last `*` take one more character and try the rest again from there.
        star = (last.token, last.end + 1)
        t = last.token + 1
        i = last.end + 1
      } else {
        return false
      }
    }
    while t < tokens.count, tokens[t] == .anyRun { t += 1 }
    return t == tokens.count
  }

  private static func token(_ token: Token, matches scalar: Unicode.Scalar) -> Bool {
    switch token {
    case .anyRun: true
    case .anyOne: true
    case .literal(let expected): expected == scalar
    case .set(let set): set.contains(scalar)
    }
  }

  /// The tokens of a pattern. An unclosed `[` and a `\` at the very end are literal characters.
  private static func tokens(_ pattern: [Unicode.Scalar]) -> [Token] {
    var result: [Token] = []
    var p = 0
    while p < pattern.count {
      switch pattern[p] {
      case "*":
        if result.last != .anyRun { result.append(.anyRun) }
        p += 1
      case "?":
        result.append(.anyOne)
        p += 1
      case "[":
        if let end = ScalarClass.end(in: pattern, from: p) {
          result.append(.set(ScalarClass(pattern[p..<end])))
          p = end
        } else {
          result.append(.literal("["))
          p += 1
        }
      case "\\" where p + 1 < pattern.count:
        result.append(.literal(pattern[p + 1]))
        p += 2
      default:
        result.append(.literal(pattern[p]))
        p += 1
      }
    }
    return result
  }
}

/// A `[…]` class of a glob: ranges, single characters, `\` escapes, and `!`/`^` negation.
struct ScalarClass: Sendable, Hashable {
  /// The class as written, from `[` through `]`.
  private let written: [Unicode.Scalar]

  init(_ written: ArraySlice<Unicode.Scalar>) {
    self.written = Array(written)
  }

  /// The index just past the `]` closing the class whose `[` is at `start`, or `nil` when it is unclosed.
  static func end(in pattern: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" { index += 1 }
    if index < pattern.count, pattern[index] == "]" { index += 1 }  // `[]…]` starts with a literal `]`
    while index < pattern.count {
      if pattern[index] == "\\" {
        index += 2
        continue
      }
      if pattern[index] == "]" { return index + 1 }
      index += 1
    }
    return nil
  }

  /// Whether `scalar` is in the class.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let end = written.count
    var index = 1
    var negated = false
    if written[index] == "!" || written[index] == "^" {
      negated = true
      index += 1
    }
    var found = false
    var first = true
    while index < end - 1 {
      var low = written[index]
      if low == "]" && !first { break }
      first = false
      if low == "\\" && index + 1 < end - 1 {
        index += 1
        low = written[index]
      }
      if index + 2 < end - 1, written[index + 1] == "-" {
        var high = written[index + 2]
        var step = 3
        if high == "\\" && index + 3 < end - 1 {
          high = written[index + 3]
          step = 4
        }
        if low.value <= scalar.value && scalar.value <= high.value { found = true }
        index += step
      } else {
        if low == scalar { found = true }
        index += 1
      }
    }
    return found != negated
  }
}
