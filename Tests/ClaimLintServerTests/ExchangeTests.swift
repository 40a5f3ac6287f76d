import ClaimLintServer
import Foundation
import Testing

/// Every recorded exchange in `Exchanges/`, replayed against the server in-process: each server message
/// must match the recording, in order. `CLAIMLINT_UPDATE_GOLDEN=1` records them again.
@Suite struct ExchangeTests {
  @Test(arguments: ExchangeScript.all.map(\.name))
  func exchange(_ name: String) throws {
    let script = try #require(ExchangeScript.all.first { $0.name == name })
    let root = try Self.makeFolder(script.files)
    defer { try? FileManager.default.removeItem(atPath: root) }
    var received: [[String]] = []
    var outbox: [[UInt8]] = []
    let server = LanguageServer(
      settings: LanguageServer.Settings(debounce: 0.1, documentLimit: script.documentLimit, defaultFolder: root),
      clock: { 0 }, send: { outbox.append($0) })
    var expected: [String] = []
    func settle() {
      let got = outbox.map { ExchangeScript.line($0, root: root) }
      received.append(got)
      Self.compare(got, expected, root: root, script: name)
      outbox = []
      expected = []
    }
    var started = false
    for step in script.steps {
      switch step {
      case .expect(let line):
        expected.append(line)
        continue
      case .write(let file, let text):
        try Data(text.utf8).write(to: URL(fileURLWithPath: root).appendingPathComponent(file))
        continue
      case .send, .runLints:
        if started { settle() }
        started = true
      }
      if case .send(let line) = step { server.handle(Array(line.replacingOccurrences(of: "${ROOT}", with: root).utf8)) }
      if case .runLints = step { server.runPendingLints() }
    }
    settle()
    if ProcessInfo.processInfo.environment["CLAIMLINT_UPDATE_GOLDEN"] == "1" {
      let url = ExchangeScript.folder.appendingPathComponent(name)
      let text = try String(contentsOf: url, encoding: .utf8)
      try Data(script.rewritten(text, received: received).utf8).write(to: url)
    }
  }

  static func compare(_ got: [String], _ expected: [String], root: String, script: String) {
    if ProcessInfo.processInfo.environment["CLAIMLINT_UPDATE_GOLDEN"] == "1" { return }
    #expect(got.count == expected.count, "\(script): expected \(expected.count) messages, got \(got.count):\n\(got.joined(separator: "\n"))")
    for (actual, wanted) in zip(got, expected) {
      #expect(
        ExchangeScript.value(actual, root: root) == ExchangeScript.value(wanted, root: root),
        "\(script):\n got  \(actual)\n want \(wanted)")
    }
  }

  static func makeFolder(_ files: [String: String]) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimlint-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      let file = url.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
    }
    return url.resolvingSymlinksInPath().path
  }
}
