import Foundation
import Testing

/// File names that are legal on Linux but unusual: a backslash is an ordinary character, and names need
/// not be UTF-8. They are linted and reported as they are, never skipped or rewritten.
@Suite(.serialized) struct FileNameTests {
  @Test func aBackslashIsPartOfTheName() throws {
    let space = try Probe.workspace(["back\\slash.md": "A miracle.\n"])
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

/// Names that are not UTF-8, made and named through the shell so the bytes reach the binary as they are.
@Suite(.serialized) struct ByteNameTests {
  /// Runs `script` with `sh -c` in the workspace; `$0` is the built binary.
  func shell(_ script: String, in space: Workspace) throws -> Workspace.Run {
    try space.run(["-c", script, try Workspace.binary().path], executable: URL(fileURLWithPath: "/bin/sh"))
  }

  static let rules = "--no-default-rules --rules probe.yml"

  @Test func aNameThatIsNotUTF8IsLintedAndShownEscaped() throws {
    let space = try Probe.workspace()
    _ = try shell(#"printf 'A miracle.\n' > "$(printf 'caf\351.md')""#, in: space)
    let walked = try shell("\"$0\" \(Self.rules) --format gcc .", in: space)
    #expect(walked.stdout == "caf\\xe9.md:1:3: warning: 'miracle' overpromises [probe/miracle]\n", "\(walked.stderr)")
    let named = try shell(#""$0" \#(Self.rules) --format gcc "$(printf 'caf\351.md')""#, in: space)
    #expect(named.stdout == walked.stdout, "\(named.stderr)")
    let missing = try shell(#""$0" \#(Self.rules) "$(printf 'gone\377.md')""#, in: space)
    #expect(missing.stderr.contains("gone\\xff.md: error: no such file or folder"))
    let sarif = try shell("\"$0\" \(Self.rules) --format sarif .", in: space)
    #expect(sarif.stdout.contains("\"uri\" : \"caf%E9.md\""))
    let json = try shell("\"$0\" \(Self.rules) --format json .", in: space)
    #expect(json.stdout.contains("\"path\" : \"caf\\\\xe9.md\""), "\(json.stdout)")
  }

  @Test(.enabled(if: Workspace.hasGit))
  func aDiffNamesTheFileByItsBytes() throws {
    let space = try Probe.workspace()
    try space.git(["init", "-q"])
    _ = try shell(#"printf 'Plain.\n' > "$(printf 'caf\351.md')" && git add . && git -c user.email=t@t -c user.name=t commit -qm x"#, in: space)
    _ = try shell(#"printf 'Plain.\nA miracle.\n' > "$(printf 'caf\351.md')""#, in: space)
    for quoting in ["true", "false"] {
      let run = try shell("git -c core.quotePath=\(quoting) diff -U0 | \"$0\" \(Self.rules) --format gcc --diff -", in: space)
      #expect(run.stdout == "caf\\xe9.md:2:3: warning: 'miracle' overpromises [probe/miracle]\n", "\(quoting): \(run.stderr)")
    }
    let baseline = try shell("\"$0\" \(Self.rules) --write-baseline b.json . && \"$0\" \(Self.rules) --baseline b.json --fail-on warning .", in: space)
    #expect(baseline.status == 0 && baseline.stderr.contains("1 finding hidden by the baseline"), "\(baseline.stderr)")
  }
}
