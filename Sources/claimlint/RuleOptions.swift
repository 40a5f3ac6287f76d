import ArgumentParser
import ClaimLintCore

/// Options that choose the rules: extra rule files, dropping the defaults, opt-in profiles.
struct RuleOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp("A rule file or folder of rule files (.yml, .yaml) to add; repeatable.", valueName: "path"))
  var rulePaths: [String] = []

  @Flag(help: "Don't use the built-in rules (their lexicons stay available to your rules).")
  var noDefaultRules = false

  @Option(
    name: .customLong("profile"),
    help: ArgumentHelp("Turn on an opt-in rule profile (eu, us-label; any case); repeatable.", valueName: "name"))
  var profiles: [String] = []

  /// Hidden: search every pattern everywhere, to check that the literal prefilter changes no finding.
  @Flag(help: .hidden)
  var noPrefilter = false

  /// The rule sources to load: the built-in files, then each `--rules` path in order.
  func sources() -> (sources: [RuleSource], errors: [ToolError]) {
    let gathered = RuleFiles().gather(defaultRules: !noDefaultRules, paths: rulePaths)
    return (gathered.sources, gathered.errors)
  }

  func validate() throws {
    // Profiles are checked against the rules after loading, so a typo is caught there too.
    for profile in profiles where profile.isEmpty {
      throw ValidationError("--profile needs a name")
    }
  }
}
