import Foundation
import Testing

/// `claimlint mcp` over its pipes with messages no client library would send: invalid UTF-8, lone
/// surrogates, a line too long to read. Each is answered under its own id, and the server goes on.
@Suite(.serialized) struct MCPBinaryTests {
  /// A running server, one JSON message per line.
  final class Session {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private var buffer: [UInt8] = []

    init() throws {
      process.executableURL = try Workspace.binary()
      process.arguments = ["mcp"]
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
    }

    func send(raw bytes: [UInt8]) {
      input.fileHandleForWriting.write(Data(bytes + [UInt8(ascii: "\n")]))
    }

    func send(_ json: String) { send(raw: Array(json.utf8)) }

    /// The next message the server sends, parsed.
    func receive() -> [String: Any]? {
      while true {
        if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
          let line = Data(buffer[..<newline])
          buffer.removeFirst(newline + 1)
          return try? JSONSerialization.jsonObject(with: line) as? [String: Any]
        }
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { return nil }
        buffer += chunk
      }
    }

    func exitStatus() -> Int32 {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
      return process.terminationStatus
    }
  }

  static func call(_ id: Int, _ text: String) -> String {
    #"{"jsonrpc":"2.0","id":\#(id),"method":"tools/call","params":{"name":"lint_text","arguments":{"text":"\#(text)"}}}"#
  }

  /// The rule ids a `tools/call` answer reports.
  static func rules(_ answer: [String: Any]?) -> [String] {
    let result = answer?["result"] as? [String: Any]
    let diagnostics = (result?["structuredContent"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
    return diagnostics?.compactMap { $0["rule"] as? String } ?? []
  }

  @Test func badBytesAreAnsweredUnderTheirIdAndTheServerGoesOn() throws {
    let session = try Session()
    session.send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipe","version":"1"}}}"#)
    #expect(((session.receive()?["result"] as? [String: Any])?["serverInfo"] as? [String: Any])?["name"] as? String == "claimlint")
    session.send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)

    let halves = Self.call(2, "Our tonic is a miracle | for joints.").split(separator: "|").map { Array($0.utf8) }
    session.send(raw: halves[0] + [0xFF, 0xFE] + halves[1])
    let invalid = session.receive()
    #expect(invalid?["id"] as? Int == 2)
    #expect(Self.rules(invalid) == ["hype/miracle-words"])

    session.send(Self.call(3, #"Our tonic is a miracle \ud800 for joints."#))
    let surrogate = session.receive()
    #expect(surrogate?["id"] as? Int == 3)
    #expect(Self.rules(surrogate) == ["hype/miracle-words"])

    // 65 MiB in one line: more than the server reads.
    let long = Self.call(4, String(repeating: "a", count: 65 << 20))
    session.send(long)
    let refused = session.receive()
    #expect(refused?["id"] as? Int == 4)
    #expect(((refused?["error"] as? [String: Any])?["message"] as? String)?.contains("64 MiB") == true)

    session.send(Self.call(5, "Our tonic is a miracle."))
    #expect(Self.rules(session.receive()) == ["hype/miracle-words"])
    #expect(session.exitStatus() == 0)
  }
}
