import Foundation
import Testing
@testable import ClaimLintCore

/// Parses test input, failing the test on a tool error, and checks the document invariants.
func parsed(_ text: String, _ format: DocumentFormat, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> Document
{
  let document = try DocumentParser.parse(path: "test." + format.rawValue, text: text, format: format)
  expectInvariants(document, sourceLocation: sourceLocation)
  return document
}

/// The first offset of `needle` in `haystack` at or after `from`.
func offset(of needle: String, in haystack: [UInt8], occurrence: Int = 0) -> Int? {
  let bytes = Array(needle.utf8)
  var from = 0
  var remaining = occurrence
  while let found = ForwardFinder.search(bytes, in: haystack, from: from, limit: haystack.count) {
    if remaining == 0 { return found }
    remaining -= 1
    from = found + 1
  }
  return nil
}

extension Document {
  /// The whole scan text as a string.
  var scanString: String { string(0..<text.count) }

  /// Texts of all blocks.
  var blockTexts: [String] { blocks.map { string($0.range) } }

  /// Texts of all blocks with runs of whitespace (masked markup) collapsed to one space.
  var collapsedBlockTexts: [String] { blocks.map { collapsed(string($0.range)) } }

  /// Texts of all sentences.
  var sentenceTexts: [String] { sentences.map { string($0.range) } }

  /// The file range of the `occurrence`-th `word` in the original file.
  func fileRange(of word: String, occurrence: Int = 0) -> Range<Int>? {
    offset(of: word, in: source.bytes, occurrence: occurrence).map { $0..<$0 + word.utf8.count }
  }

  /// The scan range of the `occurrence`-th `word` in the scan text.
  func scanRange(of word: String, occurrence: Int = 0) -> Range<Int>? {
    offset(of: word, in: text, occurrence: occurrence).map { $0..<$0 + word.utf8.count }
  }

  /// The block whose text is exactly `text`.
  func block(_ text: String) -> Block? {
    blocks.first { string($0.range) == text }
  }
}

/// Checks that `word` is prose at its own place: the scan text at the file range of its `occurrence`-th
/// appearance in the file reads `word`, and maps back to that file range.
func expectProse(_ document: Document, _ word: String, occurrence: Int = 0,
  sourceLocation: SourceLocation = #_sourceLocation)
{
  guard let fileRange = document.fileRange(of: word, occurrence: occurrence) else {
    Issue.record("\(word) is not in the file", sourceLocation: sourceLocation)
    return
  }
  let scanRange = document.offsets.scanRange(fileRange)
  #expect(document.string(scanRange) == word, sourceLocation: sourceLocation)
  #expect(document.sourceRange(scanRange) == fileRange, sourceLocation: sourceLocation)
}

/// Checks that no letters of `fragment` survive in the scan text.
func expectMasked(_ document: Document, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(!document.scanString.contains(fragment), "\(fragment) should be masked", sourceLocation: sourceLocation)
}

/// The invariants every document must satisfy.
func expectInvariants(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
  let text = document.text
  #expect(InputValidator.firstInvalidUTF8(text) == nil, "scan text is valid UTF-8", sourceLocation: sourceLocation)
  if document.offsets.isIdentity {
    #expect(text.count == document.source.bytes.count, sourceLocation: sourceLocation)
  }
  // Masking keeps line breaks where they were.
  for (index, byte) in document.source.bytes.enumerated() where byte == UInt8(ascii: "\n") {
    let mapped = document.offsets.scanOffset(index)
    #expect(mapped < text.count && text[mapped] == byte, "line break kept", sourceLocation: sourceLocation)
  }
  var previousEnd = 0
  var sentenceIndex = 0
  for (index, block) in document.blocks.enumerated() {
    #expect(block.range.lowerBound >= previousEnd, "blocks sorted and disjoint", sourceLocation: sourceLocation)
    #expect(!block.range.isEmpty, sourceLocation: sourceLocation)
    #expect(ByteClass.trimmed(block.range, in: text) == block.range, "block trimmed", sourceLocation: sourceLocation)
    previousEnd = block.range.upperBound
    #expect(block.sentences.lowerBound == sentenceIndex, sourceLocation: sourceLocation)
    for sentence in block.sentences {
      let range = document.sentences[sentence].range
      #expect(document.sentences[sentence].block == index, sourceLocation: sourceLocation)
      #expect(block.range.contains(range.lowerBound) && range.upperBound <= block.range.upperBound,
        sourceLocation: sourceLocation)
      #expect(ByteClass.trimmed(range, in: text) == range, "sentence trimmed", sourceLocation: sourceLocation)
    }
    sentenceIndex = block.sentences.upperBound
    let section = document.sections[block.section]
    #expect(section.blocks.contains(index), sourceLocation: sourceLocation)
  }
  #expect(sentenceIndex == document.sentences.count, sourceLocation: sourceLocation)
  var previousSentenceEnd = 0
  for sentence in document.sentences {
    #expect(sentence.range.lowerBound >= previousSentenceEnd, sourceLocation: sourceLocation)
    previousSentenceEnd = sentence.range.upperBound
  }
  for (index, section) in document.sections.enumerated() {
    if let heading = section.heading {
      #expect(document.blocks[heading].kind == .heading, sourceLocation: sourceLocation)
      #expect(section.blocks.lowerBound == heading, sourceLocation: sourceLocation)
    } else {
      #expect(index == 0, "only the first section may be untitled", sourceLocation: sourceLocation)
    }
  }
  for comment in document.controlComments {
    #expect(comment.body.hasPrefix("claimlint-"), sourceLocation: sourceLocation)
    #expect(comment.range.upperBound <= document.source.bytes.count, sourceLocation: sourceLocation)
  }
}

/// `text` with every run of whitespace replaced by one space.
func collapsed(_ text: String) -> String {
  text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

/// `source` with each of `parts` replaced by spaces of the same UTF-8 length (what masking should give).
func masking(_ source: String, _ parts: [String]) -> String {
  var result = source
  for part in parts {
    result = result.replacingOccurrences(of: part, with: String(repeating: " ", count: part.utf8.count))
  }
  return result
}
