import Foundation
import Testing

@testable import ClaimLintCore

/// File names as bytes: whatever a name holds survives the round trip to a string and back, and is
/// shown escaped where it is not UTF-8.
@Suite struct PathBytesTests {
  @Test(arguments: [
    [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64],  // Latin-1 é
    [0xFF], [0x80, 0x80], [0xC3], [0xE2, 0x82], [0xC0, 0xAF],  // stray, cut off, overlong
    [0xED, 0xA0, 0x80],  // an encoded surrogate
    Array("café ✓ 😀.md".utf8), Array("back\\slash.md".utf8),
  ] as [[UInt8]])
  func bytesSurviveTheRoundTrip(bytes: [UInt8]) {
    #expect(PathBytes.encode(PathBytes.decode(bytes)) == bytes)
  }

  @Test func oddBytesAreShownEscaped() {
    #expect(PathBytes.displayed(PathBytes.decode([0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64])) == "caf\\xe9.md")
    #expect(PathBytes.displayed(PathBytes.decode([0xFF, 0x2F, 0x61])) == "\\xff/a")
    #expect(PathBytes.displayed("café.md") == "café.md")
    #expect(PathBytes.decode(Array("café.md".utf8)) == "café.md")
  }

  @Test func theLocalFileSystemListsAndReadsEveryName() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimlint-bytes-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let name = PathBytes.decode([0x64, 0xFF, 0x2E, 0x6D, 0x64])
    let path = PathName.join(folder, name)
    let descriptor = PathBytes.withCString(path) { open($0, O_CREAT | O_WRONLY, 0o644) }
    #expect(descriptor >= 0)
    _ = Array("A miracle.\n".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    let disk = LocalFileSystem()
    #expect(disk.names(inFolder: folder) == [name])
    #expect(disk.kind(of: path) == .file)
    #expect(disk.contents(of: path) == Array("A miracle.\n".utf8))
    #expect(disk.stamp(of: path)?.size == 11)
    #expect(FileWalk(fileSystem: disk, extensions: ["md"]).files(under: folder) == [path])
  }
}
