import ClaimLintServer
import Foundation

/// A recorded JSON-RPC exchange: files to create, then client messages (`-->`), the server messages
/// expected after each (`<--`), and `!! lint` where the debounced lints are run.
///
/// `${ROOT}` stands for the folder the files are written to. Lines starting with `#` are comments. A
/// file is written before the exchange as `@file NAME`, its lines, then `@end`; `@write NAME` … `@end`
/// writes one between two messages. `@document-limit N` sets the server's document limit.
struct ExchangeScript {
  enum Step {
    case send(String)
    case expect(String)
    case runLints
    case write(String, String)
  }

  var name: String
  var files: [String: String] = [:]
  var steps: [Step] = []
  var documentLimit = 4 << 20

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Exchanges")

  static var all: [ExchangeScript] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".jsonrpc") }.sorted().compactMap { name in
      (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { ExchangeScript(name: name, text: $0) }
    }
  }

  init(name: String, text: String) {
    self.name = name
    var file: (name: String, lines: [String], later: Bool)?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if var open = file {
        if line == "@end" {
          let contents = open.lines.map { $0 + "\n" }.joined()
          if open.later { steps.append(.write(open.name, contents)) } else { files[open.name] = contents }
          file = nil
        } else {
          open.lines.append(line)
          file = open
        }
      } else if line.hasPrefix("@file ") {
        file = (String(line.dropFirst(6)), [], false)
      } else if line.hasPrefix("@write ") {
        file = (String(line.dropFirst(7)), [], true)
      } else if line.hasPrefix("@document-limit ") {
        documentLimit = Int(line.dropFirst(16)) ?? documentLimit
      } else if line.hasPrefix("--> ") {
        steps.append(.send(String(line.dropFirst(4))))
      } else if line.hasPrefix("<-- ") {
        steps.append(.expect(String(line.dropFirst(4))))
      } else if line == "!! lint" {
        steps.append(.runLints)
      }
    }
  }

  /// The script's text with `expected` server messages in place of the recorded ones (for updating).
  func rewritten(_ text: String, received: [[String]]) -> String {
    var output: [String] = []
    var sendIndex = -1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("<-- ") { continue }
      output.append(line)
      if line.hasPrefix("--> ") || line == "!! lint" {
        sendIndex += 1
        if sendIndex < received.count { output += received[sendIndex].map { "<-- " + $0 } }
      }
    }
    return output.joined(separator: "\n")
  }

  /// A message with the root folder put in for `${ROOT}`, parsed.
  static func value(_ line: String, root: String) -> JSONValue? {
    try? JSONDecoder().decode(JSONValue.self, from: Data(line.replacingOccurrences(of: "${ROOT}", with: root).utf8))
  }

  /// A server message as a script line: sorted keys, the root folder written `${ROOT}`.
  static func line(_ body: [UInt8], root: String) -> String {
    String(decoding: body, as: UTF8.self).replacingOccurrences(of: root, with: "${ROOT}")
  }
}
