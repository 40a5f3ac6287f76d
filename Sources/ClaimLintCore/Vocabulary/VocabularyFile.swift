/// A vocabulary file: one term per line, tab-separated `term`, `kind`, `concept`, `source`, `sense`.
///
/// Lines starting with `#` and blank lines are skipped. Only `term` is required; `kind` defaults to `term`.
/// Built-in vocabularies live in `Rules/vocabulary/` and are generated from open sources by
/// `Sources/Vocabulary/generate.py`; a `.tsv` file beside a user's rule files is one too, named by its
/// file name without the extension.
struct VocabularyFile: Sendable {
  /// One row.
  struct Row: Sendable {
    var term: String
    var kind: String
    var concept: String
    var source: String
    var sense: String
    /// 1-based line in the file, and the column where the sense field starts (for errors).
    var line: Int
    var senseColumn: Int
  }

  /// The name rules use in `vocabulary:`: the file name without its folder and extension.
  let name: String
  let path: String
  let rows: [Row]

  static let columns = ["term", "kind", "concept", "source", "sense"]

  /// The vocabulary name of a file path: "Rules/vocabulary/conditions.tsv" → "conditions".
  static func name(ofPath path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return file.hasSuffix(".tsv") ? String(file.dropLast(4)) : file
  }

  /// Parses `text`; any malformed row makes the whole file an error, so it never loads half.
  static func parse(path: String, text: String) -> Result<VocabularyFile, ToolError> {
    var rows: [Row] = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let content = line.hasSuffix("\r") ? line.dropLast() : line
      if content.isEmpty || content.hasPrefix("#") { continue }
      let fields = content.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if fields.count > columns.count {
        let column = fields.prefix(columns.count).reduce(0) { $0 + $1.unicodeScalars.count + 1 } + 1
        return .failure(
          ToolError(
            path: path, line: lineNumber, column: column,
            message: "too many columns; a vocabulary row has at most \(columns.count): \(columns.joined(separator: ", "))"))
      }
      let term = fields[0].trimmedWhitespace
      guard !term.isEmpty else {
        return .failure(ToolError(path: path, line: lineNumber, column: 1, message: "empty term"))
      }
      func field(_ index: Int) -> String { index < fields.count ? fields[index].trimmedWhitespace : "" }
      let kind = field(1).isEmpty ? "term" : field(1)
      let senseColumn = fields.prefix(4).reduce(0) { $0 + $1.unicodeScalars.count + 1 } + 1
      rows.append(
        Row(
          term: term, kind: kind, concept: field(2), source: field(3), sense: field(4), line: lineNumber,
          senseColumn: senseColumn))
    }
    return .success(VocabularyFile(name: name(ofPath: path), path: path, rows: rows))
  }
}
