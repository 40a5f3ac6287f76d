/// Where in a document a match can start and still meet a rule's `when` conditions: the sentences,
/// paragraphs and sections a necessary condition leaves, as sorted, disjoint scan-text ranges.
///
/// A rule is run only over the sentences or paragraphs that meet its region, so a rule for product
/// pages does not scan news, and a rule that needs a condition named in the sentence scans only the
/// sentences that name one. The region is a superset: the conditions are still tested on every match,
/// so it changes the cost of a rule, never its findings. Only conditions that are cheap to know narrow
/// it (document kinds, blocks, term lexicons and patterns already matched in the document): scanning
/// a whole document for a regex condition costs more than the scan it would save.
struct MatchRegion: Equatable {
  /// Sorted, disjoint, non-empty ranges.
  private(set) var ranges: [Range<Int>]

  static let empty = MatchRegion(ranges: [])

  /// The region of `ranges`, which must be sorted by start; overlapping and touching ranges merge.
  init(sorted ranges: [Range<Int>]) {
    var merged: [Range<Int>] = []
    for range in ranges where !range.isEmpty {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    self.ranges = merged
  }

  private init(ranges: [Range<Int>]) {
    self.ranges = ranges
  }

  var isEmpty: Bool { ranges.isEmpty }

  /// The offsets in both regions.
  func intersection(_ other: MatchRegion) -> MatchRegion {
    var result: [Range<Int>] = []
    var (left, right) = (0, 0)
    while left < ranges.count && right < other.ranges.count {
      let a = ranges[left]
      let b = other.ranges[right]
      let lower = max(a.lowerBound, b.lowerBound)
      let upper = min(a.upperBound, b.upperBound)
      if lower < upper { result.append(lower..<upper) }
      if a.upperBound < b.upperBound { left += 1 } else { right += 1 }
    }
    return MatchRegion(ranges: result)
  }

  /// The offsets in either region.
  func union(_ other: MatchRegion) -> MatchRegion {
    MatchRegion(sorted: (ranges + other.ranges).sorted { $0.lowerBound < $1.lowerBound })
  }

  /// True when some offset of `range` is in the region.
  func overlaps(_ range: Range<Int>) -> Bool {
    var low = 0
    var high = ranges.count
    while low < high {
      let mid = (low + high) / 2
      if ranges[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
    }
    return low < ranges.count && ranges[low].lowerBound < range.upperBound
  }

  /// The units (sorted, disjoint ranges) that `matches` overlap, and every offset outside all units.
  static func units(_ units: [Range<Int>], overlapping matches: [Range<Int>], length: Int) -> MatchRegion {
    let hit = MatchRegion(sorted: matches.map { $0.isEmpty ? $0.lowerBound..<($0.lowerBound + 1) : $0 })
    var result: [Range<Int>] = []
    var gapStart = 0
    for unit in units {
      if gapStart < unit.lowerBound { result.append(gapStart..<unit.lowerBound) }
      if hit.overlaps(unit) { result.append(unit) }
      gapStart = max(gapStart, unit.upperBound)
    }
    if gapStart < length { result.append(gapStart..<length) }
    return MatchRegion(sorted: result)
  }
}

extension DocumentContext {
  /// The region where a match can meet every one of `conditions`; `nil` when it can anywhere.
  func region(meeting conditions: [Condition]) throws(PatternError) -> MatchRegion? {
    var result: MatchRegion?
    for condition in conditions {
      guard let region = try region(meeting: condition) else { continue }
      result = result.map { $0.intersection(region) } ?? region
      if result?.isEmpty == true { break }
    }
    return result
  }

  private func region(meeting condition: Condition) throws(PatternError) -> MatchRegion? {
    switch condition {
    case .pattern(let pattern, let scope, raw: false) where hasCheapMatches(of: pattern):
      return try region(containing: pattern, in: scope)
    case .context(let kinds):
      return region(ofKinds: kinds)
    case .block(let kinds):
      return MatchRegion(sorted: document.blocks.filter { kinds.contains($0.kind) }.map(\.range))
    case .all(let conditions):
      return try region(meeting: conditions)
    case .any(let conditions):
      var union = MatchRegion.empty
      for condition in conditions {
        guard let region = try region(meeting: condition) else { return nil }
        union = union.union(region)
      }
      return union
    default:
      return nil
    }
  }

  /// Where a condition that `pattern` occur in `scope` can hold: the units of the scope that a whole-text
  /// match overlaps, and the offsets outside every unit (where the scope falls back to the sentence or
  /// the match itself).
  private func region(containing pattern: ContextPattern, in scope: ContextScope) throws(PatternError) -> MatchRegion? {
    let length = document.text.count
    switch scope {
    case .sentence:
      return MatchRegion.units(sentenceRanges, overlapping: try matches(of: pattern), length: length)
    case .paragraph:
      return MatchRegion.units(blockRanges, overlapping: try matches(of: pattern), length: length)
    case .section:
      return MatchRegion.units(document.sections.map(\.range), overlapping: try matches(of: pattern), length: length)
    case .document:
      return try matches(of: pattern).isEmpty ? .empty : nil
    default:
      return nil
    }
  }

  /// The sections of these kinds, and the text outside every section when the document is of one.
  private func region(ofKinds wanted: Set<DocumentKind>) -> MatchRegion {
    let documentWanted = wanted.contains(kinds.document)
    var ranges: [Range<Int>] = []
    var gapStart = 0
    for (index, section) in document.sections.enumerated() {
      if documentWanted, gapStart < section.range.lowerBound { ranges.append(gapStart..<section.range.lowerBound) }
      let kind = index < kinds.sections.count ? kinds.sections[index] : kinds.document
      if wanted.contains(kind) { ranges.append(section.range) }
      gapStart = max(gapStart, section.range.upperBound)
    }
    if documentWanted, gapStart < document.text.count { ranges.append(gapStart..<document.text.count) }
    return MatchRegion(sorted: ranges)
  }
}
