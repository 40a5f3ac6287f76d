import ArgumentParser
import ClaimLintCore
import Foundation

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
    help: ArgumentHelp("Turn on an opt-in rule profile (eu, us-label); repeatable.", valueName: "name"))
  var profiles: [String] = []

  /// The rule sources to load: the built-in files, then each `--rules` path in order.
  func sources() -> (sources: [RuleSource], errors: [ToolError]) {
    RuleFiles.sources(defaultRules: !noDefaultRules, paths: rulePaths)
  }

  /// Loads and compiles the rules; all errors (unreadable or invalid files) are returned, not thrown.
  func load() -> (ruleSet: RuleSet, errors: [ToolError]) {
    let (sources, readErrors) = self.sources()
    let (ruleSet, errors) = RuleSet.load(sources)
    return (ruleSet.active(profiles: Set(profiles)), readErrors + errors)
  }

  func validate() throws {
    // Profiles are checked against the rules after loading, so a typo is caught there too.
    for profile in profiles where profile.isEmpty {
      throw ValidationError("--profile needs a name")
    }
  }
}

/// Reads rule files from a file or folder path.
enum RuleFiles {
  /// The built-in files (their rules only when `defaultRules`), then the files at each path in order.
  static func sources(defaultRules: Bool, paths: [String]) -> (sources: [RuleSource], errors: [ToolError]) {
    var sources = RuleSource.defaults(includingRules: defaultRules)
    var errors: [ToolError] = []
    for path in paths {
      let (found, problems) = collect(path)
      sources += found
      errors += problems
    }
    return (sources, errors)
  }

  /// Every `.yml`/`.yaml` rule file and `.tsv` vocabulary at `path` (recursively for a folder), sorted.
  static func collect(_ path: String) -> ([RuleSource], [ToolError]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return ([], [ToolError(path: path, message: "rule file or folder not found")])
    }
    let files =
      isDirectory.boolValue
      ? FileWalker.files(under: path, extensions: ["yml", "yaml", "tsv"], skipHidden: true)
      : [path]
    var sources: [RuleSource] = []
    var errors: [ToolError] = []
    for file in files {
      switch FileReader.readText(file) {
      case .success(let text): sources.append(RuleSource(name: file, text: text))
      case .failure(let error): errors.append(error)
      }
    }
    return (sources, errors)
  }
}
