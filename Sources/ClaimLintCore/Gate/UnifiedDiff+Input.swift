extension UnifiedDiff {
  /// Reads the diff a user gives (`--diff`), strictly: colour codes are removed (`git -c color.ui=always
  /// diff` works), and text that is not a unified diff is an error rather than a diff of nothing, so a
  /// gate fed the wrong thing fails instead of passing. Empty input is an empty diff.
  ///
  /// Refused: binary data, text without a file header (`--stat` output, prose), hunk bodies that do not
  /// start with ` `, `+` or `-` (`--word-diff`), malformed hunk headers and a diff cut off inside a hunk.
  public static func read(_ bytes: [UInt8], shownAs name: String) -> Result<UnifiedDiff, ToolError> {
    if bytes.contains(0) {
      return .failure(ToolError(path: name, message: "binary data, not a unified diff"))
    }
    // Names that are not UTF-8 (with core.quotePath off) keep their bytes, as linted paths do.
    let text = PathBytes.decode(withoutColour(bytes))
    guard text.contains(where: { !$0.isWhitespace }) else { return .success(UnifiedDiff(files: [])) }
    var parser = DiffParser()
    parser.readAll(text)
    let files = parser.finish()
    if let problem = parser.problem {
      return .failure(ToolError(path: name, line: problem.line, message: "not a unified diff: \(problem.message)"))
    }
    guard parser.sawFileHeader else {
      return .failure(
        ToolError(
          path: name,
          message: "not a unified diff: no 'diff --git' or '---'/'+++' file header (for --diff, give the output "
            + "of 'git diff -U0' or 'diff -u', not --stat or --word-diff)"))
    }
    return .success(UnifiedDiff(files: files))
  }

  /// `bytes` without ANSI control sequences (ESC `[` … final byte), which coloured diffs wrap lines in.
  static func withoutColour(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(0x1B) else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      guard bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else {
        result.append(bytes[index])
        index += 1
        continue
      }
      // Parameter and intermediate bytes (0x20–0x3F), then one final byte (0x40–0x7E).
      index += 2
      while index < bytes.count, (0x20...0x3F).contains(bytes[index]) { index += 1 }
      if index < bytes.count, (0x40...0x7E).contains(bytes[index]) { index += 1 }
    }
    return result
  }
}
