import ClaimLintCore
import Dispatch
import Foundation

/// Reads, parses and lints inputs in parallel; the result does not depend on the degree of parallelism.
struct LintRun {
  let linter: Linter
  private let severities: [String: Severity]

  init(linter: Linter) {
    self.linter = linter
    severities = Dictionary(linter.ruleSet.rules.map { ($0.id, $0.metadata.defaultSeverity) }) { first, _ in first }
  }

  struct Outcome {
    var files: [FileReport]
    var errors: [ToolError]
  }

  func run(_ inputs: [LintInput]) -> Outcome {
    let results = Results(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      results.set(index, lint(inputs[index]))
    }
    var files: [FileReport] = []
    var errors: [ToolError] = []
    for (file, fileErrors) in results.all {
      if let file { files.append(file) }
      errors += fileErrors
    }
    files.sort { $0.path < $1.path }
    errors.sort { ($0.path ?? "", $0.line ?? 0, $0.column ?? 0, $0.message) < ($1.path ?? "", $1.line ?? 0, $1.column ?? 0, $1.message) }
    return Outcome(files: files, errors: errors)
  }

  private func lint(_ input: LintInput) -> (FileReport?, [ToolError]) {
    let bytes: [UInt8]
    if let given = input.bytes {
      bytes = given
    } else {
      switch FileReader.readBytes(input.path) {
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
    let result = linter.lint(document)
    let diagnostics = result.findings.map { Diagnostic($0, severity: severities[$0.ruleID] ?? .warning) }
    return (FileReport(path: input.path, source: document.source, diagnostics: diagnostics), result.errors)
  }

  /// Per-input results written from many threads, each slot once.
  private final class Results: @unchecked Sendable {
    private var slots: [(FileReport?, [ToolError])]
    private let lock = NSLock()

    init(count: Int) {
      slots = Array(repeating: (nil, []), count: count)
    }

    func set(_ index: Int, _ value: (FileReport?, [ToolError])) {
      lock.lock()
      slots[index] = value
      lock.unlock()
    }

    var all: [(FileReport?, [ToolError])] {
      lock.lock()
      defer { lock.unlock() }
      return slots
    }
  }
}
