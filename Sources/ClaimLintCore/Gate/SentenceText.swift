/// The text baselines key a finding on: the whitespace-normalized prose of the sentence that holds the
/// finding's start (markup masked), or of its line when it is not in a sentence.
///
/// Lines moving above a finding, rewrapping, or markup changes do not change it; editing the sentence does.
public enum SentenceText {
  public static func of(_ finding: Finding, in document: Document) -> String {
    let offset = finding.range.lowerBound
    if let sentence = sentence(containing: offset, in: document) {
      return normalize(document.string(sentence.range))
    }
    let line = document.source.line(containing: offset)
    return normalize(document.source.lineText(line))
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

  /// Runs of whitespace become one space; leading and trailing whitespace go.
  public static func normalize(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
