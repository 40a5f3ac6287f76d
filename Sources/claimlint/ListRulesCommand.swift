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
      let (loaded, loadErrors) = RuleSet.load(sources)
      let errors = loadErrors + RuleSet.commandLineProfileErrors(rules.profiles, among: loaded.profiles)
      let ruleSet = all ? loaded : loaded.active(profiles: Set(rules.profiles))
      Console.standardError((readErrors + errors).map(\.description))
      let list = ruleSet.rules.map(\.metadata)
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

/// Renders rule metadata as a table or JSON.
enum RuleListing {
  struct Entry: Encodable {
    var id: String
    var severity: Severity
    var kind: String
    var summary: String
    var profile: String?
    var file: String
    var line: Int
  }

  static func json(_ rules: [RuleMetadata]) -> String {
    let entries = rules.map {
      Entry(id: $0.id, severity: $0.defaultSeverity, kind: $0.kind, summary: $0.summary, profile: $0.profile, file: $0.file, line: $0.line)
    }
    return JSONOutput.encode(["rules": entries])
  }

  static func table(_ rules: [RuleMetadata]) -> String {
    let idWidth = rules.map(\.id.count).max() ?? 2
    let kindWidth = max(4, rules.map(\.kind.count).max() ?? 4)
    func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    var lines = [pad("ID", idWidth) + "  " + pad("SEVERITY", 8) + "  " + pad("KIND", kindWidth) + "  SUMMARY"]
    for rule in rules {
      let profile = rule.profile.map { " (profile: \($0))" } ?? ""
      lines.append(
        pad(rule.id, idWidth) + "  " + pad(rule.defaultSeverity.rawValue, 8) + "  " + pad(rule.kind, kindWidth) + "  "
          + rule.summary + profile)
    }
    return lines.joined(separator: "\n")
  }
}
