import Foundation
import Testing

/// File names that are legal on Linux but unusual: a backslash is an ordinary character, and names need
/// not be UTF-8. They are linted and reported as they are, never skipped or rewritten.
@Suite(.serialized) struct FileNameTests {
  func workspace(_ files: [String: String] = [:]) throws -> Workspace {
    var all = files
    all["probe.yml"] = Probe.rules
    return try Workspace(all)
  }

  @Test func aBackslashIsPartOfTheName() throws {
    let space = try workspace(["back\\slash.md": "A miracle.\n"])
    let named = try space.run(Probe.arguments + ["--format", "gcc", "back\\slash.md"])
    #expect(named.stdout == "back\\slash.md:1:3: warning: 'miracle' overpromises [probe/miracle]\n", "\(named.stderr)")
    #expect(named.status == 0)
    let github = try space.run(Probe.arguments + ["--format", "github", "."])
    #expect(github.stdout.contains("::warning file=back\\slash.md,line=1,col=3"), "\(github.stdout)")
    let sarif = try space.run(Probe.arguments + ["--format", "sarif", "."])
    #expect(sarif.stdout.contains("\"uri\" : \"back%5Cslash.md\""), "\(sarif.stdout)")
    #expect(!sarif.stdout.contains("back/slash.md") && !github.stdout.contains("back/slash.md"))
  }
}
