/// A parsed `claimlint-…` control comment: what it does, which rules it names and why.
///
/// Forms (inside `<!-- … -->` in Markdown and HTML, or alone on a line in plain text):
/// `claimlint-disable-next-line ID [ID…] [-- reason]`, `claimlint-disable ID…`, `claimlint-enable ID…` and
/// `claimlint-disable-file ID…`. An ID is a rule id, a family wildcard (`caveat/*`) or `all`; IDs may be
/// separated by spaces or commas.
public struct SuppressionDirective: Sendable, Hashable {
  public enum Command: String, Sendable, Hashable, CaseIterable {
    case disable = "claimlint-disable"
    case enable = "claimlint-enable"
    case disableNextLine = "claimlint-disable-next-line"
    case disableFile = "claimlint-disable-file"
  }

  public var command: Command
  /// The rules named, in order; `all` is ``RuleSelector/all``.
  public var selectors: [RuleSelector]
  /// The text after ` -- `, trimmed; `nil` when none was given.
  public var reason: String?
  /// File byte range of the comment (or, in plain text, the directive line).
  public var range: Range<Int>

  public init(command: Command, selectors: [RuleSelector], reason: String? = nil, range: Range<Int>) {
    self.command = command
    self.selectors = selectors
    self.reason = reason
    self.range = range
  }

  /// Parses a control comment; the error message says what is wrong in words a user can act on.
  public static func parse(_ comment: ControlComment) -> Result<SuppressionDirective, DirectiveError> {
    let body = comment.body.trimmedWhitespace
    let commandEnd = body.unicodeScalars.firstIndex { $0.properties.isWhitespace } ?? body.endIndex
    let word = String(body[..<commandEnd])
    guard let command = Command(rawValue: word) else {
      var message = "unknown directive '\(word)'"
      if let close = EditDistance.closest(to: word, in: Command.allCases.map(\.rawValue)) {
        message += "; did you mean '\(close)'?"
      } else {
        message += "; use \(Command.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))"
      }
      return .failure(DirectiveError(message))
    }
    let (names, reason) = splitReason(String(body[commandEnd...]))
    let words = names.split { $0 == "," || $0.isWhitespace }.map(String.init)
    guard !words.isEmpty else {
      return .failure(DirectiveError("'\(word)' needs rule ids, family wildcards such as 'caveat/*', or 'all'"))
    }
    var selectors: [RuleSelector] = []
    for name in words {
      guard let selector = RuleSelector(name, allWord: "all"), name != "*" else {
        return .failure(
          DirectiveError("'\(name)' in '\(word)' is not a rule id ('family/name'), a family wildcard ('family/*') or 'all'"))
      }
      selectors.append(selector)
    }
    return .success(SuppressionDirective(command: command, selectors: selectors, reason: reason, range: comment.range))
  }

  /// The names before ` -- ` and the reason after it.
  private static func splitReason(_ text: String) -> (String, String?) {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index + 1 < scalars.count {
      if scalars[index] == "-", scalars[index + 1] == "-", index == 0 || scalars[index - 1].properties.isWhitespace {
        let names = String(String.UnicodeScalarView(scalars[..<index]))
        let reason = String(String.UnicodeScalarView(scalars[(index + 2)...])).trimmedWhitespace
        return (names, reason.isEmpty ? nil : reason)
      }
      index += 1
    }
    return (text, nil)
  }
}

/// Why a control comment could not be understood.
public struct DirectiveError: Error, Sendable, Hashable {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }
}
