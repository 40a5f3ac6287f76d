import ArgumentParser
import ClaimLintCore
import Foundation

extension ClaimLint {
  /// `claimlint rules`: list the rules with severity, kind and summary.
  struct ListRules: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rules", abstract: "List the rules: id, severity, kind and summary.")

    @OptionGroup var rules: RuleOptions

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @Flag(help: "Also list rules of profiles that are not turned on.")
    var all = false

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
      let (sources, readErrors) = rules.sources()
      let (loaded, loadErrors) = RuleMetadataSet.load(sources)
      let errors = loadErrors + RuleSet.commandLineProfileErrors(rules.profiles, among: loaded.profiles)
      let list = (all ? loaded : loaded.active(profiles: Set(rules.profiles))).rules
      Console.standardError((readErrors + errors).map(\.description))
      switch format {
      case .json:
        Console.standardOutput(RuleListing.json(list))
      case .text:
        Console.standardOutput(RuleListing.table(list))
      }
      if !(readErrors + errors).isEmpty { throw ExitCode(2) }
    }
  }
}
