@testable import ClaimLintCore

/// Builds a ``Document`` by hand from blocks of sentences, the way the parser would lay it out: blocks
/// separated by a blank line, sentences in a block separated by one space, one untitled section.
enum DocumentFixture {
  struct BlockSpec {
    var kind: Block.Kind
    var sentences: [String]
    var headingLevel = 0
  }

  static func heading(_ text: String, level: Int = 1) -> BlockSpec {
    BlockSpec(kind: .heading, sentences: [text], headingLevel: level)
  }

  static func paragraph(_ sentences: String...) -> BlockSpec {
    BlockSpec(kind: .paragraph, sentences: sentences)
  }

  static func document(_ specs: [BlockSpec], path: String = "post.md", leadingMarkup: String = "") -> Document {
    var text = leadingMarkup
    var blocks: [Block] = []
    var sentences: [Sentence] = []
    for (blockIndex, spec) in specs.enumerated() {
      if blockIndex > 0 { text += "\n\n" }
      if spec.kind == .heading { text += String(repeating: " ", count: spec.headingLevel + 1) }  // masked "# "
      let blockStart = text.utf8.count
      let firstSentence = sentences.count
      for (index, sentence) in spec.sentences.enumerated() {
        if index > 0 { text += " " }
        let start = text.utf8.count
        text += sentence
        sentences.append(Sentence(range: start..<text.utf8.count, block: blockIndex))
      }
      blocks.append(
        Block(
          kind: spec.kind, range: blockStart..<text.utf8.count, headingLevel: spec.headingLevel, section: 0,
          sentences: firstSentence..<sentences.count))
    }
    let bytes = Array(text.utf8)
    return Document(
      path: path, format: .markdown, source: SourceText(bytes: bytes), text: bytes, offsets: .identity,
      blocks: blocks, sentences: sentences,
      sections: [Section(heading: nil, blocks: 0..<blocks.count, range: 0..<bytes.count)], controlComments: [])
  }
}
