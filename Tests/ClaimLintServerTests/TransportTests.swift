import ClaimLintCore
import Foundation
import Testing

@testable import ClaimLintServer

/// Framing, position conversion and the exit status, below the recorded exchanges.
@Suite struct TransportTests {
  func body(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func framesArriveWholeFromAnySplit() {
    let stream = MessageFramer.frame(body(#"{"a":1}"#)) + Array("content-length: 2\r\nContent-Type: x\r\n\r\n{}".utf8)
    for split in 0...stream.count {
      var framer = MessageFramer()
      let events = framer.append(stream[..<split]) + framer.append(stream[split...])
      #expect(events == [.message(body(#"{"a":1}"#)), .message(body("{}"))], "split at \(split)")
    }
  }

  @Test func aBadHeaderIsReportedAndTheNextMessageStillArrives() {
    var framer = MessageFramer()
    let events = framer.append(Array("Content-Length: x\r\n\r\n{}Content-Length: 2\r\n\r\n{}".utf8))
    #expect(events == [.error("message without a readable Content-Length header"), .message(body("{}"))])
    var noHeader = MessageFramer()
    #expect(noHeader.append(Array(repeating: UInt8(ascii: "x"), count: 9000)).count == 1)
  }

  /// Found by FuzzMessageFramer: after a bad header the framer dropped only what it held, so when the next
  /// `Content-Length:` came in a later read the bytes before it made a second error and the message was lost.
  @Test func aBadHeaderIsSkippedTheSameWayInAnyReadSize() {
    let unreadable = Array("Content-Length: x\r\n\r\n{\"a\":1}".utf8) + MessageFramer.frame(body("{}"))
    let overlong = Array(repeating: UInt8(ascii: "x"), count: 9000) + Array("\r\n\r\n".utf8)
      + MessageFramer.frame(body("{}"))
    for (stream, problem) in [
      (unreadable, "message without a readable Content-Length header"), (overlong, "header block longer than 8192 bytes"),
    ] {
      var whole = MessageFramer()
      #expect(whole.append(stream) == [.error(problem), .message(body("{}"))])
      for step in [1, 2, 5, 14, 15, 16, 4096] {
        var framer = MessageFramer()
        var events: [MessageFramer.Event] = []
        for start in stride(from: 0, to: stream.count, by: step) {
          events += framer.append(stream[start..<min(stream.count, start + step)])
        }
        #expect(events == [.error(problem), .message(body("{}"))], "reads of \(step) bytes")
      }
    }
  }

  @Test func anOversizedBodyIsDiscardedAsItArrives() {
    var framer = MessageFramer(limit: 10)
    let header = Array("Content-Length: 25\r\n\r\n".utf8)
    var events = framer.append(header + Array(repeating: UInt8(ascii: "a"), count: 5))
    #expect(events == [.error("message of 25 bytes is larger than the limit of 10 bytes")])
    events = framer.append(Array(repeating: UInt8(ascii: "a"), count: 20) + MessageFramer.frame(body("{}")))
    #expect(events == [.message(body("{}"))])
  }

  @Test func positionsRoundTripInEveryEncodingAndClampToTheLine() {
    let source = SourceText("a“😀”b\r\nnext\n")
    for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
      for offset in [0, 1, 4, 8, 11, 12, 14, 18] {
        let position = encoding.position(of: offset, in: source)
        #expect(encoding.offset(of: position, in: source) == offset, "\(encoding) \(offset)")
      }
    }
    #expect(PositionEncoding.utf16.position(of: 8, in: source) == LSP.Position(line: 0, character: 4))
    #expect(PositionEncoding.utf16.offset(of: LSP.Position(line: 0, character: 3), in: source) == 4)  // inside 😀
    #expect(PositionEncoding.utf16.offset(of: LSP.Position(line: 0, character: 99), in: source) == 12)
    #expect(PositionEncoding.utf16.offset(of: LSP.Position(line: 9, character: 0), in: source) == 19)
    #expect(PositionEncoding.negotiate(["utf-32", "utf-8"]) == .utf8)
    #expect(PositionEncoding.negotiate([]) == .utf16)
  }

  @Test func exitAfterShutdownIsZeroAndOneWithout() {
    let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#
    for (messages, status) in [([initialize, #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#], Int32(0)), ([initialize], 1)] {
      let server = LanguageServer(send: { _ in })
      for message in messages + [#"{"jsonrpc":"2.0","method":"exit"}"#] { server.handle(body(message)) }
      #expect(server.exitStatus == status)
    }
  }

  @Test func debouncedLintsWaitForTheirDeadline() {
    var now = 10.0
    var sent: [String] = []
    let server = LanguageServer(
      settings: LanguageServer.Settings(debounce: 0.5), clock: { now }, send: { sent.append(String(decoding: $0, as: UTF8.self)) })
    server.handle(body(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#))
    server.handle(body(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///t/a.md","version":1,"text":"x\n"}}}"#))
    server.handle(body(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///t/a.md","version":2},"contentChanges":[{"text":"Our tonic is a miracle.\n"}]}}"#))
    #expect(server.nextDeadline == 10.5)
    let before = sent.count
    server.runDueLints(now: 10.4)
    #expect(sent.count == before)
    now = 10.6
    server.runDueLints(now: now)
    #expect(sent.count == before + 1 && sent.last?.contains("hype/miracle-words") == true)
    #expect(server.nextDeadline == nil)
  }
}
