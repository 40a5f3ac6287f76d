/// Which fix-its of a file's diagnostics to apply, and the file's bytes with them applied.
///
/// Each diagnostic offers at most its first fix-it, applied whole or not at all. Diagnostics are taken in
/// file order, and a fix-it is left out when one of its edits overlaps an edit already taken (two
/// insertions at one offset count as overlapping: their order would be a guess), falls outside the file
/// or cuts a UTF-8 sequence.
public struct FixPlan: Sendable {
  /// A fix-it that was taken, with the diagnostic it belongs to.
  public struct Applied: Sendable, Hashable {
    public var diagnostic: Diagnostic
    public var fixIt: FixIt
  }

  /// Why a fix-it was left out.
  public enum Skip: String, Sendable, Hashable {
    case overlaps = "it overlaps another fix; run --fix again"
    case outOfBounds = "its edits do not fit the file"
  }

  /// A fix-it that was left out, and why.
  public struct Skipped: Sendable, Hashable {
    public var diagnostic: Diagnostic
    public var reason: Skip
  }

  public private(set) var applied: [Applied] = []
  public private(set) var skipped: [Skipped] = []
  /// The original bytes.
  public let original: [UInt8]
  /// The bytes with every applied fix-it made.
  public private(set) var fixed: [UInt8]

  public init(bytes: [UInt8], diagnostics: [Diagnostic]) {
    original = bytes
    var taken: [TextEdit] = []
    for diagnostic in diagnostics.sorted(by: { Linter.order($0.finding, $1.finding) }) {
      guard let fixIt = diagnostic.finding.fixIts.first, !fixIt.edits.isEmpty else { continue }
      guard fixIt.edits.allSatisfy({ Self.fits($0.range, in: bytes) }) else {
        skipped.append(Skipped(diagnostic: diagnostic, reason: .outOfBounds))
        continue
      }
      let edits = fixIt.edits
      let clashes = edits.indices.contains { index in
        taken.contains { Self.overlap($0.range, edits[index].range) }
          || edits[..<index].contains { Self.overlap($0.range, edits[index].range) }
      }
      guard !clashes else {
        skipped.append(Skipped(diagnostic: diagnostic, reason: .overlaps))
        continue
      }
      taken += edits
      applied.append(Applied(diagnostic: diagnostic, fixIt: fixIt))
    }
    fixed = bytes
    for edit in taken.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      fixed.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
    }
  }

  /// Whether the plan changes anything.
  public var changes: Bool { fixed != original }

  /// Whether two edit ranges would touch the same bytes, or leave their order to a guess: two insertions
  /// at one offset, or an insertion where a replacement starts.
  static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    if a.isEmpty || b.isEmpty {
      let (point, other) = a.isEmpty ? (a.lowerBound, b) : (b.lowerBound, a)
      return other.isEmpty ? point == other.lowerBound : point >= other.lowerBound && point < other.upperBound
    }
    return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
  }

  /// Whether `range` lies in the file and starts and ends on UTF-8 sequence boundaries.
  static func fits(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
    func boundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
    return boundary(range.lowerBound) && boundary(range.upperBound)
  }
}
