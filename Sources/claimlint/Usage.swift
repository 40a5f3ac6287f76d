import ArgumentParser
import ClaimLintCore
import Foundation

/// Usage errors claimlint finds itself, printed like ArgumentParser's own (message, usage line, pointer to
/// the help) with status 64.
enum Usage {
  /// Prints `message` with the usage of `command` (a subcommand, or the root) and exits with 64.
  static func fail(_ message: String, command: any ParsableCommand.Type = ClaimLint.self) -> Never {
    let name = command == ClaimLint.self ? "claimlint" : "claimlint " + command._commandName
    Console.standardError([
      "Error: \(message)", "Usage: \(ClaimLint.usageString(for: command))", "  See '\(name) --help' for more information.",
    ])
    exit(ExitCode.validationFailure.rawValue)
  }

  /// A message for a first argument that is neither a command nor a file or folder but is close to a
  /// command's name (`claimlint lnt a.md`), or `nil`. Anything else is left to `lint` as a path.
  static func unknownCommand(in arguments: [String], currentFolder: String) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-"), !first.contains("/") else { return nil }
    let names = ClaimLint.configuration.subcommands.map { command in command._commandName } + ["help"]
    guard !names.contains(first), LocalFileSystem().kind(of: PathName.absolute(first, in: currentFolder)) == nil,
      let suggestion = EditDistance.closest(to: first, in: names)
    else { return nil }
    return "unknown command '\(first)'; did you mean '\(suggestion)'? (there is no file or folder '\(first)' either)"
  }
}
