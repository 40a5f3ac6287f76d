import Foundation
import Testing

/// `claimlint lsp` as editors run it: framed messages over pipes, debounced diagnostics, an oversized
/// message answered with an error, and the exit status.
@Suite(.serialized) struct LanguageServerBinaryTests {
  /// A running server with pipes to talk to it.
  final class Session {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private var buffer: [UInt8] = []

    init(_ arguments: [String], in folder: URL) throws {
      process.executableURL = try Workspace.binary()
      process.arguments = ["lsp"] + arguments
      process.currentDirectoryURL = folder
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
    }

    func send(_ json: String) {
      send(raw: Array("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8))
    }

    func send(raw bytes: [UInt8]) {
      input.fileHandleForWriting.write(Data(bytes))
    }

    /// The next message the server sends, parsed.
    func receive() -> [String: Any]? {
      while true {
        if let end = find(Array("\r\n\r\n".utf8)) {
          let header = String(decoding: buffer[..<end], as: UTF8.self)
          let length = Int(header.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
          if buffer.count >= end + 4 + length {
            let body = Data(buffer[(end + 4)..<(end + 4 + length)])
            buffer.removeFirst(end + 4 + length)
            return try? JSONSerialization.jsonObject(with: body) as? [String: Any]
          }
        }
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { return nil }
        buffer += chunk
      }
    }

    private func find(_ needle: [UInt8]) -> Int? {
      guard buffer.count >= needle.count else { return nil }
      return (0...(buffer.count - needle.count)).first { Array(buffer[$0..<($0 + needle.count)]) == needle }
    }

    func exitStatus() -> Int32 {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
      return process.terminationStatus
    }
  }

  static let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#

  @Test func diagnosticsArriveAfterThePauseAndAnOversizedMessageIsAnError() throws {
    let space = try Workspace()
    let session = try Session(["--debounce", "20"], in: space.root)
    session.send(Self.initialize)
    #expect((session.receive()?["result"] as? [String: Any])?["capabilities"] != nil)
    let uri = "file://\(space.root.path)/a.md"
    session.send(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":"Plain words.\n"}}}"#)
    #expect(((session.receive()?["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == true)
    session.send(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"text":"Our tonic is a miracle.\n"}]}}"#)
    let published = session.receive()?["params"] as? [String: Any]
    #expect(published?["version"] as? Int == 2)
    #expect(((published?["diagnostics"] as? [[String: Any]])?.first?["code"] as? String) == "hype/miracle-words")
    // 17 MiB of body: more than the server takes in one message.
    let size = 17 << 20
    session.send(raw: Array("Content-Length: \(size)\r\n\r\n".utf8) + [UInt8](repeating: UInt8(ascii: " "), count: size))
    let error = session.receive()
    #expect(error?["id"] is NSNull)
    #expect(((error?["error"] as? [String: Any])?["message"] as? String)?.contains("larger than the limit") == true)
    session.send(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
    #expect(session.receive()?["id"] as? Int == 2)
    session.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(session.exitStatus() == 0)
  }

  @Test func exitWithoutShutdownOrAClosedInputIsStatusOne() throws {
    let space = try Workspace()
    let abrupt = try Session([], in: space.root)
    abrupt.send(Self.initialize)
    _ = abrupt.receive()
    abrupt.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(abrupt.exitStatus() == 1)
    let closed = try Session([], in: space.root)
    #expect(closed.exitStatus() == 1)
  }
}
