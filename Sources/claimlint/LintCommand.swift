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
      let folder = LocalFileSystem.currentFolder
      let root = GitRepository.containing(folder)?.topLevel ?? folder
      var errors: [ToolError] = []
      var diff: UnifiedDiff?
      if let source = gate.diff {
        switch GateFiles.readDiff(source) {
        case .success(let parsed): diff = parsed
        case .failure(let error): errors.append(error)
        }
      }
      var locator =
        gate.noConfig
        ? ConfigurationLocator.none(currentFolder: folder)
        : gate.config.map { ConfigurationLocator(currentFolder: folder, configurationFile: $0) }
          ?? ConfigurationLocator(currentFolder: folder)
      let collector = InputCollector(stdinFilename: stdinFilename, currentFolder: folder, respectsIgnores: !gate.noIgnore)
      var (inputs, inputErrors) = collector.collect(paths.isEmpty ? ["."] : paths) {
        locator.configuration(forFile: $0).selects($0)
      }
      var catalog = RuleSetCatalog(options: rules)
      let commandLine = CommandLineSettings(profiles: rules.profiles.isEmpty ? nil : rules.profiles, failOn: output.failOn)
      _ = catalog.setIndex(for: locator.configuration(forFolder: folder))
      for index in inputs.indices {
        let configuration = locator.configuration(forFile: inputs[index].absolutePath)
        inputs[index].settings = FileSettings(for: inputs[index].absolutePath, configuration: configuration, commandLine: commandLine)
        inputs[index].ruleSet = catalog.setIndex(for: configuration)
        inputs[index].key = GatedFile.key(for: inputs[index].absolutePath, currentFolder: folder, root: root)
      }
      var warnings: [ToolError] = []
      for configuration in locator.configurations {
        let ruleSet = catalog.sets[catalog.setIndex(for: configuration)]
        warnings += configuration.unknownNameWarnings(
          ruleIDs: ruleSet.rules.map(\.id) + MetaRules.ids, profiles: ruleSet.profiles)
      }
      let names = { (key: String, path: String) in [key, PathName.normalize(path)] }
      if let diff {
        inputs = inputs.filter { $0.bytes != nil || names($0.key, $0.path).contains(where: diff.touches) }
      }
      let run = LintRun(ruleSets: catalog.sets)
      let outcome = run.run(inputs)
      var files = outcome.files
      var notes: [String] = []
      let suppressed = files.reduce(0) { $0 + $1.suppressed.count }
      if suppressed > 0 { notes.append("\(Self.count(suppressed, "finding")) suppressed by claimlint comments") }
      if let path = gate.writeBaseline {
        let baseline = Baseline(files: files)
        if let problem = Console.write(baseline.encoded(), toFile: path) {
          errors.append(ToolError(path: path, message: "cannot write the baseline: \(problem)"))
        } else {
          let total = baseline.findings.reduce(0) { $0 + $1.count }
          notes.append("wrote \(Self.count(total, "finding")) to the baseline \(path)")
        }
      }
      if let path = gate.baseline {
        switch GateFiles.readBaseline(path) {
        case .failure(let error):
          errors.append(error)
        case .success(let baseline):
          let result = baseline.apply(to: &files) { LocalFileSystem().kind(of: PathName.absolute($0, in: root)) == nil }
          if result.hidden > 0 { notes.append("\(Self.count(result.hidden, "finding")) hidden by the baseline") }
          if result.gone > 0 {
            notes.append(
              "\(Self.count(result.gone, "baselined finding")) no longer \(result.gone == 1 ? "occurs" : "occur"); "
                + "rewrite the baseline with --write-baseline")
          }
        }
      }
      if let diff {
        let hidden = diff.apply(to: &files) { names($0.key, $0.report.path) }
        if hidden > 0 { notes.append("\(Self.count(hidden, "finding")) outside the diff hidden") }
      }
      var ran: [String: RuleMetadata] = [:]
      for input in inputs { for rule in run.rules(for: input).rules { ran[rule.id] = rule.metadata } }
      for rule in MetaRules.metadata { ran[rule.id] = rule }
      let report = LintReport(
        files: files.map(\.report),
        errors: Self.sorted(locator.problems + warnings) + catalog.errors + errors + inputErrors + outcome.errors,
        rules: ran.values.sorted { $0.id < $1.id })
      try output.emit(report, failing: files.contains(where: \.fails), notes: notes)
    }

    /// Configuration problems by file and position.
    static func sorted(_ errors: [ToolError]) -> [ToolError] {
      errors.sorted { ($0.path ?? "", $0.line ?? 0, $0.column ?? 0) < ($1.path ?? "", $1.line ?? 0, $1.column ?? 0) }
    }

    static func count(_ number: Int, _ noun: String) -> String {
      "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
  }
}

/// Reading the diff and baseline files a lint run is given.
enum GateFiles {
  static func readDiff(_ source: String) -> Result<UnifiedDiff, ToolError> {
    let bytes: [UInt8]
    if source == "-" {
      bytes = FileReader.readStandardInput()
    } else {
      switch FileReader.readBytes(source) {
      case .success(let read): bytes = read
      case .failure(let error): return .failure(error)
      }
    }
    return .success(UnifiedDiff(parsing: String(decoding: bytes, as: UTF8.self)))
  }

  static func readBaseline(_ path: String) -> Result<Baseline, ToolError> {
    FileReader.readBytes(path).flatMap { Baseline.decode($0, path: path) }
  }
}
