/// The original bytes of a file and a table of line starts; converts byte offsets to line and column.
///
/// Columns come in three units: UTF-8 bytes (gcc), Unicode scalars (text, JSON, SARIF) and UTF-16 code
/// units (editors, LSP). All are 1-based. A line ends at `\n`; a `\r` before it is not part of the line.
/// A lone `\r` (old Mac line endings) also ends a line.
public struct SourceText: Sendable {
  /// The file's bytes, unchanged.
  public let bytes: [UInt8]
  /// Byte offset of the first byte of each line.
  public let lineStarts: [Int]
  /// Scalars and four-byte sequences before each `checkpointStride`-byte block, so a column on a
  /// long line is counted from the nearest checkpoint instead of from the line's start; empty when no
  /// line is long enough to need them.
  private let checkpoints: [ColumnCheckpoint]

  /// Bytes between two column checkpoints.
  static let checkpointStride = 1024
  /// Widths up to this many bytes are counted directly; only lines longer than it need checkpoints.
  static let directCount = 2 * checkpointStride

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    let count = bytes.count
    for (offset, byte) in bytes.enumerated() {
      if byte == UInt8(ascii: "\n") {
        starts.append(offset + 1)
      } else if byte == UInt8(ascii: "\r"), offset + 1 == count || bytes[offset + 1] != UInt8(ascii: "\n") {
        starts.append(offset + 1)
      }
    }
    self.lineStarts = starts
    let longest = zip(starts, starts.dropFirst() + [count]).lazy.map { $1 - $0 }.max() ?? 0
    self.checkpoints = longest > Self.directCount ? Self.checkpoints(of: bytes) : []
  }

  /// The counts before every `checkpointStride`-byte block, and before the end of the file.
  private static func checkpoints(of bytes: [UInt8]) -> [ColumnCheckpoint] {
    var checkpoints: [ColumnCheckpoint] = []
    checkpoints.reserveCapacity(bytes.count / checkpointStride + 1)
    var counts = ColumnCheckpoint()
    for (offset, byte) in bytes.enumerated() {
      if offset & (checkpointStride - 1) == 0 { checkpoints.append(counts) }
      counts.add(byte)
    }
    if bytes.count % checkpointStride == 0 { checkpoints.append(counts) }
    return checkpoints
  }

  public init(_ string: String) {
    self.init(bytes: Array(string.utf8))
  }

  /// The unit a column is counted in.
  public enum ColumnUnit: Sendable {
    case utf8
    case scalars
    case utf16
  }

  /// A 1-based line and column.
  public struct Position: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
      self.line = line
      self.column = column
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
      (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
  }

  /// The 1-based line holding byte `offset` (an offset at the end of the file belongs to the last line).
  public func line(containing offset: Int) -> Int {
    let clamped = min(max(offset, 0), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// The line and column of byte `offset`.
  public func position(of offset: Int, unit: ColumnUnit = .scalars) -> Position {
    let clamped = min(max(offset, 0), bytes.count)
    let line = line(containing: clamped)
    var start = lineStarts[line - 1]
    // A byte-order mark is not a character of the first line: editors do not count it.
    if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]), clamped >= 3 { start = 3 }
    return Position(line: line, column: 1 + columnWidth(from: start, to: clamped, unit: unit))
  }

  /// Number of `unit`s between two byte offsets on the same line, in time bounded by the checkpoint
  /// stride however long the line is.
  private func columnWidth(from start: Int, to end: Int, unit: ColumnUnit) -> Int {
    if unit == .utf8 { return end - start }
    let counts: ColumnCheckpoint
    if end - start <= Self.directCount {
      counts = ColumnCheckpoint(counting: bytes[start..<end])
    } else {
      counts = self.counts(before: end) - self.counts(before: start)
    }
    return unit == .utf16 ? counts.scalars + counts.fourByte : counts.scalars
  }

  /// Scalars and four-byte sequences that start before byte `offset`.
  private func counts(before offset: Int) -> ColumnCheckpoint {
    let block = offset / Self.checkpointStride
    let blockStart = block * Self.checkpointStride
    return checkpoints[block] + ColumnCheckpoint(counting: bytes[blockStart..<offset])
  }

  /// The byte range of 1-based line `number`, without its line terminator.
  public func lineRange(_ number: Int) -> Range<Int> {
    precondition(number >= 1 && number <= lineStarts.count, "line out of range")
    let start = lineStarts[number - 1]
    var end = bytes.count
    if number < lineStarts.count {
      // The terminator is the byte before the next line: `\n` (maybe after `\r`) or a lone `\r`.
      end = lineStarts[number] - 1
      if bytes[end] == UInt8(ascii: "\n") && end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    } else if end > start && bytes[end - 1] == UInt8(ascii: "\r") {
      end -= 1
    }
    return start..<max(start, end)
  }

  /// The text of 1-based line `number`, without its line terminator.
  public func lineText(_ number: Int) -> String {
    String(decoding: bytes[lineRange(number)], as: UTF8.self)
  }

  /// The text in a byte range.
  public func text(in range: Range<Int>) -> String {
    let lower = min(max(range.lowerBound, 0), bytes.count)
    let upper = min(max(range.upperBound, lower), bytes.count)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  /// `offset` moved back to the first byte of the UTF-8 sequence it falls in.
  public func scalarStart(atOrBefore offset: Int) -> Int {
    var offset = min(max(offset, 0), bytes.count)
    while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  /// The number of bytes in the UTF-8 sequence that starts with `lead` (1 for stray continuation bytes).
  public static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}

/// Counts of scalars (UTF-8 lead bytes) and of four-byte sequences (two UTF-16 units each).
struct ColumnCheckpoint: Sendable {
  var scalars = 0
  var fourByte = 0

  init() {}

  /// The counts of `bytes`, which hold valid UTF-8 (a scalar cut at the end still counts).
  init(counting bytes: ArraySlice<UInt8>) {
    for byte in bytes { add(byte) }
  }

  /// Counts one more byte.
  mutating func add(_ byte: UInt8) {
    if byte & 0xC0 != 0x80 { scalars += 1 }
    if byte >= 0xF0 { fourByte += 1 }
  }

  static func + (lhs: Self, rhs: Self) -> Self {
    var sum = lhs
    sum.scalars += rhs.scalars
    sum.fourByte += rhs.fourByte
    return sum
  }

  static func - (lhs: Self, rhs: Self) -> Self {
    var difference = lhs
    difference.scalars -= rhs.scalars
    difference.fourByte -= rhs.fourByte
    return difference
  }
}
