import ClaimLintCore

/// What a lint run works on: the inputs with their configuration, rule set and project key, and the
/// problems found while gathering them.
struct LintPlan {
  /// The current folder and the project root (git top level, else the current folder).
  let folder: String
  let root: String
  var inputs: [LintInput] = []
  var catalog: RuleSetCatalog
  /// Configuration errors and warnings, sorted by file and position, then unreadable paths.
  var problems: [ToolError] = []

  /// Collects the inputs of `paths` and settles each one's configuration.
  init(paths: [String], rules: RuleOptions, gate: GateOptions, failOn: FailOn?, stdinFilename: String?) {
    folder = LocalFileSystem.currentFolder
    root = GitRepository.containing(folder)?.topLevel ?? folder
    catalog = RuleSetCatalog(options: rules)
    var locator =
      if gate.noConfig {
        ConfigurationLocator.none(currentFolder: folder)
      } else if let path = gate.config {
        ConfigurationLocator(currentFolder: folder, configurationFile: path)
      } else {
        ConfigurationLocator(currentFolder: folder)
      }
    let collector = InputCollector(stdinFilename: stdinFilename, currentFolder: folder, respectsIgnores: !gate.noIgnore)
    let (inputs, inputErrors) = collector.collect(paths) { locator.configuration(forFile: $0).selects($0) }
    self.inputs = inputs
    let commandLine = CommandLineSettings(profiles: rules.profiles.isEmpty ? nil : rules.profiles, failOn: failOn)
    // The current folder's rule set is loaded even with no inputs, so rule-file errors are still reported.
    _ = catalog.setIndex(for: locator.configuration(forFolder: folder))
    for index in self.inputs.indices {
      let path = self.inputs[index].absolutePath
      let configuration = locator.configuration(forFile: path)
      self.inputs[index].settings = FileSettings(for: path, configuration: configuration, commandLine: commandLine)
      self.inputs[index].ruleSet = catalog.setIndex(for: configuration)
      self.inputs[index].key = GatedFile.key(for: path, currentFolder: folder, root: root)
    }
    var configurationProblems = locator.problems
    for configuration in locator.configurations {
      let ruleSet = catalog.sets[catalog.setIndex(for: configuration)]
      configurationProblems += configuration.unknownNameWarnings(
        ruleIDs: ruleSet.rules.map(\.id) + MetaRules.ids, profiles: ruleSet.profiles)
    }
    problems =
      configurationProblems.sorted {
        ($0.path ?? "", $0.line ?? 0, $0.column ?? 0) < ($1.path ?? "", $1.line ?? 0, $1.column ?? 0)
      } + inputErrors
  }

  /// The names a linted file may have in a diff: its project key, then its path from the current folder.
  static func diffNames(key: String, path: String) -> [String] {
    [key, PathName.normalize(path)]
  }

  /// Keeps only the inputs the diff adds lines to (standard input is always kept).
  mutating func keepInputs(touchedBy diff: UnifiedDiff) {
    inputs = inputs.filter { $0.bytes != nil || Self.diffNames(key: $0.key, path: $0.path).contains(where: diff.touches) }
  }
}
