/// Splits a byte stream into lines (LF, with an optional CR before it), looking only at the bytes that
/// arrived since the last newline; a line longer than `maximumLine` is not kept, only its first bytes.
struct LineSplitter {
  enum Line: Equatable {
    case message([UInt8])
    /// A line over the maximum, with its first ``prefixLength`` bytes (to find its request id).
    case overlong(prefix: [UInt8])
  }

  static let prefixLength = 64 << 10
  let maximumLine: Int
  private var pending: [UInt8] = []
  /// The first bytes of the overlong line being skipped, or `nil` when not skipping.
  private var overlongPrefix: [UInt8]?

  init(maximumLine: Int) {
    self.maximumLine = maximumLine
  }

  /// The lines that `chunk` completes, in order; empty lines are left out.
  mutating func append(_ chunk: ArraySlice<UInt8>) -> [Line] {
    var lines: [Line] = []
    var start = chunk.startIndex
    while let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
      take(chunk[start..<newline])
      if let prefix = overlongPrefix {
        lines.append(.overlong(prefix: prefix))
      } else {
        if pending.last == UInt8(ascii: "\r") { pending.removeLast() }
        if !pending.isEmpty { lines.append(.message(pending)) }
      }
      pending = []
      overlongPrefix = nil
      start = newline + 1
    }
    take(chunk[start...])
    return lines
  }

  /// Adds bytes to the line in progress, switching to skipping once it is over the maximum.
  private mutating func take(_ bytes: ArraySlice<UInt8>) {
    guard overlongPrefix == nil else { return }
    pending += bytes
    if pending.count > maximumLine {
      overlongPrefix = Array(pending.prefix(Self.prefixLength))
      pending = []
    }
  }
}
