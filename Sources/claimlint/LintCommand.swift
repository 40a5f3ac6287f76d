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
    @OptionGroup var gate: GateOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Name (and so format and configuration) to give standard input.", valueName: "name"))
    var stdinFilename: String?

    func validate() throws {
      if paths.isEmpty && gate.diff == nil {
        throw ValidationError("Give files or folders to lint, or - to read standard input.")
      }
      if paths.filter({ $0 == "-" }).count + (gate.diff == "-" ? 1 : 0) > 1 {
        throw ValidationError("Standard input (-) can be read only once.")
      }
      if gate.diff != nil && gate.writeBaseline != nil {
        throw ValidationError("--write-baseline records every finding; don't combine it with --diff.")
      }
    }

    func run() throws {
      var errors: [ToolError] = []
      var diff: UnifiedDiff?
      if let source = gate.diff {
        switch GateFiles.readDiff(source) {
        case .success(let parsed): diff = parsed
        case .failure(let error): errors.append(error)
        }
      }
      var plan = LintPlan(
        paths: paths.isEmpty ? ["."] : paths, rules: rules, gate: gate, failOn: output.failOn,
        stdinFilename: stdinFilename)
      if let diff { plan.keepInputs(touchedBy: diff) }
      let run = LintRun(ruleSets: plan.catalog.sets)
      let outcome = run.run(plan.inputs)
      var files = outcome.files
      var notes: [String] = []
      let suppressed = files.reduce(0) { $0 + $1.suppressed.count }
      if suppressed > 0 { notes.append("\(Self.count(suppressed, "finding")) suppressed by claimlint comments") }
      if let path = gate.writeBaseline { GateFiles.writeBaseline(Baseline(files: files), to: path, &notes, &errors) }
      if let path = gate.baseline { GateFiles.applyBaseline(path, root: plan.root, to: &files, &notes, &errors) }
      if let diff {
        let hidden = diff.apply(to: &files) { LintPlan.diffNames(key: $0.key, path: $0.report.path) }
        if hidden > 0 { notes.append("\(Self.count(hidden, "finding")) outside the diff hidden") }
      }
      var ran: [String: RuleMetadata] = [:]
      for input in plan.inputs { for rule in run.rules(for: input).rules { ran[rule.id] = rule.metadata } }
      for rule in MetaRules.metadata { ran[rule.id] = rule }
      let report = LintReport(
        files: files.map(\.report), errors: plan.problems + plan.catalog.errors + errors + outcome.errors,
        rules: ran.values.sorted { $0.id < $1.id })
      try output.emit(report, failing: files.contains(where: \.fails), notes: notes)
    }

    static func count(_ number: Int, _ noun: String) -> String {
      "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
  }
}
