/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers (LSP base
/// protocol), without ever holding more than one message.
///
/// A bad header (no or unreadable `Content-Length`, a header block over 8 KiB) is reported and skipped up
/// to the next `Content-Length:`, however far on in the stream that comes. A body longer than ``limit`` is
/// reported and its bytes are discarded as they arrive. The events do not depend on how the stream is
/// split into reads.
public struct MessageFramer: Sendable {
  /// What the stream gave.
  public enum Event: Sendable, Equatable {
    case message([UInt8])
    /// A framing problem, in words; the stream goes on after it.
    case error(String)
  }

  /// The largest body accepted, in bytes.
  public let limit: Int
  private var buffer: [UInt8] = []
  /// Body bytes still to be thrown away after an oversized header.
  private var discarding = 0
  /// After a bad header: bytes are dropped until a `Content-Length:` arrives, across reads.
  private var skipping = false
  /// Where the search for the end of the header block resumes: no separator starts before it.
  private var searched = 0
  /// The header read while its body is still arriving: where the body starts and how long it is, so each
  /// read of the body does not read the header again.
  private var pending: (bodyStart: Int, length: Int)?
  private static let headerLimit = 8192
  private static let separator: [UInt8] = Array("\r\n\r\n".utf8)
  private static let lengthName: [UInt8] = Array("content-length:".utf8)

  public init(limit: Int = 16 << 20) {
    self.limit = limit
  }

  /// Takes the next bytes of the stream; returns the messages and problems they complete, in order.
  public mutating func append(_ bytes: some Collection<UInt8>) -> [Event] {
    // Arrays, slices and `Data` lend their storage: no generic copy of every read into a new slice.
    if let events = bytes.withContiguousStorageIfAvailable({ append(contiguous: $0) }) { return events }
    return Array(bytes).withUnsafeBufferPointer { append(contiguous: $0) }
  }

  private mutating func append(contiguous bytes: UnsafeBufferPointer<UInt8>) -> [Event] {
    var events: [Event] = []
    var input = bytes[...]
    if discarding > 0 {
      let dropped = min(discarding, input.count)
      discarding -= dropped
      input = input.dropFirst(dropped)
    }
    buffer += input
    while let event = next() { events.append(event) }
    return events
  }

  /// The next complete event in the buffer, consuming it.
  private mutating func next() -> Event? {
    guard discarding == 0 else { return nil }
    if skipping {
      guard skipToNextHeader() else { return nil }
    }
    guard !buffer.isEmpty else { return nil }
    let (bodyStart, length): (Int, Int)
    if let pending {
      (bodyStart, length) = pending
    } else {
      // The header block, separator included, must lie in the first `headerLimit` bytes; deciding on that
      // prefix alone gives the same answer whether it came in one read or many.
      let window = min(buffer.count, Self.headerLimit)
      guard let end = Self.find(Self.separator, in: buffer, from: searched, to: window) else {
        searched = max(0, window - (Self.separator.count - 1))
        guard buffer.count >= Self.headerLimit else { return nil }
        return resynchronize("header block longer than \(Self.headerLimit) bytes")
      }
      guard let value = Self.contentLength(buffer[..<end]) else {
        return resynchronize("message without a readable Content-Length header")
      }
      (bodyStart, length) = (end + Self.separator.count, value)
      if length > limit {
        let available = buffer.count - bodyStart
        discarding = max(0, length - available)
        consume(min(buffer.count, bodyStart + length))
        return .error("message of \(length) bytes is larger than the limit of \(limit) bytes")
      }
    }
    guard buffer.count >= bodyStart + length else {
      pending = (bodyStart, length)
      return nil
    }
    let body = Array(buffer[bodyStart..<(bodyStart + length)])
    consume(bodyStart + length)
    return .message(body)
  }

  /// Reports `problem` and starts dropping bytes up to the next `Content-Length:` after the start.
  private mutating func resynchronize(_ problem: String) -> Event {
    consume(1)
    skipping = true
    return .error(problem)
  }

  /// Drops bytes before the next `Content-Length:` (any case); `false` while none has arrived yet. Keeps
  /// a tail that may be the start of one cut off by the end of the read.
  private mutating func skipToNextHeader() -> Bool {
    let lowered = buffer.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    if let next = Self.find(Self.lengthName, in: lowered) {
      consume(next)
      skipping = false
      return true
    }
    consume(max(0, buffer.count - (Self.lengthName.count - 1)))
    return false
  }

  /// Removes the first `count` bytes of the buffer.
  private mutating func consume(_ count: Int) {
    guard count > 0 else { return }
    buffer.removeFirst(count)
    searched = 0
    pending = nil
  }

  /// The value of the `Content-Length` header (case-insensitive), if it is a number.
  static func contentLength(_ header: ArraySlice<UInt8>) -> Int? {
    let text = String(decoding: header, as: UTF8.self)
    for line in text.split(separator: "\r\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      guard line[..<colon].lowercased() == "content-length" else { continue }
      let value = line[line.index(after: colon)...].trimmingPrefix(" ")
      guard let length = Int(value.filter { $0 != " " }), length >= 0 else { return nil }
      return length
    }
    return nil
  }

  /// The first index of `needle` lying wholly in `haystack[start..<end]` (`end` defaults to the whole).
  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int = 0, to end: Int? = nil) -> Int? {
    let end = min(end ?? haystack.count, haystack.count)
    guard end >= needle.count, start <= end - needle.count else { return nil }
    for index in start...(end - needle.count) where haystack[index] == needle[0] {
      if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
    }
    return nil
  }

  /// `body` framed for sending.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}
