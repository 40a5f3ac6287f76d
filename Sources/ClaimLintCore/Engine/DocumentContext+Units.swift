extension DocumentContext {
  /// Appends the matches of `pattern` that lie inside one of `units` (sorted, disjoint ranges of the
  /// scan text: sentences or blocks), in the units that meet `region` (all of them when it is `nil`).
  ///
  /// With the literal prefilter, only the units holding what a match must contain are searched, and
  /// the result is the same: a match inside a unit contains its literals.
  func scan(
    _ pattern: Pattern, inside units: [Range<Int>], meeting region: MatchRegion?, into result: inout [Match]
  ) throws(PatternError) {
    // A pattern whose matches depend on where a search starts is searched from the text's start.
    let filtered = pattern.skipsUnits && hasLiteralHits
    guard region != nil || filtered else {
      return try scan(pattern, inside: units, window: 0..<document.text.count, into: &result)
    }
    let windows = Self.windows(of: units) { unit in
      (region?.overlaps(unit) ?? true) && (!filtered || mayMatch(pattern, in: unit))
    }
    for window in windows {
      try scan(pattern, inside: units, window: window, into: &result)
    }
  }

  /// The matches of `pattern` inside unit `index` of `units`, as ``scan(_:inside:meeting:into:)`` finds
  /// them there; for a pattern that ``Pattern/skipsUnits``.
  func scan(_ pattern: Pattern, inside units: [Range<Int>], unit index: Int) throws(PatternError) -> [Match] {
    var found: [Match] = []
    guard mayMatch(pattern, in: units[index]) else { return found }
    let start = index == 0 ? 0 : units[index - 1].upperBound
    try scan(pattern, inside: units, window: start..<units[index].upperBound, into: &found)
    return found
  }

  /// The runs of consecutive units that `admits`, each from the end of the unit before it (the text's
  /// start for the first unit) to the end of its last unit.
  ///
  /// A scan of the whole text reaches the end of a unit with no match inside it afresh (a match that
  /// ran over it is searched again inside the unit where it starts, and the scan resumes at that
  /// unit's end), so scanning a run from there finds what the whole scan finds in it.
  private static func windows(of units: [Range<Int>], admitting admits: (Range<Int>) -> Bool) -> [Range<Int>] {
    var windows: [Range<Int>] = []
    var open: Range<Int>?
    for (index, unit) in units.enumerated() {
      if admits(unit) {
        let start = index == 0 ? 0 : units[index - 1].upperBound
        open = open.map { $0.lowerBound..<unit.upperBound } ?? start..<unit.upperBound
      } else if let current = open {
        windows.append(current)
        open = nil
      }
    }
    if let open { windows.append(open) }
    return windows
  }

  /// Appends the in-unit matches that start inside `window`.
  ///
  /// The text is scanned from the window's start; a match that runs over a unit boundary is searched
  /// again inside the unit where it starts, and scanning resumes at the boundary, so no in-unit match
  /// is lost.
  private func scan(
    _ pattern: Pattern, inside units: [Range<Int>], window: Range<Int>, into result: inout [Match]
  ) throws(PatternError) {
    let end = document.text.count
    var start = window.lowerBound
    scanning: while start < window.upperBound {
      var found: [Match] = []
      var failure: PatternError?
      do {
        try scan(pattern, in: start..<end, startingBefore: window.upperBound, into: &found)
      } catch {
        failure = error  // the matches before the failed search still count
      }
      for match in found {
        guard let unit = Document.index(in: units, containing: match.range.lowerBound) else { continue }
        if match.range.upperBound <= units[unit].upperBound {
          result.append(match)
          continue
        }
        let inUnit = match.range.lowerBound..<units[unit].upperBound
        try scan(pattern, in: inUnit, startingBefore: inUnit.upperBound + 1, into: &result)
        start = units[unit].upperBound
        continue scanning
      }
      if let failure { throw failure }
      break
    }
  }
}
