/// The `claims --lines` report: one input line is one sentence, one output line per input line.
public enum ClaimLines {
  /// Which strength a line's label shows.
  public enum Label: String, Sendable, CaseIterable {
    /// ``ClaimAnalysis/statedStrength``: a denied relation keeps its kind (Yu et al. 2019 labels).
    case stated
    /// ``ClaimAnalysis/strength``: a denied relation is `none` (InSciOut "no relationship").
    case asserted
  }

  /// Splits `input` into lines (LF, with an optional CR before it), analyzes each and renders one line
  /// per input line: the label, a tab, and the cues as `kind=text` joined by ` | `. Invalid UTF-8 is
  /// replaced, never dropped; an empty line gives `none`. A final line without a newline still counts;
  /// a trailing newline does not start another line.
  public static func render(_ input: [UInt8], label: Label = .stated, analyzer: ClaimAnalyzer = ClaimAnalyzer()) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(input.count / 2 + 16)
    var start = 0
    while start < input.count {
      var end = start
      while end < input.count, input[end] != UInt8(ascii: "\n") { end += 1 }
      var lineEnd = end
      if lineEnd > start, input[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
      let sentence = String(decoding: input[start..<lineEnd], as: UTF8.self)
      output += Array(line(for: analyzer.analyze(sentence), label: label).utf8)
      output.append(UInt8(ascii: "\n"))
      start = end + 1
    }
    return output
  }

  /// One report line (without the newline) for `analysis`.
  public static func line(for analysis: ClaimAnalysis, label: Label = .stated) -> String {
    let strength = label == .stated ? analysis.statedStrength : analysis.strength
    let cues = analysis.cues.map { "\($0.kind.rawValue)=\(singleLine($0.text))" }.joined(separator: " | ")
    return "\(strength.rawValue)\t\(cues)"
  }

  /// `text` with every line or paragraph separator, tab and control character replaced by a space, so a
  /// report line stays one line for any reader (Python's `splitlines` included).
  static func singleLine(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029: scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
