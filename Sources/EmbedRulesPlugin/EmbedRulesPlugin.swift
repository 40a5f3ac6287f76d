import Foundation
import PackagePlugin

/// Embeds every rule file under the package's `Rules/` folder into the core library at build time.
///
/// `Rules/` stays the one source of the default rules; the generated Swift file carries their bytes, so a
/// copied `claimlint` binary needs neither the source tree nor the build folder at run time.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let rulesDirectory = context.package.directoryURL.appending(path: "Rules")
    let ruleFiles = Self.ruleFiles(in: rulesDirectory)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuleFiles+Generated.swift")
    let tool = try context.tool(named: "EmbedRules")
    // The tool lists the folder itself, and the folder is an input: adding or removing a rule file
    // changes the folder, which reruns the command even though this plugin is not evaluated again.
    return [
      .buildCommand(
        displayName: "Embedding the rule files of Rules/",
        executable: tool.url,
        arguments: [output.path(percentEncoded: false), rulesDirectory.path(percentEncoded: false)],
        inputFiles: [URL(fileURLWithPath: rulesDirectory.path(percentEncoded: false) + "/", isDirectory: true)] + ruleFiles,
        outputFiles: [output]
      )
    ]
  }

  /// Lists `.yml`, `.yaml` and `.tsv` files below `directory`, sorted so the generated file is stable.
  static func ruleFiles(in directory: URL) -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
    else { return [] }
    var files: [URL] = []
    for case let url as URL in walker where ["yml", "yaml", "tsv"].contains(url.pathExtension.lowercased()) {
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }
}
