import ArgumentParser
import ClaimLintCore

/// Options that choose the configuration files: the nearest `.claimlint.yml` (default), one file, or none.
struct ConfigOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Use this configuration file for every file instead of the nearest .claimlint.yml.", valueName: "file"))
  var config: String?

  @Flag(help: "Read no .claimlint.yml file.")
  var noConfig = false

  func validate() throws {
    if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together.") }
  }

  var choice: LintWorkspace.ConfigurationChoice {
    if noConfig { return .none }
    if let config { return .file(config) }
    return .nearest
  }
}

extension LintWorkspace.Options {
  /// The workspace options the command line sets.
  init(rules: RuleOptions, config: ConfigOptions, respectsIgnores: Bool = true, failOn: FailOn? = nil) {
    self.init(
      rulePaths: rules.rulePaths, defaultRules: !rules.noDefaultRules, profiles: rules.profiles,
      configuration: config.choice, respectsIgnores: respectsIgnores, failOn: failOn)
    prefiltersLiterals = !rules.noPrefilter
  }
}
