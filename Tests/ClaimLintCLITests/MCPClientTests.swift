import Foundation
import Testing

/// `claimlint mcp` driven by a real MCP client: the `mcp` package from PyPI, as assistants use it,
/// lists the tools, calls each one (bad input too) and reads the rule reference (`MCP/client.py`).
@Suite(.serialized) struct MCPClientTests {
  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("MCP/client.py")

  /// Whether `python3` can import the `mcp` package.
  static let clientInstalled: Bool = {
    guard let run = try? python(["-c", "import mcp"], timeout: 60) else { return false }
    return run.status == 0
  }()

  @Test(.enabled(if: clientInstalled, "python3 with the mcp package is not installed: the MCP client test is skipped; .ci/run installs it"))
  func theClientListsAndCallsEveryToolAndReadsTheReference() throws {
    let run = try Self.python([Self.script.path, try Workspace.binary().path], timeout: 300)
    let lines = run.output.split(separator: "\n").map(String.init)
    let failures = lines.filter { !$0.hasPrefix("ok: ") }
    #expect(run.status == 0, "\(failures.joined(separator: "\n"))")
    #expect(lines.last?.hasSuffix(" passed, 0 failed") == true, "\(run.output)")
    #expect(lines.filter { $0.hasPrefix("ok: ") }.count >= 30, "\(run.output)")
  }

  /// Runs `python3` with `arguments`, ending it after `timeout` seconds; its status and standard output.
  static func python(_ arguments: [String], timeout: TimeInterval) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    timer.cancel()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
