/// The kinds of file claimlint reads, chosen by file extension.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
  case text
  case markdown
  case html

  /// The format for a file name's extension (`.txt`, `.md`, `.markdown`, `.html`, `.htm`), or `nil`.
  public init?(path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "txt", "text": self = .text
    case "md", "markdown", "mdown", "mkd": self = .markdown
    case "html", "htm", "xhtml": self = .html
    default: return nil
    }
  }
}
