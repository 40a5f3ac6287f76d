import Foundation
import Testing

@testable import ClaimLintCore

/// Replacing a file: new bytes, same permissions, no temporary files left, refusal when it changed,
/// a symbolic link followed.
@Suite struct AtomicFileTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimlint-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func file(_ name: String, _ text: String, mode: Int = 0o644) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    return path
  }

  func read(_ path: String) -> String {
    String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
  }

  func permissions(_ path: String) throws -> Int {
    try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func replacesTheBytesAndKeepsThePermissions() throws {
    let path = try file("a.md", "It proves it.\n", mode: 0o640)
    try AtomicFile.replace(path, expecting: Array("It proves it.\n".utf8), with: Array("It suggests it.\n".utf8))
    #expect(read(path) == "It suggests it.\n")
    #expect(try permissions(path) == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
  }

  @Test func refusesAFileThatChangedSinceItWasRead() throws {
    let path = try file("a.md", "edited in the meantime\n")
    #expect(throws: ToolError.self) {
      try AtomicFile.replace(path, expecting: Array("as read\n".utf8), with: Array("fixed\n".utf8))
    }
    #expect(read(path) == "edited in the meantime\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    do {
      try AtomicFile.replace(path, expecting: Array("as read\n".utf8), with: Array("fixed\n".utf8))
    } catch {
      #expect(error.message.contains("changed since it was read"))
    }
  }

  @Test func followsASymbolicLinkToTheRealFile() throws {
    let target = try file("real.md", "old\n")
    let link = folder.appendingPathComponent("link.md").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    try AtomicFile.replace(link, expecting: Array("old\n".utf8), with: Array("new\n".utf8))
    #expect(read(target) == "new\n")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
  }

  @Test func aMissingFileOrAFolderIsAnError() throws {
    #expect(throws: ToolError.self) {
      try AtomicFile.replace(folder.appendingPathComponent("none.md").path, expecting: [], with: [])
    }
    #expect(throws: ToolError.self) { try AtomicFile.replace(folder.path, expecting: [], with: []) }
  }

  /// (Replacing other files, links and refusals: ``AtomicWriteTests``.)
  @Test func writingANewFileGivesTheUsualPermissions() throws {
    let path = folder.appendingPathComponent("report.html").path
    let mask = umask(0o022)
    defer { umask(mask) }
    try AtomicFile.write(path, Array("<p>report</p>\n".utf8))
    #expect(read(path) == "<p>report</p>\n")
    #expect(try permissions(path) == 0o644)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
  }
}
