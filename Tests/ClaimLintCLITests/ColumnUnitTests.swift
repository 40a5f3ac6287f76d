import Foundation
import Testing

/// `--column-unit` for the gcc format, and `--quiet`, as editors that parse the output need them.
@Suite(.serialized) struct ColumnUnitTests {
  /// A line with a curly quote, µ and an emoji before the finding: bytes, UTF-16 units and characters differ.
  static let line = "Naïve “fans” say 5 µg of 🙂 tonic is a miracle.\n"

  func workspace() throws -> Workspace {
    try Workspace(["probe.yml": Probe.rules, "a.md": Self.line])
  }

  /// The column of `miracle` in `line`, counted three ways (1-based).
  static func expectedColumns() -> (byte: Int, utf16: Int, char: Int) {
    let prefix = line[..<line.range(of: "miracle")!.lowerBound]
    return (prefix.utf8.count + 1, prefix.utf16.count + 1, prefix.unicodeScalars.count + 1)
  }

  @Test func eachUnitCountsItsWay() throws {
    let space = try workspace()
    let expected = Self.expectedColumns()
    #expect(expected.byte != expected.utf16 && expected.utf16 != expected.char)
    for (unit, column) in [("byte", expected.byte), ("utf16", expected.utf16), ("char", expected.char)] {
      let run = try space.run(Probe.arguments + ["--format", "gcc", "--column-unit", unit, "a.md"])
      #expect(run.stdout == "a.md:1:\(column): warning: 'miracle' overpromises [probe/miracle]\n", "\(unit)")
    }
    let byDefault = try space.run(Probe.arguments + ["--format", "gcc", "a.md"])
    #expect(byDefault.stdout.hasPrefix("a.md:1:\(expected.byte):"))
  }

  @Test func columnUnitIsOnlyForGCC() throws {
    let run = try workspace().run(Probe.arguments + ["--column-unit", "utf16", "a.md"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("--column-unit applies to --format gcc"))
  }

  @Test func quietDropsTheSummaryButNotToolErrors() throws {
    let space = try workspace()
    let loud = try space.run(Probe.arguments + ["--format", "gcc", "a.md", "missing.md"])
    #expect(loud.stderr.contains("1 warning in 1 file"))
    let quiet = try space.run(Probe.arguments + ["--format", "gcc", "--quiet", "a.md", "missing.md"])
    #expect(!quiet.stderr.contains("warning in"), "\(quiet.stderr)")
    #expect(quiet.stderr == "missing.md: error: no such file or folder\n")
    #expect(quiet.stdout == loud.stdout)
    #expect(quiet.status == 2)
  }
}
