/// The whole run pipeline: configuration per file, rule selection, reading, parallel linting and gating,
/// for paths on disk and for buffers in memory. Used by the command line, the language server and tests.
///
/// A workspace keeps what it has read: configuration files and compiled rule sets are cached, and read
/// again when one of their files changes (checked at every ``lint(_:gates:)``) or is named to
/// ``refresh(touched:)``. It never prints and never exits.
public struct LintWorkspace: Sendable {
  /// The choices a command line makes for every file.
  public struct Options: Sendable, Hashable {
    /// `--rules`: extra rule files or folders; when given, they replace every configuration's `rule-paths`.
    public var rulePaths: [String]
    /// False for `--no-default-rules` (the built-in lexicons stay loaded).
    public var defaultRules: Bool
    /// `--profile`; when given, replaces the configurations' profiles.
    public var profiles: [String]
    public var configuration: ConfigurationChoice
    /// False for `--no-ignore`.
    public var respectsIgnores: Bool
    /// `--fail-on`; when given, replaces the configurations' `fail-on`.
    public var failOn: FailOn?
    /// False to search every pattern everywhere (``RuleSet/prefiltersLiterals``).
    public var prefiltersLiterals = true
    /// The least text (bytes, over all of a run's inputs) for which a run builds and uses the literal
    /// prefilter. Building it costs about what linting 40 KB without it costs, so one article is linted
    /// unfiltered; the findings are the same either way. 0 for a front end that lints document after
    /// document with the same rules (the language server), which builds it once.
    public var prefilterMinimumBytes = 64 << 10
    /// False to let go of the text of each file with nothing to report (no diagnostic, nothing
    /// suppressed) as soon as it is linted, so that a run's memory follows the files with findings, not
    /// the size of the tree. A command-line run reports only diagnostics; a front end that shows every
    /// file's text (the MCP server's fixed text) keeps it.
    public var keepsTextOfCleanFiles = true

    public init(
      rulePaths: [String] = [], defaultRules: Bool = true, profiles: [String] = [],
      configuration: ConfigurationChoice = .nearest, respectsIgnores: Bool = true, failOn: FailOn? = nil
    ) {
      self.rulePaths = rulePaths
      self.defaultRules = defaultRules
      self.profiles = profiles
      self.configuration = configuration
      self.respectsIgnores = respectsIgnores
      self.failOn = failOn
    }
  }

  /// Which configuration files apply.
  public enum ConfigurationChoice: Sendable, Hashable {
    /// The nearest `.claimlint.yml` above each file.
    case nearest
    /// One file for everything (`--config`).
    case file(String)
    /// None (`--no-config`).
    case none
  }

  public let options: Options
  public let fileSystem: any FileSystem
  /// Relative paths are taken from here; messages name files relative to it.
  public let currentFolder: String
  /// The project root: the git top level, else the current folder. Baselines and diffs use paths from here.
  public let root: String
  var locator: ConfigurationLocator
  var catalog: RuleSetCatalog

  public init(options: Options = Options(), currentFolder: String, fileSystem: any FileSystem = LocalFileSystem()) {
    self.options = options
    self.fileSystem = fileSystem
    let folder = PathName.normalize(currentFolder)
    self.currentFolder = folder
    root = GitRepository.containing(folder, fileSystem: fileSystem)?.topLevel ?? folder
    locator = Self.locator(options.configuration, currentFolder: folder, fileSystem: fileSystem)
    catalog = RuleSetCatalog(
      files: RuleFiles(fileSystem: fileSystem, currentFolder: folder), defaultRules: options.defaultRules,
      commandLinePaths: options.rulePaths)
  }

  private static func locator(
    _ choice: ConfigurationChoice, currentFolder: String, fileSystem: any FileSystem
  ) -> ConfigurationLocator {
    switch choice {
    case .nearest: ConfigurationLocator(fileSystem: fileSystem, currentFolder: currentFolder)
    case .file(let path): ConfigurationLocator(fileSystem: fileSystem, currentFolder: currentFolder, configurationFile: path)
    case .none: ConfigurationLocator.none(currentFolder: currentFolder)
    }
  }

  /// Lints `targets`: reads, parses and lints every file (in parallel), applies configuration and
  /// suppression comments, then the gates. `profiles`, when given, replaces the options' profiles for
  /// this run only (a client that names profiles per request).
  public mutating func lint(
    _ targets: [LintTarget], gates: LintGates = LintGates(), profiles: [String]? = nil
  ) -> LintOutcome {
    refresh()
    var plan = plan(targets, profiles: profiles ?? options.profiles)
    if let diff = gates.diff { plan.keepInputs(touchedBy: diff) }
    var ruleSets: [[String]: RuleSet] = [:]
    let prefilters = options.prefiltersLiterals && plan.holdsText(atLeast: options.prefilterMinimumBytes, in: fileSystem)
    for input in plan.inputs where ruleSets[input.rulePaths] == nil {
      var ruleSet = catalog.entry(for: input.rulePaths).ruleSet
      ruleSet.prefiltersLiterals = prefilters
      if prefilters { ruleSet.preparePrefilterInBackground() }
      ruleSets[input.rulePaths] = ruleSet
    }
    let run = LintRun(ruleSets: ruleSets, fileSystem: fileSystem, keepsTextOfCleanFiles: options.keepsTextOfCleanFiles)
    let linted = run.run(plan.inputs)
    var ran: [String: RuleMetadata] = [:]
    for input in plan.inputs { for rule in run.rules(for: input).rules { ran[rule.id] = rule.metadata } }
    for rule in MetaRules.metadata { ran[rule.id] = rule }
    var outcome = LintOutcome(files: linted.files, errors: plan.problems, rules: ran.values.sorted { $0.id < $1.id })
    outcome.applyGates(gates, workspace: self)
    outcome.errors += linted.errors
    return outcome
  }

  /// Forgets configuration files and rule sets that changed since they were read. `touched` names files
  /// that may have been created, changed or deleted (from an editor's file watcher): a configuration
  /// file among them drops every cached configuration, a rule file the rule sets that read its folder.
  public mutating func refresh(touched: [String] = []) {
    let absolute = touched.map { PathName.absolute($0, in: currentFolder) }
    let namesConfiguration = absolute.contains { ConfigurationLocator.fileNames.contains(PathName.name($0)) }
    if locator.isStale || namesConfiguration {
      locator = Self.locator(options.configuration, currentFolder: currentFolder, fileSystem: fileSystem)
    }
    catalog.dropStale(touched: absolute)
  }

  /// Whether `path` is a configuration or rule file this workspace has read, or would read.
  public func isSettingsFile(_ path: String) -> Bool {
    let absolute = PathName.absolute(path, in: currentFolder)
    return ConfigurationLocator.fileNames.contains(PathName.name(absolute)) || catalog.ruleFiles.contains(absolute)
  }
}
