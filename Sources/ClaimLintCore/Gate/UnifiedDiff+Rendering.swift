extension UnifiedDiff {
  /// The unified diff that turns `old` into `new`, with `context` lines around each change, as
  /// `diff -u` and `git diff` print it (and ``init(parsing:)`` reads it); `""` when they are equal.
  ///
  /// `name` is a path relative to the current folder, given `a/` and `b/` prefixes; an absolute path is
  /// printed as it is. A missing final line break is marked `\ No newline at end of file`.
  public static func render(old: [UInt8], new: [UInt8], name: String, context: Int = 3) -> String {
    let oldLines = lines(old)
    let newLines = lines(new)
    let steps = LineDiff(oldLines, newLines).steps
    let hunks = hunkRanges(steps, context: context)
    guard !hunks.isEmpty else { return "" }
    let relative = !name.hasPrefix("/")
    var output = "--- \(relative ? "a/" : "")\(name)\n+++ \(relative ? "b/" : "")\(name)\n"
    for hunk in hunks {
      output += header(steps, hunk)
      for step in steps[hunk] {
        switch step {
        case .keep(let index, _): output += line(" ", oldLines[index])
        case .remove(let index): output += line("-", oldLines[index])
        case .add(let index): output += line("+", newLines[index])
        }
      }
    }
    return output
  }

  /// The lines of a file, each with its `\n` (the last one may have none).
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      lines.append(bytes[start...index])
      start = index + 1
    }
    if start < bytes.count { lines.append(bytes[start...]) }
    return lines
  }

  /// The step ranges of the hunks: each change with up to `context` kept lines around it, merged when
  /// their context would touch.
  private static func hunkRanges(_ steps: [LineDiff.Step], context: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for (index, step) in steps.enumerated() {
      if case .keep = step { continue }
      let lower = max(0, index - context)
      let upper = min(steps.count, index + context + 1)
      if let last = ranges.last, last.upperBound >= lower {
        ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
      } else {
        ranges.append(lower..<upper)
      }
    }
    return ranges
  }

  /// `@@ -start,count +start,count @@` for the steps of a hunk; an empty side is numbered by the line
  /// before it, as diff does (0 at the start of the file).
  private static func header(_ steps: [LineDiff.Step], _ hunk: Range<Int>) -> String {
    var oldBefore = 0
    var newBefore = 0
    for step in steps[..<hunk.lowerBound] {
      if case .add = step {} else { oldBefore += 1 }
      if case .remove = step {} else { newBefore += 1 }
    }
    var oldCount = 0
    var newCount = 0
    for step in steps[hunk] {
      if case .add = step {} else { oldCount += 1 }
      if case .remove = step {} else { newCount += 1 }
    }
    let oldFirst = oldCount > 0 ? oldBefore + 1 : oldBefore
    let newFirst = newCount > 0 ? newBefore + 1 : newBefore
    return "@@ -\(range(oldFirst, oldCount)) +\(range(newFirst, newCount)) @@\n"
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(start),\(count)"
  }

  /// One diff line: the marker, the text without its `\n`, and the no-newline marker when it had none.
  private static func line(_ marker: String, _ text: ArraySlice<UInt8>) -> String {
    if text.last == UInt8(ascii: "\n") { return marker + String(decoding: text.dropLast(), as: UTF8.self) + "\n" }
    return marker + String(decoding: text, as: UTF8.self) + "\n\\ No newline at end of file\n"
  }
}
