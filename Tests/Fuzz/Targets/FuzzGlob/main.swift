import FuzzSupport
@testable import ClaimLintCore

// Glob matcher: a pattern and a path (split at the first newline) match in bounded time (CPU time, so a
// busy machine does not make a slow match).
runFuzzer { bytes in
  let text = String(decoding: bytes, as: UTF8.self)
  let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
  let pattern = String(parts[0])
  let path = parts.count > 1 ? String(parts[1]) : "a/b.md"
  let start = threadCPUSeconds()
  for glob in [GlobPattern(glob: pattern), GlobPattern(gitignoreLine: pattern)].compactMap({ $0 }) {
    _ = glob.matches(path, isFolder: false)
    _ = glob.matches(path, isFolder: true)
    _ = glob.matchesFileOrFolder(path)
  }
  check(threadCPUSeconds() - start < 1, "glob \(pattern.debugDescription) took over 1 s of CPU on \(path.count) characters")
}
