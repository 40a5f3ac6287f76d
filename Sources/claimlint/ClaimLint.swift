import ArgumentParser
import ClaimLintCore
import Foundation

/// The `claimlint` command: lints health copy; `lint` is the default subcommand.
@main
struct ClaimLint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimlint",
    abstract: "Lint health copy for claims that outrun their evidence.",
    discussion: """
      Exit status: 0 when nothing is at or above --fail-on (or the file's 'fail-on'), 1 when something is, \
      2 when a file, rule file, configuration file or baseline could not be read, 64 for usage errors.
      """,
    version: ClaimLintVersion.current,
    subcommands: [Lint.self, ListRules.self, Explain.self, TestRules.self, Claims.self, Serve.self, Mcp.self],
    defaultSubcommand: Lint.self
  )

  /// Runs the command with SIGPIPE ignored, so a closed pipe is a write error the run reports (status 2)
  /// rather than a silent kill, on the arguments as given.
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    let arguments = rawArguments()
    if let message = Usage.unknownCommand(in: arguments, currentFolder: LocalFileSystem.currentFolder) {
      Usage.fail(message)
    }
    main(arguments)
  }

  /// The arguments after the program name, each as the bytes it is (``PathBytes``): a file name that is
  /// not UTF-8 must reach the file system as given, not with U+FFFD in place of its odd bytes.
  static func rawArguments() -> [String] {
    (1..<Int(CommandLine.argc)).compactMap { index in
      CommandLine.unsafeArgv[index].map { PathBytes.decode(cString: $0) }
    }
  }
}

/// The version printed by `--version` and written into SARIF.
enum ClaimLintVersion {
  static let current = "0.1.0"
}
