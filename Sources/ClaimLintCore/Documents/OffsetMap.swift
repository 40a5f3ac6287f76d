/// Maps byte offsets in a document's scan text back to byte offsets in the original file.
///
/// Masking keeps both the same length, so for plain text the map is the identity. Character references in
/// HTML and in Markdown prose are decoded (`&#8217;` → `’`), which shortens the scan text; each such
/// replacement is an ``Anchor`` and offsets between anchors shift by a constant.
public struct OffsetMap: Sendable, Hashable {
  /// One replacement: `scanLength` bytes at `scanOffset` stand for `sourceLength` bytes at `sourceOffset`.
  public struct Anchor: Sendable, Hashable {
    public var scanOffset: Int
    public var scanLength: Int
    public var sourceOffset: Int
    public var sourceLength: Int

    public init(scanOffset: Int, scanLength: Int, sourceOffset: Int, sourceLength: Int) {
      self.scanOffset = scanOffset
      self.scanLength = scanLength
      self.sourceOffset = sourceOffset
      self.sourceLength = sourceLength
    }
  }

  /// Replacements sorted by offset.
  public let anchors: [Anchor]

  /// The map for scan text that has exactly the file's layout.
  public static let identity = OffsetMap(anchors: [])

  public init(anchors: [Anchor]) {
    // Empty replacements (a decoded soft hyphen) sort before a replacement at the same scan offset.
    self.anchors = anchors.sorted {
      ($0.scanOffset, $0.scanLength, $0.sourceOffset) < ($1.scanOffset, $1.scanLength, $1.sourceOffset)
    }
  }

  public var isIdentity: Bool { anchors.isEmpty }

  /// The file offset of scan offset `offset` taken as a start: inside a replacement, its start.
  public func sourceOffset(_ offset: Int) -> Int {
    map(offset, asEnd: false)
  }

  /// The file range of a scan range; a range that ends inside or at the end of a replacement covers all of it.
  public func sourceRange(_ range: Range<Int>) -> Range<Int> {
    let lower = map(range.lowerBound, asEnd: false)
    let upper = range.isEmpty ? lower : map(range.upperBound, asEnd: true)
    return lower..<max(lower, upper)
  }

  /// The scan offset of file offset `offset`; inside a replacement, its start (or its end with `asEnd`).
  public func scanOffset(_ offset: Int, asEnd: Bool = false) -> Int {
    guard !anchors.isEmpty else { return offset }
    // Last anchor that starts at or before `offset` in the file (for ends: strictly before).
    var low = 0
    var high = anchors.count
    while low < high {
      let mid = (low + high) / 2
      let start = anchors[mid].sourceOffset
      if asEnd ? start < offset : start <= offset { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return offset }
    let anchor = anchors[low - 1]
    let sourceEnd = anchor.sourceOffset + anchor.sourceLength
    if offset < sourceEnd || (asEnd && offset == sourceEnd) {
      return asEnd ? anchor.scanOffset + anchor.scanLength : anchor.scanOffset
    }
    return offset - sourceEnd + anchor.scanOffset + anchor.scanLength
  }

  /// The scan range of a file range; the inverse of ``sourceRange(_:)`` for ranges that do not cut a
  /// replacement.
  public func scanRange(_ range: Range<Int>) -> Range<Int> {
    let lower = scanOffset(range.lowerBound)
    let upper = range.isEmpty ? lower : scanOffset(range.upperBound, asEnd: true)
    return lower..<max(lower, upper)
  }

  private func map(_ offset: Int, asEnd: Bool) -> Int {
    guard !anchors.isEmpty else { return offset }
    // Last anchor that starts at or before `offset` (for ends: strictly before).
    var low = 0
    var high = anchors.count
    while low < high {
      let mid = (low + high) / 2
      let start = anchors[mid].scanOffset
      if asEnd ? start < offset : start <= offset { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return offset }
    let anchor = anchors[low - 1]
    let scanEnd = anchor.scanOffset + anchor.scanLength
    if offset < scanEnd || (asEnd && offset == scanEnd) {
      return asEnd ? anchor.sourceOffset + anchor.sourceLength : anchor.sourceOffset
    }
    return offset - scanEnd + anchor.sourceOffset + anchor.sourceLength
  }
}
