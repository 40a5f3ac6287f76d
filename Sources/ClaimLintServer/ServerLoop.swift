import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a ``LanguageServer`` over a pair of file descriptors (standard input and output): a thread reads
/// and the calling thread frames, handles, debounces and writes, until `exit` or the end of the input.
public enum ServerLoop {
  /// Serves until the client sends `exit` (or closes the input); the status `exit` asked for, 1 without one.
  public static func run(settings: LanguageServer.Settings, input: Int32 = 0, output: Int32 = 1) -> Int32 {
    let mailbox = Mailbox()
    let reader = Thread { readAll(input, into: mailbox) }
    reader.stackSize = 1 << 20
    reader.start()
    let server = LanguageServer(settings: settings) { body in writeAll(MessageFramer.frame(body), to: output) }
    var framer = MessageFramer()
    while true {
      let deadline = server.nextDeadline.map { Date(timeIntervalSinceNow: max(0, $0 - LanguageServer.monotonicSeconds())) }
      switch mailbox.take(until: deadline) {
      case .bytes(let bytes):
        for event in framer.append(bytes) {
          switch event {
          case .message(let body): server.handle(body)
          case .error(let problem): server.reportFramingError(problem)
          }
          if let status = server.exitStatus { return status }
        }
      case .end:
        return server.exitStatus ?? 1
      case nil:
        server.runDueLints(now: LanguageServer.monotonicSeconds())
      }
    }
  }

  /// Reads until end of input, handing each chunk to the mailbox.
  private static func readAll(_ descriptor: Int32, into mailbox: Mailbox) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      mailbox.put(.bytes(Array(buffer[..<count])))
    }
    mailbox.put(.end)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }  // the client is gone; the read side will end the loop
      offset += written
    }
  }

  /// What the reader thread passes on.
  enum Delivery: Sendable {
    case bytes([UInt8])
    case end
  }

  /// A queue between the reader thread and the loop.
  final class Mailbox: @unchecked Sendable {
    private var queue: [Delivery] = []
    private let condition = NSCondition()

    func put(_ delivery: Delivery) {
      condition.lock()
      queue.append(delivery)
      condition.signal()
      condition.unlock()
    }

    /// The next delivery, waiting until `deadline` (forever when `nil`); `nil` when the deadline passed.
    func take(until deadline: Date?) -> Delivery? {
      condition.lock()
      defer { condition.unlock() }
      while queue.isEmpty {
        if let deadline {
          if !condition.wait(until: deadline) && queue.isEmpty { return nil }
        } else {
          condition.wait()
        }
      }
      return queue.removeFirst()
    }
  }
}
