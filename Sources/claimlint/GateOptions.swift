import ArgumentParser
import ClaimLintCore

/// Options for CI gates: ignore files, baselines and changed-line filtering.
struct GateOptions: ParsableArguments {
  @Flag(help: "In folders, also lint hidden files and files that .gitignore ignores.")
  var noIgnore = false

  @Option(help: ArgumentHelp("Hide the findings recorded in this baseline file.", valueName: "file"))
  var baseline: String?

  @Option(help: ArgumentHelp("Record today's findings in this baseline file (JSON).", valueName: "file"))
  var writeBaseline: String?

  @Option(
    help: ArgumentHelp(
      "Report only findings on lines this unified diff adds or changes (- reads standard input), e.g. "
        + "from 'git diff -U0 origin/main'. Without paths, lints the current folder.",
      valueName: "file"))
  var diff: String?

  func validate() throws {
    if let baseline, baseline == writeBaseline {
      throw ValidationError("--baseline and --write-baseline name the same file; use one at a time.")
    }
  }
}
