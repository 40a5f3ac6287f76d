/// The text baselines key a finding on: the whitespace-normalized prose of the sentence that holds the
/// finding's start (markup masked), or of its line when it is not in a sentence.
///
/// Lines moving above a finding, rewrapping, or markup changes do not change it; editing the sentence does.
/// In a "sentence" or line longer than ``longSentence`` bytes (a file without punctuation), only the words
/// within ``reach`` bytes of the finding count, so keying every finding stays linear in the file's size.
public enum SentenceText {
  static let longSentence = 2_000
  static let reach = 400

  public static func of(_ finding: Finding, in document: Document) -> String {
    let offset = finding.range.lowerBound
    if let sentence = sentence(containing: offset, in: document) {
      guard sentence.range.count > longSentence else { return normalize(document.string(sentence.range)) }
      let start = document.offsets.scanOffset(offset, asEnd: false)
      return normalize(window(around: start, in: sentence.range, of: document.text))
    }
    return normalize(lineText(at: offset, in: document.source))
  }

  /// The line holding file offset `offset`, or on a line longer than ``longSentence`` bytes the whole
  /// words within ``reach`` bytes of it.
  static func lineText(at offset: Int, in source: SourceText) -> String {
    let line = source.lineRange(source.line(containing: offset))
    guard line.count > longSentence else { return source.text(in: line) }
    return window(around: offset, in: line, of: source.bytes)
  }

  /// The sentence whose file range holds file offset `offset`.
  static func sentence(containing offset: Int, in document: Document) -> Sentence? {
    let sentences = document.sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let mid = (low + high) / 2
      if document.sourceRange(sentences[mid].range).lowerBound <= offset { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return nil }
    let candidate = sentences[low - 1]
    return document.sourceRange(candidate.range).contains(offset) ? candidate : nil
  }

  /// The whole words of `range` within ``reach`` bytes of `offset`.
  static func window(around offset: Int, in range: Range<Int>, of text: [UInt8]) -> String {
    var start = max(range.lowerBound, offset - reach)
    var end = min(range.upperBound, offset + reach)
    // Drop the partial words (and partial UTF-8 sequences) at both ends.
    if start > range.lowerBound {
      while start < offset && text[start] != UInt8(ascii: " ") && text[start] != UInt8(ascii: "\n") { start += 1 }
    }
    if end < range.upperBound {
      while end > offset && text[end - 1] != UInt8(ascii: " ") && text[end - 1] != UInt8(ascii: "\n") { end -= 1 }
    }
    return String(decoding: text[start..<max(start, end)], as: UTF8.self)
  }

  /// Runs of whitespace become one space; leading and trailing whitespace go.
  public static func normalize(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
