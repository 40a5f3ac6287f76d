/// Turns the paths in a report into repository-relative, forward-slash paths and URIs.
struct ReportPaths: Sendable {
  /// The absolute base directory, normalized, without a trailing slash; `nil` when none was given
  /// or it was not absolute.
  let base: String?

  init(baseDirectory: String?) {
    guard let baseDirectory else {
      base = nil
      return
    }
    let normalized = Self.normalize(baseDirectory)
    base = normalized.hasPrefix("/") ? normalized : nil
  }

  /// `path` with `.` and empty components removed and `..` resolved where possible; made relative to
  /// the base when it lies under it.
  func relative(_ path: String) -> String {
    let normalized = Self.normalize(path)
    guard let base, normalized.hasPrefix("/") else { return normalized }
    if base == "/" { return String(normalized.dropFirst()) }
    if normalized.hasPrefix(base + "/") { return String(normalized.dropFirst(base.count + 1)) }
    return normalized
  }

  /// Whether ``relative(_:)`` gives a path relative to the base (or to the working directory).
  func isRelative(_ path: String) -> Bool { !relative(path).hasPrefix("/") }

  /// A URI reference for `path`: relative and percent-encoded, or a `file://` URI when absolute.
  func uri(_ path: String) -> String {
    let relative = relative(path)
    return relative.hasPrefix("/") ? "file://" + Self.percentEncode(relative) : Self.percentEncode(relative)
  }

  /// The base directory as a `file://` URI ending in `/`.
  var baseURI: String? {
    base.map { "file://" + Self.percentEncode($0 == "/" ? "/" : $0 + "/") }
  }

  /// No `.` or empty components, `..` folded into a preceding component. A backslash is an ordinary
  /// character of a name (as it is on Linux and macOS), not a separator.
  static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
        continue
      }
      if part == ".." && absolute { continue }
      parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// Percent-encodes every byte of the name (``PathBytes``) except unreserved characters (RFC 3986) and `/`.
  static func percentEncode(_ path: String) -> String {
    var result = ""
    for byte in PathBytes.encode(path) {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return result
  }
}
