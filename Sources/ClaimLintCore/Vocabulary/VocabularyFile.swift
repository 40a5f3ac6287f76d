import Foundation

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
  ///
  /// Works on bytes: a built-in vocabulary has tens of thousands of rows.
  static func parse(path: String, text: String) -> Result<VocabularyFile, ToolError> {
    var text = text
    return text.withUTF8 { parse(path: path, bytes: $0) }
  }

  /// ``parse(path:text:)`` over the file's bytes, reusing one list of field ranges for every line.
  private static func parse(path: String, bytes: UnsafeBufferPointer<UInt8>) -> Result<VocabularyFile, ToolError> {
    var rows: [Row] = []
    var strings = FieldStrings()
    var fields: [Range<Int>] = []
    var lineNumber = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      lineNumber += 1
      let lineEnd = Self.lineEnd(in: bytes, from: lineStart)
      defer { lineStart = lineEnd + 1 }
      var end = lineEnd
      if end > lineStart && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      if end == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
      Self.fields(bytes, lineStart..<end, into: &fields)
      if fields.count > columns.count {
        let column = String(decoding: bytes[lineStart..<fields[columns.count].lowerBound], as: UTF8.self).unicodeScalars.count + 1
        return .failure(
          ToolError(
            path: path, line: lineNumber, column: column,
            message: "too many columns; a vocabulary row has at most \(columns.count): \(columns.joined(separator: ", "))"))
      }
      func field(_ index: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
        bytes[index < fields.count ? Self.trimmed(bytes, fields[index]) : 0..<0]
      }
      let term = String(decoding: field(0), as: UTF8.self)
      guard !term.isEmpty else {
        return .failure(ToolError(path: path, line: lineNumber, column: 1, message: "empty term"))
      }
      let kind = strings.kind(field(1))
      // Columns count scalars: every byte that does not continue a UTF-8 sequence starts one.
      let senseColumn = fields.count > 4
        ? bytes[lineStart..<fields[4].lowerBound].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } : 1
      rows.append(
        Row(
          term: term, kind: kind.isEmpty ? "term" : kind, concept: String(decoding: field(2), as: UTF8.self),
          source: strings.source(field(3)), sense: String(decoding: field(4), as: UTF8.self), line: lineNumber,
          senseColumn: senseColumn))
    }
    return .success(VocabularyFile(name: name(ofPath: path), path: path, rows: rows))
  }

  /// The kinds of the rows of `text` (the second column, `term` where empty), read without parsing rows.
  static func kinds(in text: String) -> Set<String> {
    var text = text
    return text.withUTF8(kinds(inBytes:))
  }

  /// ``kinds(in:)`` over the file's bytes; a row of the same kind as the row before costs no hashing.
  private static func kinds(inBytes bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
    var kinds = Set<String>()
    var seen = Set<ArraySlice<UInt8>>()
    var previous: Range<Int> = 0..<0
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = Self.lineEnd(in: bytes, from: lineStart)
      defer { lineStart = lineEnd + 1 }
      guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
      guard let tab = bytes[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "\t")) else {
        kinds.insert("term")
        continue
      }
      var end = tab + 1
      while end < lineEnd && bytes[end] != UInt8(ascii: "\t") && bytes[end] != UInt8(ascii: "\r") { end += 1 }
      let kind = bytes[(tab + 1)..<end]
      if kind.elementsEqual(bytes[previous]) && !previous.isEmpty { continue }
      previous = (tab + 1)..<end
      if seen.insert(ArraySlice(kind)).inserted {
        let name = String(decoding: kind, as: UTF8.self).trimmedWhitespace
        kinds.insert(name.isEmpty ? "term" : name)
      }
    }
    return kinds
  }

  /// The kind and source fields, which repeat from row to row: one string for each run of equal bytes.
  private struct FieldStrings {
    private var lastKind: (bytes: [UInt8], string: String) = ([], "")
    private var lastSource: (bytes: [UInt8], string: String) = ([], "")

    mutating func kind(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String { Self.shared(bytes, &lastKind) }
    mutating func source(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String { Self.shared(bytes, &lastSource) }

    private static func shared(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ last: inout (bytes: [UInt8], string: String)) -> String {
      if bytes.elementsEqual(last.bytes) { return last.string }
      last = (Array(bytes), String(decoding: bytes, as: UTF8.self))
      return last.string
    }
  }

  /// The tab-separated fields of a line, into `fields`.
  private static func fields(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into fields: inout [Range<Int>]) {
    fields.removeAll(keepingCapacity: true)
    var start = line.lowerBound
    while let tab = bytes[start..<line.upperBound].firstIndex(of: UInt8(ascii: "\t")) {
      fields.append(start..<tab)
      start = tab + 1
    }
    fields.append(start..<line.upperBound)
  }

  /// Where the line starting at `start` ends: its line feed, or the end of `bytes` (memchr: a built-in
  /// vocabulary is megabytes).
  private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
    else { return bytes.count }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// `range` without ASCII spaces at either end.
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && bytes[lower] == UInt8(ascii: " ") { lower += 1 }
    while upper > lower && bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
    return lower..<upper
  }
}
