import Dispatch
import Foundation

/// Reads, parses, lints and gates inputs in parallel; the result does not depend on the degree of parallelism.
struct LintRun: Sendable {
  let ruleSets: [[String]: RuleSet]
  let fileSystem: any FileSystem
  /// Every rule id loaded (any profile), for checking suppression comments.
  let knownRuleIDs: Set<String>
  /// ``LintWorkspace/Options/keepsTextOfCleanFiles``.
  let keepsTextOfCleanFiles: Bool

  init(ruleSets: [[String]: RuleSet], fileSystem: any FileSystem, keepsTextOfCleanFiles: Bool = true) {
    self.ruleSets = ruleSets
    self.fileSystem = fileSystem
    self.keepsTextOfCleanFiles = keepsTextOfCleanFiles
    knownRuleIDs = Set(ruleSets.values.flatMap { $0.rules.map(\.id) })
  }

  struct Outcome {
    /// Sorted by path.
    var files: [GatedFile]
    var errors: [ToolError]
  }

  func run(_ inputs: [LintInput]) -> Outcome {
    var files: [GatedFile] = []
    var errors: [ToolError] = []
    for (file, fileErrors) in inputs.concurrentMap({ lint($0) }) {
      if let file { files.append(file) }
      errors += fileErrors
    }
    files.sort { $0.report.path < $1.report.path }
    return Outcome(files: files, errors: LintWorkspace.sorted(errors))
  }

  /// The rules that run on an input: its profiles on, not `off` in its configuration.
  func rules(for input: LintInput) -> RuleSet {
    (ruleSets[input.rulePaths] ?? RuleSet(rules: [], contextPatterns: [])).enabled { input.settings.runs($0) }
  }

  private func lint(_ input: LintInput) -> (GatedFile?, [ToolError]) {
    let bytes: [UInt8]
    if let given = input.bytes {
      bytes = given
    } else {
      switch fileSystem.read(input.absolutePath, shownAs: input.path) {
      case .success(let read): bytes = read
      case .failure(let error): return (nil, [error])
      }
    }
    let document: Document
    do {
      document = try DocumentParser.parse(path: input.path, bytes: bytes, format: input.format)
    } catch {
      return (nil, [error])
    }
    let ruleSet = rules(for: input)
    let result = Linter(ruleSet: ruleSet).lint(document)
    let gate = FileGate(settings: input.settings, rules: ruleSet.rules.map(\.metadata), knownRuleIDs: knownRuleIDs)
    var file = gate.apply(result.findings, in: document, key: input.key)
    if input.bytes == nil { file.diskPath = input.absolutePath }
    if !keepsTextOfCleanFiles && file.report.diagnostics.isEmpty && file.suppressed.isEmpty {
      file.report.source = SourceText(bytes: [])
    }
    return (file, result.errors)
  }
}
