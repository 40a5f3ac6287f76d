import Testing
@testable import ClaimLintCore

@Suite struct OffsetMapTests {
  @Test func identity() {
    let map = OffsetMap.identity
    #expect(map.isIdentity)
    #expect(map.sourceOffset(7) == 7)
    #expect(map.sourceRange(3..<9) == 3..<9)
    #expect(map.scanRange(3..<9) == 3..<9)
  }

  /// `ab&amp;cd&#8217;ef` (file) reads `ab&cd’ef` (scan).
  static let map = OffsetMap(anchors: [
    OffsetMap.Anchor(scanOffset: 5, scanLength: 3, sourceOffset: 9, sourceLength: 7),
    OffsetMap.Anchor(scanOffset: 2, scanLength: 1, sourceOffset: 2, sourceLength: 5),
  ])

  @Test func anchorsAreSorted() {
    #expect(Self.map.anchors.map(\.scanOffset) == [2, 5])
  }

  @Test func mapsScanRangesToFileRanges() {
    let map = Self.map
    #expect(map.sourceRange(0..<2) == 0..<2)  // "ab"
    #expect(map.sourceRange(2..<3) == 2..<7)  // "&" ← "&amp;"
    #expect(map.sourceRange(3..<5) == 7..<9)  // "cd"
    #expect(map.sourceRange(5..<8) == 9..<16)  // "’" ← "&#8217;"
    #expect(map.sourceRange(8..<10) == 16..<18)  // "ef"
    #expect(map.sourceRange(0..<10) == 0..<18)
    #expect(map.sourceRange(6..<7) == 9..<16)  // inside a replacement: all of it
    #expect(map.sourceRange(4..<4) == 8..<8)
    #expect(map.sourceOffset(6) == 9)
  }

  @Test func mapsFileRangesToScanRanges() {
    let map = Self.map
    #expect(map.scanRange(0..<2) == 0..<2)
    #expect(map.scanRange(2..<7) == 2..<3)
    #expect(map.scanRange(7..<9) == 3..<5)
    #expect(map.scanRange(9..<16) == 5..<8)
    #expect(map.scanRange(16..<18) == 8..<10)
    #expect(map.scanOffset(11) == 5)
    #expect(map.scanOffset(11, asEnd: true) == 8)
  }

  @Test func emptyReplacementsBeforeAReplacementAtTheSameOffset() {
    // `a&shy;&amp;b` reads `a&b`: the soft hyphen decodes to nothing.
    let map = OffsetMap(anchors: [
      OffsetMap.Anchor(scanOffset: 1, scanLength: 1, sourceOffset: 6, sourceLength: 5),
      OffsetMap.Anchor(scanOffset: 1, scanLength: 0, sourceOffset: 1, sourceLength: 5),
    ])
    #expect(map.sourceRange(0..<1) == 0..<1)
    #expect(map.sourceRange(1..<2) == 6..<11)
    #expect(map.sourceRange(2..<3) == 11..<12)
    #expect(map.sourceRange(0..<3) == 0..<12)
  }

  @Test func documentOffsetsRoundTrip() throws {
    let document = try parsed("<p>A&amp;B &#8220;quoted&#8221; &shy;end</p>", .html)
    #expect(document.blockTexts == ["A&B “quoted” end"])
    for word in ["A&B", "“quoted”", "end"] {
      let scan = try #require(document.scanRange(of: word))
      #expect(document.offsets.scanRange(document.sourceRange(scan)) == scan)
    }
    #expect(document.sourceRange(try #require(document.scanRange(of: "end"))) == document.fileRange(of: "end"))
  }
}
