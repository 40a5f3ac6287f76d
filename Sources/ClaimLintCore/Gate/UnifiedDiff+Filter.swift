extension UnifiedDiff {
  /// Hides the diagnostics that touch no added or changed line: a diagnostic stays when a line of its
  /// reported span (for a missing-caveat finding, its trigger) was added. Files the diff does not name
  /// lose every diagnostic. Returns how many were hidden.
  ///
  /// - Parameter names: the names a file may have in the diff, tried in order (its project key first).
  public func apply(to files: inout [GatedFile], names: (GatedFile) -> [String]) -> Int {
    var hidden = 0
    for index in files.indices {
      let lines = names(files[index]).lazy.compactMap { self.addedLines(for: $0) }.first ?? []
      let file = files[index].report
      hidden += files[index].retain { position in
        let range = file.diagnostics[position].range
        let first = file.source.line(containing: range.lowerBound)
        let last = range.isEmpty ? first : file.source.line(containing: range.upperBound - 1)
        return Self.containsLine(in: first...last, sorted: lines)
      }
    }
    return hidden
  }

  /// Whether a sorted line list has a line in `span`.
  static func containsLine(in span: ClosedRange<Int>, sorted lines: [Int]) -> Bool {
    var low = 0
    var high = lines.count
    while low < high {
      let mid = (low + high) / 2
      if lines[mid] < span.lowerBound { low = mid + 1 } else { high = mid }
    }
    return low < lines.count && lines[low] <= span.upperBound
  }
}
