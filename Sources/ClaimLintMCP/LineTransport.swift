import Foundation
import Logging
import MCP

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// MCP's stdio transport: one JSON-RPC message per line, read by a thread of its own in large chunks
/// (a message of megabytes costs time in proportion to its size) and repaired by ``MessageRepair``
/// before the server decodes it. A line longer than `maximumLine` is dropped and answered with an error.
actor LineTransport: Transport {
  nonisolated let logger = Logger(label: "claimlint.mcp.transport", factory: { _ in SwiftLogNoOpLogHandler() })
  private let input: Int32
  private let output: Int32
  private let maximumLine: Int
  private let stream: AsyncThrowingStream<Data, any Error>
  private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
  private var reader: Thread?

  init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, maximumLine: Int = 64 << 20) {
    self.input = input
    self.output = output
    self.maximumLine = maximumLine
    (stream, continuation) = AsyncThrowingStream.makeStream()
  }

  func connect() async throws {
    guard reader == nil else { return }
    let (input, continuation, maximumLine) = (self.input, self.continuation, self.maximumLine)
    let thread = Thread { [self] in
      Self.readAll(input, maximumLine: maximumLine, continuation: continuation) { line in
        Task { await self.refuse(line) }
      }
    }
    thread.stackSize = 1 << 20
    reader = thread
    thread.start()
  }

  func disconnect() async {
    continuation.finish()
  }

  func send(_ data: Data) async throws {
    var bytes = [UInt8](data)
    bytes.append(UInt8(ascii: "\n"))
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw MCPError.connectionClosed }
      offset += written
    }
  }

  func receive() -> AsyncThrowingStream<Data, any Error> {
    stream
  }

  /// Answers a message too long to read with an error for its request (when its id could be seen).
  private func refuse(_ prefix: [UInt8]) async {
    let id = MessageRepair.requestID(in: MessageRepair.repaired(prefix)) ?? "null"
    let limit = InputLimits.describe(maximumLine)
    let reply = #"{"jsonrpc":"2.0","id":\#(id),"error":{"code":-32600,"message":"message longer than \#(limit); not read"}}"#
    try? await send(Data(reply.utf8))
  }

  /// Reads until the end of input, handing each repaired line to the server and each overlong one to
  /// `refuse` (its first bytes).
  private static func readAll(
    _ descriptor: Int32, maximumLine: Int, continuation: AsyncThrowingStream<Data, any Error>.Continuation,
    refuse: @escaping @Sendable ([UInt8]) -> Void
  ) {
    var splitter = LineSplitter(maximumLine: maximumLine)
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      for line in splitter.append(buffer[..<count]) {
        switch line {
        case .message(let bytes): continuation.yield(Data(MessageRepair.repaired(bytes)))
        case .overlong(let prefix): refuse(prefix)
        }
      }
    }
    continuation.finish()
  }
}
