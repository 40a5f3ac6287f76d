import Foundation

/// Turns a finished ``ScanBuffer`` into a ``Document``: applies decoded character references, maps block
/// ranges to scan offsets, trims and orders blocks, splits sentences and builds sections.
enum DocumentAssembler {
  static func assemble(path: String, format: DocumentFormat, buffer: ScanBuffer) -> Document {
    var masked = buffer.text
    repairPartialSequences(&masked)
    let (text, offsets) = applyReplacements(buffer.replacements, to: masked)
    var blocks = orderedBlocks(buffer.blocks, text: text, offsets: offsets)
    var sentences: [Sentence] = []
    for (index, ranges) in sentenceRanges(of: blocks, in: text).enumerated() {
      let first = sentences.count
      sentences += ranges.map { Sentence(range: $0, block: index) }
      blocks[index].sentences = first..<sentences.count
    }
    let sections = makeSections(&blocks, textCount: text.count)
    let comments = buffer.controlComments.sorted { $0.range.lowerBound < $1.range.lowerBound }
    return Document(
      path: path, format: format, source: SourceText(bytes: buffer.source), text: text, offsets: offsets,
      blocks: blocks, sentences: sentences, sections: sections, controlComments: comments)
  }

  /// Scan text from which a document's blocks are split into sentences on every core.
  static let parallelLength = 256 * 1024

  /// The sentence ranges of each block, in order; in a long text, runs of blocks are split side by side
  /// (each block is split on its own, so the result is the same).
  static func sentenceRanges(of blocks: [Block], in text: [UInt8]) -> [[Range<Int>]] {
    let splitter = SentenceSplitter()
    let ranges = blocks.map(\.range)
    guard text.count >= parallelLength else { return ranges.map { splitter.split(text, in: $0) } }
    return ranges.concurrentMap(inChunks: 8 * ProcessInfo.processInfo.activeProcessorCount) {
      splitter.split(text, in: $0)
    }
  }

  /// Masks what is left of a UTF-8 sequence after masking hit part of it, so the scan text stays valid.
  static func repairPartialSequences(_ bytes: inout [UInt8]) {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length = lead >= 0xC0 ? SourceText.sequenceLength(lead) : 1
      var valid = length > 1 && index + length <= count
      if valid {
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
      }
      if valid {
        index += length
      } else {
        bytes[index] = ByteClass.space
        index += 1
      }
    }
  }

  /// Builds the scan text from the masked file and the replacements (decoded references, editorial brackets),
  /// skipping any that were masked
  /// afterwards or overlap an earlier one).
  static func applyReplacements(_ replacements: [ScanBuffer.Replacement], to masked: [UInt8])
    -> ([UInt8], OffsetMap)
  {
    guard !replacements.isEmpty else { return (masked, .identity) }
    let sorted = replacements.sorted { $0.range.lowerBound < $1.range.lowerBound }
    var text: [UInt8] = []
    text.reserveCapacity(masked.count)
    var anchors: [OffsetMap.Anchor] = []
    var copied = 0
    for replacement in sorted {
      let range = replacement.range
      // A replacement whose ends were masked afterwards (inside code, a URL) does not apply.
      guard range.lowerBound >= copied, range.upperBound <= masked.count,
        masked[range.lowerBound] != ByteClass.space, masked[range.upperBound - 1] != ByteClass.space
      else { continue }
      text += masked[copied..<range.lowerBound]
      anchors.append(
        OffsetMap.Anchor(
          scanOffset: text.count, scanLength: replacement.utf8.count, sourceOffset: range.lowerBound,
          sourceLength: range.count))
      text += replacement.utf8
      copied = range.upperBound
    }
    text += masked[copied...]
    return (text, OffsetMap(anchors: anchors))
  }

  /// Maps blocks to scan offsets, trims them, drops empty ones, sorts them and removes overlaps (a later
  /// block that starts inside an earlier one is cut to start after it).
  static func orderedBlocks(_ raw: [ScanBuffer.RawBlock], text: [UInt8], offsets: OffsetMap) -> [Block] {
    var blocks: [Block] = []
    blocks.reserveCapacity(raw.count)
    for block in raw {
      let range = ByteClass.trimmed(offsets.scanRange(block.range), in: text)
      guard !range.isEmpty else { continue }
      blocks.append(Block(kind: block.kind, range: range, headingLevel: block.headingLevel, isQuote: block.isQuote))
    }
    blocks.sort { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
    var result: [Block] = []
    result.reserveCapacity(blocks.count)
    for var block in blocks {
      if let last = result.last, block.range.lowerBound < last.range.upperBound {
        guard block.range.upperBound > last.range.upperBound else { continue }
        block.range = ByteClass.trimmed(last.range.upperBound..<block.range.upperBound, in: text)
        guard !block.range.isEmpty else { continue }
      }
      result.append(block)
    }
    return result
  }

  /// One section per heading, plus an untitled first section when blocks precede the first heading.
  static func makeSections(_ blocks: inout [Block], textCount: Int) -> [Section] {
    var starts: [(heading: Int?, block: Int)] = []
    for index in blocks.indices {
      if blocks[index].kind == .heading {
        starts.append((index, index))
      } else if starts.isEmpty {
        starts.append((nil, index))
      }
    }
    var sections: [Section] = []
    for (position, start) in starts.enumerated() {
      let endBlock = position + 1 < starts.count ? starts[position + 1].block : blocks.count
      let lower = start.heading == nil ? 0 : blocks[start.block].range.lowerBound
      let upper = position + 1 < starts.count ? blocks[starts[position + 1].block].range.lowerBound : textCount
      sections.append(Section(heading: start.heading, blocks: start.block..<endBlock, range: lower..<upper))
      for index in start.block..<endBlock { blocks[index].section = position }
    }
    return sections
  }
}
