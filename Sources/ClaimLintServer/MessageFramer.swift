/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers (LSP base
/// protocol), without ever holding more than one message.
///
/// A bad header (no or unreadable `Content-Length`, a header block over 8 KiB) is reported and skipped up
/// to the next `Content-Length:`. A body longer than ``limit`` is reported and its bytes are discarded as
/// they arrive.
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
  private static let headerLimit = 8192
  private static let separator: [UInt8] = Array("\r\n\r\n".utf8)
  private static let lengthName: [UInt8] = Array("content-length:".utf8)

  public init(limit: Int = 16 << 20) {
    self.limit = limit
  }

  /// Takes the next bytes of the stream; returns the messages and problems they complete, in order.
  public mutating func append(_ bytes: some Collection<UInt8>) -> [Event] {
    var events: [Event] = []
    var input = ArraySlice(bytes)
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
    guard discarding == 0, !buffer.isEmpty else { return nil }
    guard let end = Self.find(Self.separator, in: buffer) else {
      guard buffer.count > Self.headerLimit else { return nil }
      return resynchronize("header block longer than \(Self.headerLimit) bytes")
    }
    guard let length = Self.contentLength(buffer[..<end]) else {
      return resynchronize("message without a readable Content-Length header")
    }
    let bodyStart = end + Self.separator.count
    if length > limit {
      let available = buffer.count - bodyStart
      discarding = max(0, length - available)
      buffer.removeFirst(min(buffer.count, bodyStart + length))
      return .error("message of \(length) bytes is larger than the limit of \(limit) bytes")
    }
    guard buffer.count >= bodyStart + length else { return nil }
    let body = Array(buffer[bodyStart..<(bodyStart + length)])
    buffer.removeFirst(bodyStart + length)
    return .message(body)
  }

  /// Reports `problem` and drops bytes up to the next `Content-Length:` after the start.
  private mutating func resynchronize(_ problem: String) -> Event {
    let lowered = buffer.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    if let next = Self.find(Self.lengthName, in: lowered, from: 1) {
      buffer.removeFirst(next)
    } else {
      buffer.removeAll(keepingCapacity: false)
    }
    return .error(problem)
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

  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
    guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
      if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
    }
    return nil
  }

  /// `body` framed for sending.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}
