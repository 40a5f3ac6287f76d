import Foundation
import Testing

/// A throwaway folder of files and a way to run the built `claimlint` binary in it.
final class Workspace {
  let root: URL

  init(_ files: [String: String] = [:]) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("claimlint-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (path, text) in files { try write(path, text) }
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  func write(_ path: String, _ text: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func read(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
  }

  /// The result of one run.
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `claimlint` (or another program) with `arguments` in `folder` (relative to the root), feeding
  /// `input` to stdin, with `environment` added to this process's.
  func run(
    _ arguments: [String], in folder: String = ".", input: String? = nil, executable: URL? = nil,
    environment extra: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    process.executableURL = try executable ?? Self.binary()
    process.arguments = arguments
    process.currentDirectoryURL = root.appendingPathComponent(folder)
    var environment = ProcessInfo.processInfo.environment
    environment["GITHUB_STEP_SUMMARY"] = nil
    environment["NO_COLOR"] = "1"
    process.environment = environment.merging(extra) { $1 }
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    // Read both pipes before waiting so a large report cannot block the child.
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }

  /// Runs `git` in the workspace (for diffs and ignore files).
  @discardableResult
  func git(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-c", "user.email=t@example.invalid", "-c", "user.name=test", "-c", "init.defaultBranch=main"]
      + arguments
    process.currentDirectoryURL = root
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Runs a program in the workspace with `input` on stdin; its exit status.
  func shell(_ command: [String], input: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.currentDirectoryURL = root
    let inPipe = Pipe()
    process.standardInput = inPipe
    try process.run()
    inPipe.fileHandleForWriting.write(Data(input.utf8))
    try inPipe.fileHandleForWriting.close()
    process.waitUntilExit()
    return process.terminationStatus
  }

  static var hasGit: Bool {
    ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].contains { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The `claimlint` executable built next to the test bundle.
  static func binary() throws -> URL {
    let candidates = [
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    for folder in candidates {
      let url = folder.appendingPathComponent("claimlint")
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue { return url }
    }
    throw BinaryNotFound()
  }

  struct BinaryNotFound: Error {}
}

/// A rule file the tests own, so they do not depend on the built-in rules.
enum Probe {
  static let rules = """
    rules:
      - id: probe/miracle
        severity: warning
        message: "'miracle' overpromises"
        pattern: '\\bmiracle\\b'
      - id: probe/cure
        severity: error
        message: "'cures' is a drug claim"
        pattern: '\\bcures\\b'
    """

  /// Arguments that use only the probe rules.
  static let arguments = ["--no-default-rules", "--rules", "probe.yml"]

  /// A workspace holding `files` and `probe.yml`.
  static func workspace(_ files: [String: String] = [:]) throws -> Workspace {
    try Workspace(files.merging(["probe.yml": rules]) { $1 })
  }
}
