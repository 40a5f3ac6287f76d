import Foundation

/// Renders the claim sentences of documents for `claimlint claims FILE…`, as text or JSON.
///
/// Only sentences that state a relationship or give advice are listed. Positions are 1-based lines and
/// Unicode-scalar columns in the original file.
public enum ClaimListing {
  /// One document and the judgment of its sentences.
  public struct FileClaims: Sendable {
    public var document: Document
    public var claims: [SentenceClaim]

    public init(document: Document, claims: [SentenceClaim]) {
      self.document = document
      self.claims = claims
    }
  }

  /// A listed sentence as it appears in the JSON output.
  struct Entry: Codable, Equatable {
    struct Cue: Codable, Equatable {
      var kind: String
      var text: String
      var line: Int
      var column: Int
    }

    struct Evidence: Codable, Equatable {
      var kind: String
      var source: String
      var text: String
      var line: Int
      var column: Int
    }

    var path: String
    var line: Int
    var column: Int
    var sentence: String
    var strength: String
    var statedStrength: String
    var negated: Bool
    var advice: Bool
    var cues: [Cue]
    var evidence: [Evidence]
  }

  /// The listed entries of `file`, in document order.
  static func entries(_ file: FileClaims) -> [Entry] {
    let document = file.document
    func position(_ range: Range<Int>) -> SourceText.Position {
      document.source.position(of: document.sourceRange(range).lowerBound)
    }
    return file.claims.filter { $0.analysis.isClaim || $0.analysis.isAdvice }.map { claim in
      let range = document.sentences[claim.sentence].range
      let start = position(range)
      let analysis = claim.analysis
      return Entry(
        path: document.path, line: start.line, column: start.column,
        sentence: ClaimLines.singleLine(document.string(range)), strength: analysis.strength.rawValue,
        statedStrength: analysis.statedStrength.rawValue, negated: analysis.isNegated, advice: analysis.isAdvice,
        cues: analysis.cues.map { cue in
          let at = position(cue.range)
          return Entry.Cue(kind: cue.kind.rawValue, text: cue.text, line: at.line, column: at.column)
        },
        evidence: claim.evidence.map { mention in
          let at = position(mention.range)
          return Entry.Evidence(
            kind: mention.kind.rawValue, source: mention.source.rawValue,
            text: document.string(mention.range), line: at.line, column: at.column)
        })
    }
  }

  /// Text: `path:line:column: strength: sentence`, then indented cue and evidence lines.
  public static func text(_ files: [FileClaims]) -> String {
    var out = ""
    for file in files {
      for entry in entries(file) {
        var label = entry.statedStrength
        if entry.negated { label += " (denied)" }
        if entry.advice { label += entry.statedStrength == "none" ? "advice" : ", advice" }
        if entry.statedStrength == "none" && entry.advice { label = "advice" }
        out += "\(entry.path):\(entry.line):\(entry.column): \(label): \(entry.sentence)\n"
        if !entry.cues.isEmpty {
          out +=
            "  cues: " + entry.cues.map { "\($0.kind)=\(ClaimLines.singleLine($0.text))" }.joined(separator: " | ")
            + "\n"
        }
        for mention in entry.evidence {
          out += "  evidence: \(mention.kind) \"\(ClaimLines.singleLine(mention.text))\" "
          out += "(\(mention.source), \(mention.line):\(mention.column))\n"
        }
      }
    }
    return out
  }

  /// JSON: an array of entries with sorted keys, one document after another.
  public static func json(_ files: [FileClaims]) -> String {
    let all = files.flatMap(entries)
    return all.isEmpty ? "[]\n" : JSONOutput.encode(all)
  }
}
