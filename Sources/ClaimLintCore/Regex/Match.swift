/// One match of a ``Pattern``: the whole range and each capture group, as UTF-8 byte ranges.
public struct Match: Sendable, Hashable {
  /// Byte range of the whole match in the subject.
  public var range: Range<Int>
  /// Capture groups by number; index 0 is the whole match; `nil` for a group that did not take part.
  public var groups: [Range<Int>?]

  public init(range: Range<Int>, groups: [Range<Int>?]) {
    self.range = range
    self.groups = groups
  }

  /// The range of capture group `number`, or `nil` when it did not take part or does not exist.
  public func group(_ number: Int) -> Range<Int>? {
    number < groups.count ? groups[number] : nil
  }
}
