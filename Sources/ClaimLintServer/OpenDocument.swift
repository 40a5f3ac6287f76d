import ClaimLintCore

/// A document the client has open: its text as the editor has it (saved or not), its version, and
/// what the last lint of it found.
struct OpenDocument {
  let uri: String
  /// The file path the URI names (for configuration and messages).
  let path: String
  /// The format from the language id, else from the path.
  let format: DocumentFormat
  var version: Int
  private(set) var source: SourceText
  /// The version the diagnostics below were computed for, or `nil` before the first lint.
  var lintedVersion: Int?
  /// The last lint's diagnostics (with their fix-its), for code actions and hover.
  var diagnostics: [Diagnostic] = []

  init(uri: String, path: String, languageID: String?, version: Int, text: String) {
    self.uri = uri
    self.path = path
    format = Self.format(languageID: languageID, path: path)
    self.version = version
    source = SourceText(text)
  }

  var bytes: [UInt8] { source.bytes }

  /// Whether the last lint saw the current text.
  var isLinted: Bool { lintedVersion == version }

  /// Applies one change: the whole text when it has no range, else the range replaced.
  mutating func apply(_ change: LSP.ContentChange, encoding: PositionEncoding) {
    guard let range = change.range else {
      source = SourceText(change.text)
      return
    }
    let lower = encoding.offset(of: range.start, in: source)
    let upper = max(lower, encoding.offset(of: range.end, in: source))
    var bytes = source.bytes
    bytes.replaceSubrange(lower..<upper, with: Array(change.text.utf8))
    source = SourceText(bytes: bytes)
  }

  /// Markdown, HTML or text from the client's language id; the path's extension otherwise.
  static func format(languageID: String?, path: String) -> DocumentFormat {
    switch languageID?.lowercased() {
    case "markdown", "mdx", "quarto", "rmd": .markdown
    case "html", "xhtml", "htm": .html
    case "plaintext", "text", "txt": .text
    default: DocumentFormat(path: path) ?? .markdown
    }
  }

  /// Whether the document is a configuration or rule file rather than prose.
  var isSettings: Bool {
    let name = PathName.name(path)
    return ConfigurationLocator.fileNames.contains(name) || name.hasSuffix(".yml") || name.hasSuffix(".yaml")
      || name.hasSuffix(".tsv")
  }
}
