/// Builds a ``Document`` from a file's bytes: the entry point of the document layer.
///
/// The result's scan text has the file's layout with everything that is not prose masked by spaces
/// (line breaks kept), except that character references in HTML and Markdown prose are decoded and recorded
/// in ``Document/offsets``. Blocks, sentences and sections are found by the scanner for `format`:
/// ``MarkdownScanner`` (CommonMark + GFM), ``HTMLScanner`` or ``PlainTextScanner``.
///
/// Input checks: a NUL byte in the first 8 KiB means a binary file; invalid UTF-8 is reported with the line
/// and column of the first bad byte; a UTF-8 byte order mark is masked; `\n`, `\r\n` and lone `\r` line
/// endings all work; an empty file gives an empty document.
public enum DocumentParser {
  /// Parses `bytes` read from `path` (used in errors and kept in the document).
  public static func parse(path: String, bytes: [UInt8], format: DocumentFormat) throws(ToolError) -> Document {
    try InputValidator.validate(bytes, path: path)
    var buffer = ScanBuffer(source: bytes)
    var start = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      buffer.mask(0..<3)
      start = 3
    }
    switch format {
    case .markdown: MarkdownScanner.scan(&buffer, from: start)
    case .html: HTMLScanner.scan(&buffer, range: start..<bytes.count)
    case .text: PlainTextScanner.scan(&buffer, from: start)
    }
    EditorialBrackets.decode(&buffer)
    return DocumentAssembler.assemble(path: path, format: format, buffer: buffer)
  }

  /// Parses a string (convenience for tests, `--stdin` and editors).
  public static func parse(path: String, text: String, format: DocumentFormat) throws(ToolError) -> Document {
    try parse(path: path, bytes: Array(text.utf8), format: format)
  }

  /// Parses `bytes`, choosing the format from `path`'s extension (plain text when it has none we know).
  public static func parse(path: String, bytes: [UInt8]) throws(ToolError) -> Document {
    try parse(path: path, bytes: bytes, format: DocumentFormat(path: path) ?? .text)
  }
}
