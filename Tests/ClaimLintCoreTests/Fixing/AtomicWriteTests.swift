import Foundation
import Testing

@testable import ClaimLintCore

/// Writing a whole file (`--write-baseline`): only regular files are replaced, permissions are kept,
/// a link is followed, and nothing is left beside the target.
@Suite struct AtomicWriteTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimlint-write-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

  func mode(_ path: String) throws -> Int {
    try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  func refusal(_ path: String) -> String? {
    do throws(ToolError) {
      try AtomicFile.write(path, Array("new\n".utf8))
      return nil
    } catch {
      return error.message
    }
  }

  @Test func createsAndReplacesRegularFilesKeepingTheirMode() throws {
    let target = path("b.json")
    try AtomicFile.write(target, Array("one\n".utf8))
    #expect(FileManager.default.contents(atPath: target) == Data("one\n".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
    try AtomicFile.write(target, Array("two\n".utf8))
    #expect(FileManager.default.contents(atPath: target) == Data("two\n".utf8))
    #expect(try mode(target) == 0o640)
    #expect(try names() == ["b.json"])
  }

  @Test func followsALinkAndKeepsIt() throws {
    try AtomicFile.write(path("real.json"), Array("old\n".utf8))
    try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: "real.json")
    try AtomicFile.write(path("link.json"), Array("new\n".utf8))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.json")) == "real.json")
    #expect(FileManager.default.contents(atPath: path("real.json")) == Data("new\n".utf8))
    try FileManager.default.createSymbolicLink(atPath: path("dangling.json"), withDestinationPath: "nowhere")
    #expect(refusal(path("dangling.json"))?.contains("symbolic link to nothing") == true)
    #expect(try names() == ["dangling.json", "link.json", "real.json"])
  }

  @Test func refusesWhatIsNotARegularFile() throws {
    try FileManager.default.createDirectory(atPath: path("folder"), withIntermediateDirectories: false)
    #expect(refusal(path("folder")) == "is a folder, not a regular file; not replaced")
    #expect(mkfifo(path("fifo"), 0o644) == 0)
    #expect(refusal(path("fifo")) == "is a FIFO, not a regular file; not replaced")
    #expect(refusal("/dev/null") == "is a device, not a regular file; not replaced")
    #expect(refusal(path("missing/b.json"))?.hasPrefix("cannot create a temporary file beside it") == true)
    var info = stat()
    #expect(stat(path("fifo"), &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    #expect(try names() == ["fifo", "folder"])
  }
}
