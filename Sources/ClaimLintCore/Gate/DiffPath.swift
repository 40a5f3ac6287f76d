/// Path syntax in diff headers: git's C-style quoting, `a/`/`b/` prefixes, `/dev/null` and tab-separated
/// timestamps.
enum DiffPath {
  /// The path in a `---`/`+++` line after the marker, or `nil` for `/dev/null`.
  static func header(_ text: String) -> String? {
    var value = text
    if value.hasPrefix("\"") {
      if let (path, _) = unquote(value) { return path == "/dev/null" ? nil : path }
    } else if let tab = value.firstIndex(of: "\t") {
      // git adds a tab after names with spaces; diff(1) puts the timestamp there.
      value = String(value[..<tab])
    }
    return value == "/dev/null" ? nil : value
  }

  /// The two paths of a `diff --git A B` line (after `diff --git `), when they can be told apart.
  static func gitHeader(_ text: String) -> (String, String)? {
    if text.hasPrefix("\"") {
      guard let (first, rest) = unquote(text) else { return nil }
      let second = rest.drop { $0 == " " }
      if second.hasPrefix("\""), let (path, _) = unquote(String(second)) { return (first, path) }
      return (first, String(second))
    }
    if let quote = text.range(of: " \"") {
      let first = String(text[..<quote.lowerBound])
      guard let (second, _) = unquote(String(text[text.index(after: quote.lowerBound)...])) else { return nil }
      return (first, second)
    }
    // Unquoted, with spaces possible: for an unrenamed file both halves name the same path after the prefix.
    let scalars = Array(text.unicodeScalars)
    if scalars.count % 2 == 1 {
      let half = scalars.count / 2
      let first = String(String.UnicodeScalarView(scalars[..<half]))
      let second = String(String.UnicodeScalarView(scalars[(half + 1)...]))
      if scalars[half] == " " && strippingPrefix(first) == strippingPrefix(second) { return (first, second) }
    }
    let separator = text.range(of: " b/") ?? text.range(of: " w/") ?? text.range(of: " ")
    guard let separator else { return nil }
    return (String(text[..<separator.lowerBound]), String(text[text.index(after: separator.lowerBound)...]))
  }

  /// A C-quoted string at the start of `text` (`"a/caf\303\251.md"`) and the text after its closing quote.
  static func unquote(_ text: String) -> (String, Substring)? {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8)[...]
    guard iterator.popFirst() == UInt8(ascii: "\"") else { return nil }
    while let byte = iterator.popFirst() {
      switch byte {
      case UInt8(ascii: "\""):
        let consumed = text.utf8.count - iterator.count
        let rest = text.utf8.dropFirst(consumed)
        return (PathBytes.decode(bytes), Substring(String(decoding: rest, as: UTF8.self)))
      case UInt8(ascii: "\\"):
        guard let escaped = iterator.popFirst() else { return nil }
        switch escaped {
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "a"): bytes.append(0x07)
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "v"): bytes.append(0x0B)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
          var value = Int(escaped - UInt8(ascii: "0"))
          for _ in 0..<2 {
            guard let next = iterator.first, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next) else { break }
            value = value * 8 + Int(next - UInt8(ascii: "0"))
            iterator.removeFirst()
          }
          bytes.append(UInt8(truncatingIfNeeded: value))
        default: bytes.append(escaped)
        }
      default:
        bytes.append(byte)
      }
    }
    return nil
  }

  /// The path without a one-letter git prefix (`a/`, `b/`, `i/`, `w/`, `c/`, `o/`).
  static func strippingPrefix(_ path: String) -> String {
    let scalars = Array(path.unicodeScalars)
    guard scalars.count > 2, scalars[1] == "/", "abciwo".unicodeScalars.contains(scalars[0]) else { return path }
    return String(path.unicodeScalars.dropFirst(2))
  }
}
