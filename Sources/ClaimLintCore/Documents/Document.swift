/// A file ready for rules: its original bytes, the prose to match against, and its structure.
///
/// `text` is the scan text: the file with everything that is not prose (markup, code, URLs, comments)
/// masked by spaces of the same byte length, so scan offsets equal file offsets. Only character references
/// (in HTML, and in Markdown prose, where CommonMark decodes them too) change its length; ``offsets`` maps
/// scan offsets back to file offsets in every case. Build one with ``DocumentParser``.
/// Blocks, sentences and sections hold scan-text ranges.
public struct Document: Sendable {
  /// The path as given by the user (or the `--stdin-filename`).
  public let path: String
  public let format: DocumentFormat
  /// The original file.
  public let source: SourceText
  /// The scan text (valid UTF-8).
  public let text: [UInt8]
  /// Scan offsets → file offsets.
  public let offsets: OffsetMap
  /// Prose units in document order: paragraphs, headings, list items, table cells, alt text…
  public let blocks: [Block]
  /// Sentences in document order; each lies inside one block.
  public let sentences: [Sentence]
  /// Sections in document order; the first may have no heading.
  public let sections: [Section]
  /// claimlint control comments (`<!-- claimlint-… -->` and the plain-text form), in file order.
  public let controlComments: [ControlComment]

  public init(
    path: String, format: DocumentFormat, source: SourceText, text: [UInt8], offsets: OffsetMap,
    blocks: [Block], sentences: [Sentence], sections: [Section], controlComments: [ControlComment]
  ) {
    self.path = path
    self.format = format
    self.source = source
    self.text = text
    self.offsets = offsets
    self.blocks = blocks
    self.sentences = sentences
    self.sections = sections
    self.controlComments = controlComments
  }

  /// The scan text in `range` as a string.
  public func string(_ range: Range<Int>) -> String {
    String(decoding: text[range], as: UTF8.self)
  }

  /// The file range of a scan range.
  public func sourceRange(_ range: Range<Int>) -> Range<Int> {
    offsets.sourceRange(range)
  }

  /// Index of the sentence whose range contains scan offset `offset`, or `nil` when it is between sentences.
  public func sentenceIndex(containing offset: Int) -> Int? {
    Self.index(count: sentences.count, containing: offset) { sentences[$0].range }
  }

  /// Index of the block whose range contains scan offset `offset`, or `nil`.
  public func blockIndex(containing offset: Int) -> Int? {
    Self.index(count: blocks.count, containing: offset) { blocks[$0].range }
  }

  /// Index of the section whose range contains scan offset `offset`, or `nil`.
  public func sectionIndex(containing offset: Int) -> Int? {
    Self.index(count: sections.count, containing: offset) { sections[$0].range }
  }

  /// Binary search over sorted, non-overlapping ranges.
  static func index(in ranges: [Range<Int>], containing offset: Int) -> Int? {
    index(count: ranges.count, containing: offset) { ranges[$0] }
  }

  /// Binary search over `count` sorted, non-overlapping ranges given by `range(at:)`, without copying them.
  static func index(count: Int, containing offset: Int, range: (Int) -> Range<Int>) -> Int? {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if range(mid).upperBound <= offset { low = mid + 1 } else { high = mid }
    }
    guard low < count, range(low).contains(offset) else { return nil }
    return low
  }
}

/// A unit of prose: a paragraph, heading, list item, table cell, or an HTML `alt`/`title` text.
public struct Block: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case paragraph
    case heading
    case listItem
    case tableCell
    /// An image's alt text, or an HTML `alt`/`title` attribute.
    case alternativeText
  }

  public var kind: Kind
  /// Scan-text range of the block's content.
  public var range: Range<Int>
  /// 1–6 for headings, 0 otherwise.
  public var headingLevel: Int
  /// True inside a blockquote.
  public var isQuote: Bool
  /// Index of the section the block belongs to.
  public var section: Int
  /// Indices into ``Document/sentences``.
  public var sentences: Range<Int>

  public init(
    kind: Kind, range: Range<Int>, headingLevel: Int = 0, isQuote: Bool = false, section: Int = 0,
    sentences: Range<Int> = 0..<0
  ) {
    self.kind = kind
    self.range = range
    self.headingLevel = headingLevel
    self.isQuote = isQuote
    self.section = section
    self.sentences = sentences
  }
}

/// A sentence: a scan-text range (without surrounding whitespace) inside one block.
public struct Sentence: Sendable, Hashable {
  public var range: Range<Int>
  /// Index of the block that holds it.
  public var block: Int

  public init(range: Range<Int>, block: Int) {
    self.range = range
    self.block = block
  }
}

/// A heading and the blocks up to the next heading; sections are flat, and text before the first heading
/// forms an untitled section.
public struct Section: Sendable, Hashable {
  /// Index of the heading block, or `nil` for text before the first heading.
  public var heading: Int?
  /// Indices into ``Document/blocks``.
  public var blocks: Range<Int>
  /// Scan-text range from the heading (or the start) to the next section.
  public var range: Range<Int>

  public init(heading: Int?, blocks: Range<Int>, range: Range<Int>) {
    self.heading = heading
    self.blocks = blocks
    self.range = range
  }
}

/// A claimlint control comment such as `<!-- claimlint-disable-next-line causal/observational -- reason -->`.
public struct ControlComment: Sendable, Hashable {
  /// File byte range of the whole comment.
  public var range: Range<Int>
  /// The directive text inside the comment markers, trimmed (starts with `claimlint-`).
  public var body: String

  public init(range: Range<Int>, body: String) {
    self.range = range
    self.body = body
  }
}
