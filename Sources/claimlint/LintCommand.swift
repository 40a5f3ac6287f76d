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
        and folders and files ignored by .gitignore are skipped (--no-ignore lints them), as are files a \
        .claimlint.yml excludes. Files named on the command line are always linted. Use - to read \
        standard input.

        Each file is linted with the nearest .claimlint.yml above it (or --config). Command-line flags win \
        over the file: --profile replaces 'profiles', --rules replaces 'rule-paths', --fail-on replaces \
        'fail-on'.
        """)

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var rules: RuleOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var gate: GateOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Name (and so format and configuration) to give standard input.", valueName: "name"))
    var stdinFilename: String?

    @Flag(
      help: """
        Apply the findings' fix-its to the files (never two that overlap), then report what is left. Each \
        file is replaced atomically, keeping its permissions, and refused if it changed since it was read.
        """)
    var fix = false

    @Flag(help: "With --fix: print the changes as a unified diff instead, and write nothing.")
    var dryRun = false

    /// The first usage mistake, if any. Checked in `run()` rather than `validate()`, which ArgumentParser
    /// calls before it reports unknown options: `claimlint --bogus` is about the option, not a missing path.
    private func usageProblem() -> String? {
      if paths.isEmpty && gate.diff == nil { return "Give files or folders to lint, or - to read standard input." }
      if paths.filter({ $0 == "-" }).count + (gate.diff == "-" ? 1 : 0) > 1 { return "Standard input (-) can be read only once." }
      if gate.diff != nil && gate.writeBaseline != nil {
        return "--write-baseline records every finding; don't combine it with --diff."
      }
      if dryRun && !fix { return "--dry-run goes with --fix." }
      if fix && gate.writeBaseline != nil { return "--write-baseline records findings before fixes; run it without --fix." }
      if fix && !dryRun && paths.contains("-") {
        return "--fix rewrites files; it cannot rewrite standard input (--fix --dry-run prints a diff)."
      }
      return nil
    }

    func run() throws {
      if let problem = usageProblem() { Usage.fail(problem, command: Self.self) }
      var (gates, errors, notes) = GateFiles.gates(gate)
      var options = LintWorkspace.Options(rules: rules, config: config, respectsIgnores: !gate.noIgnore, failOn: output.failOn)
      // Every report format shows only diagnostics: a clean file's text is not needed once it is linted.
      options.keepsTextOfCleanFiles = false
      var workspace = LintWorkspace(options: options, currentFolder: LocalFileSystem.currentFolder)
      var outcome = workspace.lint(targets(), gates: gates)
      if let path = gate.writeBaseline, let baseline = outcome.recordedBaseline {
        GateFiles.writeBaseline(baseline, to: path, &outcome.notes, &errors)
      }
      outcome.errors.insert(contentsOf: errors, at: 0)
      outcome.notes.insert(contentsOf: notes, at: 0)
      guard fix else { try output.emit(outcome) }
      let fixed = workspace.fix(outcome, gates: gates, writes: !dryRun)
      if !output.quiet { Console.standardError(FixReporter.lines(fixed)) }
      var after = fixed.outcome
      if !output.quiet { after.notes.insert(FixReporter.summary(fixed), at: 0) }
      try output.emit(after, body: dryRun ? FixReporter.diff(fixed) : nil)
    }

    /// The paths to lint (the current folder when only a diff is given), standard input read for `-`.
    private func targets() -> [LintTarget] {
      (paths.isEmpty ? ["."] : paths).map { path in
        guard path == "-" else { return .path(path) }
        return .buffer(name: stdinFilename ?? "<stdin>", bytes: FileReader.readStandardInput())
      }
    }

    static func count(_ number: Int, _ noun: String) -> String {
      "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
  }
}
