import ClaimLintCore

/// Reading the diff and writing the baseline of a lint run.
enum GateFiles {
  /// The gates the options ask for, the errors reading them, and notes for the summary.
  ///
  /// A diff that cannot be read is an error, and nothing is linted against it: the run fails rather
  /// than report on files no one asked about.
  static func gates(_ options: GateOptions) -> (LintGates, [ToolError], [String]) {
    var gates = LintGates(baseline: options.baseline, recordsBaseline: options.writeBaseline != nil)
    guard let source = options.diff else { return (gates, [], []) }
    switch readDiff(source) {
    case .success(let diff):
      gates.diff = diff
      let empty = diff.files.isEmpty ? ["the diff is empty: no changed lines, so nothing is reported"] : []
      return (gates, [], empty)
    case .failure(let error):
      gates.diff = UnifiedDiff(files: [])
      return (gates, [error], [])
    }
  }

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
    return UnifiedDiff.read(bytes, shownAs: source == "-" ? "<stdin>" : source)
  }

  /// Writes `baseline` to `path`, noting how many findings it holds.
  static func writeBaseline(_ baseline: Baseline, to path: String, _ notes: inout [String], _ errors: inout [ToolError]) {
    do throws(ToolError) {
      try AtomicFile.write(path, Array(baseline.encoded().utf8), replaceable: Baseline.mayReplace, what: "a claimlint baseline")
    } catch {
      errors.append(ToolError(path: path, message: "cannot write the baseline: \(error.message)"))
      return
    }
    let total = baseline.findings.reduce(0) { $0 + $1.count }
    notes.append("wrote \(ClaimLint.Lint.count(total, "finding")) to the baseline \(path)")
  }
}
