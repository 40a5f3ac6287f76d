import FuzzSupport
@testable import ClaimLintCore

// Unified-diff parser: added lines are positive line numbers, sorted, in every file read.
runFuzzer { bytes in
  guard case .success(let diff) = UnifiedDiff.read(bytes, shownAs: "fuzz.diff") else { return }
  for file in diff.files {
    check(file.addedLines.allSatisfy { $0 >= 1 }, "added line below 1 in \(file.path ?? "-"): \(file.addedLines.prefix(5))")
    check(file.addedLines == file.addedLines.sorted(), "added lines not sorted in \(file.path ?? "-")")
  }
}
