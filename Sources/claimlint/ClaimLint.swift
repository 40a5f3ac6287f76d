import ArgumentParser
import ClaimLintCore

@main
struct ClaimLint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimlint",
    abstract: "Lint health copy for claims that outrun their evidence.",
    version: "0.1.0",
    subcommands: [Claims.self],
  )

  func run() throws {
    for file in EmbeddedRuleFiles.files { print(file.name, file.contents.count) }
  }
}
