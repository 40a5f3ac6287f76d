import ArgumentParser
import ClaimLintCore
import Foundation

extension ClaimLint {
  /// `claimlint lint [PATH…]`: lint files, folders or standard input.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Lint Markdown, HTML and text files (the default command).",
      discussion: """
        Folders are searched recursively for .md, .markdown, .html, .htm and .txt files; hidden files \
        and folders are skipped. Use - to read standard input.
        """)

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var rules: RuleOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Name (and so format) to give standard input.", valueName: "name"))
    var stdinFilename: String?

    func validate() throws {
      if paths.isEmpty { throw ValidationError("Give files or folders to lint, or - to read standard input.") }
      if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    }

    func run() throws {
      let (ruleSet, ruleErrors) = rules.load()
      let inputs = InputCollector(stdinFilename: stdinFilename).collect(paths)
      let outcome = LintRun(linter: Linter(ruleSet: ruleSet)).run(inputs.inputs)
      let report = LintReport(
        files: outcome.files, errors: ruleErrors + inputs.errors + outcome.errors,
        rules: ruleSet.rules.map(\.metadata))
      try output.emit(report)
    }
  }
}
