/// A finding placed in one document of the `html` report.
struct PlacedFinding: Sendable {
  /// `d2-f5`: document and finding number, unique in the report (and the anchor of its card and badge).
  var id: String
  /// 1-based number within its document, shown on its badge and card.
  var number: Int
  var diagnostic: Diagnostic
  /// The finding's range in the document's scan text.
  var scan: Range<Int>
  /// Where it starts and ends in the file.
  var location: SpanLocation
  /// The rule, when the report lists it.
  var rule: RuleMetadata?

  /// The part of the rule ID before the `/`.
  var family: String { String(diagnostic.ruleID.prefix { $0 != "/" }) }

  /// Whether the finding says the document lacks a caveat (a `requires` rule).
  var isMissingCaveat: Bool { rule?.kind == "requires" }
}

/// Which blocks each finding overlaps, which unit it starts in, and which findings lie outside every block.
struct Placement {
  /// Finding indices by the unit they start in.
  private(set) var starting: [Int: [Int]] = [:]
  /// Finding indices by the block they overlap.
  private var byBlock: [Int: [Int]] = [:]
  /// Findings in no block.
  private(set) var elsewhere: [Int] = []

  init(document: Document, units: [ProseUnit], findings: [PlacedFinding]) {
    var unitOfBlock: [Int] = Array(repeating: 0, count: document.blocks.count)
    for (index, unit) in units.enumerated() { for block in unit.blocks { unitOfBlock[block] = index } }
    for (index, finding) in findings.enumerated() {
      let blocks = Self.blocks(overlapping: finding.scan, in: document)
      guard let first = blocks.first else {
        elsewhere.append(index)
        continue
      }
      starting[unitOfBlock[first], default: []].append(index)
      for block in blocks { byBlock[block, default: []].append(index) }
    }
  }

  /// The findings that overlap block `index`.
  func overlapping(_ index: Int) -> [Int] { byBlock[index] ?? [] }

  /// The blocks a scan range overlaps (for an empty range, the block holding it).
  static func blocks(overlapping range: Range<Int>, in document: Document) -> [Int] {
    var low = 0
    var high = document.blocks.count
    while low < high {
      let mid = (low + high) / 2
      if document.blocks[mid].range.upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
    }
    var found: [Int] = []
    var index = low
    while index < document.blocks.count {
      let block = document.blocks[index].range
      let inside = range.isEmpty ? block.contains(range.lowerBound) : block.lowerBound < range.upperBound
      guard inside else { break }
      found.append(index)
      if range.isEmpty { break }
      index += 1
    }
    return found
  }
}
