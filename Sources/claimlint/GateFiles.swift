import ClaimLintCore

/// Reading the diff and reading, writing and applying the baseline of a lint run.
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

  /// Hides the findings the baseline at `path` lists, noting how many were hidden and how many are gone.
  static func applyBaseline(
    _ path: String, root: String, to files: inout [GatedFile], _ notes: inout [String], _ errors: inout [ToolError]
  ) {
    let baseline: Baseline
    switch FileReader.readBytes(path).flatMap({ Baseline.decode($0, path: path) }) {
    case .failure(let error):
      errors.append(error)
      return
    case .success(let read):
      baseline = read
    }
    let result = baseline.apply(to: &files) { LocalFileSystem().kind(of: PathName.absolute($0, in: root)) == nil }
    if result.hidden > 0 { notes.append("\(ClaimLint.Lint.count(result.hidden, "finding")) hidden by the baseline") }
    if result.gone > 0 {
      notes.append(
        "\(ClaimLint.Lint.count(result.gone, "baselined finding")) no longer \(result.gone == 1 ? "occurs" : "occur"); "
          + "rewrite the baseline with --write-baseline")
    }
  }
}
