/// A message or replacement with placeholders: `{match}`, `{0}`…`{99}` (capture groups) and `{name}`
/// (named captures). `{{` and `}}` stand for literal braces.
struct MessageTemplate: Sendable, Hashable {
  enum Part: Sendable, Hashable {
    case literal(String)
    case match
    case group(Int)
    /// A value a rule kind supplies (`{amount}`, `{daily}`, `{limit}` for dose rules).
    case variable(String)
  }

  let parts: [Part]

  /// A placeholder the pattern cannot fill.
  struct UnknownPlaceholder: Error {
    var name: String
  }

  /// Parses `text`, resolving names against the pattern's capture groups.
  init(
    _ text: String, groupNames: [String: Int], captureCount: Int, variables: Set<String> = []
  ) throws(UnknownPlaceholder) {
    var parts: [Part] = []
    var literal = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if character == "{", next < text.endIndex, text[next] == "{" {
        literal.append("{")
        index = text.index(after: next)
        continue
      }
      if character == "}", next < text.endIndex, text[next] == "}" {
        literal.append("}")
        index = text.index(after: next)
        continue
      }
      if character == "{", let close = text[next...].firstIndex(of: "}") {
        let name = String(text[next..<close])
        let part: Part
        if name == "match" {
          part = .match
        } else if let number = Int(name), number >= 0 {
          guard number <= captureCount else { throw UnknownPlaceholder(name: name) }
          part = .group(number)
        } else if let number = groupNames[name] {
          part = .group(number)
        } else if variables.contains(name) {
          part = .variable(name)
        } else {
          throw UnknownPlaceholder(name: name)
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        literal = ""
        parts.append(part)
        index = text.index(after: close)
        continue
      }
      literal.append(character)
      index = next
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    self.parts = parts
  }

  /// A template that is plain text.
  init(literal: String) {
    parts = [.literal(literal)]
  }

  /// Fills the placeholders; `text(range)` gives the text of a span, `nil` groups become empty.
  func render(
    match: Range<Int>, groups: [Range<Int>?], variables: [String: String] = [:], text: (Range<Int>) -> String
  ) -> String {
    var result = ""
    for part in parts {
      switch part {
      case .literal(let value): result += value
      case .match: result += text(match)
      case .group(let number):
        if number < groups.count, let range = groups[number] { result += text(range) }
      case .variable(let name):
        result += variables[name] ?? ""
      }
    }
    return result
  }

  /// The template with placeholders shown as `…`, for one-line summaries.
  var plainText: String {
    parts.map { part in
      if case .literal(let value) = part { value } else { "…" }
    }.joined()
  }
}
