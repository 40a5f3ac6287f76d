import Testing

@testable import ClaimLintCore

/// The in-memory folder of a text linter: only what was put in, with stamps that change on every write.
@Suite struct HeldFileSystemTests {
  @Test func holdsOnlyWhatWasPutIn() {
    let held = HeldFileSystem(folder: "/held")
    held.set(".claimlint.yml", to: Array("fail-on: warning\n".utf8))
    #expect(held.kind(of: "/held/.claimlint.yml") == .file)
    #expect(held.kind(of: "/held") == .folder)
    #expect(held.kind(of: "/") == .folder)
    #expect(held.kind(of: "/held/other.yml") == nil)
    #expect(held.kind(of: "/etc/passwd") == nil)
    #expect(held.contents(of: "/etc/passwd") == nil)
    #expect(held.names(inFolder: "/held") == [".claimlint.yml"])
    #expect(held.names(inFolder: "/") == ["held"])
    #expect(held.names(inFolder: "/etc") == nil)
  }

  @Test func aRewriteChangesTheStampAndRemovingEndsTheFile() {
    let held = HeldFileSystem(folder: "/held")
    held.set("a.yml", to: Array("x".utf8))
    let first = held.stamp(of: "/held/a.yml")
    held.set("a.yml", to: Array("x".utf8))
    #expect(first != nil)
    #expect(held.stamp(of: "/held/a.yml") != first)  // the same bytes written again are a new version
    held.set("a.yml", to: nil)
    #expect(held.kind(of: "/held/a.yml") == nil)
    #expect(held.stamp(of: "/held/a.yml") == nil)
  }
}
