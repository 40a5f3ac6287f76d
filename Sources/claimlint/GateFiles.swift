import ClaimLintCore

/// Reading the diff and writing the baseline of a lint run.
enum GateFiles {
  static func readDiff(_ source: String) -> Result<UnifiedDiff, ToolError> {
    let bytes: [UInt8]
    if source == "-" {
      bytes = FileReader.readStandardInput()
    } else {
      switch FileReader.readBytes(source) {
      case .success(let read): bytes = read
      case .failure(let error): return .failure(error)
      }
    }
    return .success(UnifiedDiff(parsing: String(decoding: bytes, as: UTF8.self)))
  }

  /// Writes `baseline` to `path`, noting how many findings it holds.
  static func writeBaseline(_ baseline: Baseline, to path: String, _ notes: inout [String], _ errors: inout [ToolError]) {
    if let problem = Console.write(baseline.encoded(), toFile: path) {
      errors.append(ToolError(path: path, message: "cannot write the baseline: \(problem)"))
      return
    }
    let total = baseline.findings.reduce(0) { $0 + $1.count }
    notes.append("wrote \(ClaimLint.Lint.count(total, "finding")) to the baseline \(path)")
  }
}
