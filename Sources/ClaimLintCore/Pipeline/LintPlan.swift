/// What one lint works on: the inputs with their configuration, rule set and project key, and the
/// problems found while gathering them.
struct LintPlan {
  var inputs: [LintInput] = []
  /// Unknown `--profile` names, configuration errors and warnings sorted by file and position, then
  /// unreadable paths, then rule-file errors (each file's once).
  var problems: [ToolError] = []

  /// The names a linted file may have in a diff: its project key, then its path from the current folder.
  static func diffNames(key: String, path: String) -> [String] {
    [key, PathName.normalize(path)]
  }

  /// Whether the inputs hold at least `bytes` bytes: buffers by their length, files by their size on
  /// disk (stopping as soon as the sum is reached).
  func holdsText(atLeast bytes: Int, in fileSystem: any FileSystem) -> Bool {
    var total = 0
    for input in inputs where total < bytes {
      total += input.bytes?.count ?? fileSystem.stamp(of: input.absolutePath)?.size ?? 0
    }
    return total >= bytes
  }

  /// Keeps only the inputs the diff adds lines to (buffers are always kept).
  mutating func keepInputs(touchedBy diff: UnifiedDiff) {
    inputs = inputs.filter { $0.bytes != nil || Self.diffNames(key: $0.key, path: $0.path).contains(where: diff.touches) }
  }
}

extension LintWorkspace {
  /// Collects the inputs of `targets` and settles each one's configuration and rule set; non-empty
  /// `profiles` replace the configurations' profiles.
  mutating func plan(_ targets: [LintTarget], profiles: [String]) -> LintPlan {
    let collector = InputCollector(
      fileSystem: fileSystem, currentFolder: currentFolder, respectsIgnores: options.respectsIgnores)
    // Every configuration consulted, by file; the current folder's counts even with no inputs, so its
    // rule-file errors are reported.
    var used: [String: Configuration] = [:]
    func use(_ configuration: Configuration) -> Configuration {
      used[configuration.path ?? ""] = configuration
      return configuration
    }
    _ = use(locator.configuration(forFolder: currentFolder))
    let (inputs, inputErrors) = collector.collect(targets) { use(locator.configuration(forFile: $0)).selects($0) }
    var plan = LintPlan(inputs: inputs)
    let commandLine = CommandLineSettings(profiles: profiles.isEmpty ? nil : profiles, failOn: options.failOn)
    for index in plan.inputs.indices {
      let path = plan.inputs[index].absolutePath
      let configuration = use(locator.configuration(forFile: path))
      plan.inputs[index].settings = FileSettings(for: path, configuration: configuration, commandLine: commandLine)
      plan.inputs[index].rulePaths = catalog.paths(for: configuration)
      plan.inputs[index].key = GatedFile.key(for: path, currentFolder: currentFolder, root: root)
    }
    var configurationProblems: [ToolError] = []
    var ruleErrors: [ToolError] = []
    var knownProfiles = Set<String>()
    for configuration in used.values {
      let entry = catalog.entry(for: catalog.paths(for: configuration))
      knownProfiles.formUnion(entry.ruleSet.profiles)
      configurationProblems += locator.problems(of: configuration)
      configurationProblems += configuration.unknownNameWarnings(
        ruleIDs: entry.ruleSet.rules.map(\.id) + MetaRules.ids, profiles: entry.ruleSet.profiles)
      ruleErrors += entry.errors
    }
    let profileErrors = RuleSet.commandLineProfileErrors(options.profiles, among: knownProfiles.sorted())
    plan.problems =
      profileErrors + Self.unique(Self.sorted(configurationProblems)) + inputErrors + Self.unique(Self.sorted(ruleErrors))
    return plan
  }

  /// Problems sorted by file and position.
  static func sorted(_ problems: [ToolError]) -> [ToolError] {
    problems.sorted {
      ($0.path ?? "", $0.line ?? 0, $0.column ?? 0, $0.message) < ($1.path ?? "", $1.line ?? 0, $1.column ?? 0, $1.message)
    }
  }

  /// Each problem once, in order: the built-in files are loaded for every set, and one configuration
  /// may hold several folders' files.
  static func unique(_ problems: [ToolError]) -> [ToolError] {
    var seen = Set<ToolError>()
    return problems.filter { seen.insert($0).inserted }
  }
}
