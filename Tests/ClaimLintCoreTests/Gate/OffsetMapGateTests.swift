import Testing

@testable import ClaimLintCore

/// Suppression and baseline keys in HTML, where character references make the scan text shorter.
@Suite struct OffsetMapGateTests {
  // File:  "<!-- claimlint-disable-next-line hype/miracle -->\n<p>St John&#8217;s miracle.</p>\n"
  // Scan:  the comment and tags masked, "&#8217;" (7 bytes) decoded to "’" (3 bytes).
  static let comment = "<!-- claimlint-disable-next-line hype/miracle -->"
  static let file = comment + "\n<p>St John&#8217;s miracle.</p>\n"

  static func document() -> Document {
    let source = Array(file.utf8)
    let reference = TestDocument.range(of: "&#8217;", in: file)
    var scan = Array(source[..<reference.lowerBound]) + Array("’".utf8) + Array(source[reference.upperBound...])
    for index in 0..<(comment.utf8.count) { scan[index] = 0x20 }
    for tag in ["<p>", "</p>"] {
      let range = TestDocument.range(of: tag, in: String(decoding: scan, as: UTF8.self))
      for index in range { scan[index] = 0x20 }
    }
    let text = String(decoding: scan, as: UTF8.self)
    let sentence = TestDocument.range(of: "St John’s miracle.", in: text)
    let offsets = OffsetMap(anchors: [
      OffsetMap.Anchor(scanOffset: reference.lowerBound, scanLength: 3, sourceOffset: reference.lowerBound, sourceLength: 7)
    ])
    return Document(
      path: "a.html", format: .html, source: SourceText(bytes: source), text: scan, offsets: offsets,
      blocks: [Block(kind: .paragraph, range: sentence, sentences: 0..<1)], sentences: [Sentence(range: sentence, block: 0)],
      sections: [Section(heading: nil, blocks: 0..<1, range: 0..<scan.count)],
      controlComments: [ControlComment(range: 0..<comment.utf8.count, body: "claimlint-disable-next-line hype/miracle")])
  }

  @Test func sentenceTextAndSuppressionUseFileOffsets() {
    let document = Self.document()
    let miracle = Finding(ruleID: "hype/miracle", message: "", range: TestDocument.range(of: "miracle.", in: Self.file))
    #expect(SentenceText.of(miracle, in: document) == "St John’s miracle.")
    let outcome = Suppressor(knownRuleIDs: ["hype/miracle"], activeRuleIDs: ["hype/miracle"]).apply([miracle], in: document)
    #expect(outcome.kept.isEmpty && outcome.meta.isEmpty)
  }
}
