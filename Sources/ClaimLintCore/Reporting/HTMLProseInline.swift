/// The inline content of one prose block in the `html` report: its text with emphasis and code kept,
/// markup left out, the parts findings cover highlighted, and a badge after each finding that starts there.
///
/// A block longer than ``longBlock`` bytes shows only ``context`` bytes around each finding (and at most
/// ``spanShown`` bytes of each end of a long finding), with `…` where text is left out.
struct ProseInline {
  let document: Document
  /// The findings that overlap the block.
  let findings: [PlacedFinding]
  /// IDs of the findings whose badge goes in this block.
  let badged: Set<String>

  static let longBlock = 4096
  static let context = 200
  static let spanShown = 1000
  /// What a block without findings shows when it is long.
  static let leadShown = 300

  /// A stretch of inline content with one style and one set of findings.
  private struct Run {
    enum Kind { case text, lineBreak, elision }
    var kind: Kind
    var text = ""
    /// Scan range, for highlights.
    var range: Range<Int>
    var styles: [HTMLGapMarkup.Style] = []
  }

  /// Writes the content of the block whose scan range is `range`.
  func render(_ range: Range<Int>, into writer: inout HTMLWriter) {
    let runs = runs(in: range)
    let covering = runs.map { run in
      findings.indices.filter { run.kind == .text && overlaps(findings[$0].scan, run.range) }
    }
    var badgeAfter: [Int: [Int]] = [:]
    var unplaced: [Int] = []
    for index in findings.indices where badged.contains(findings[index].id) {
      let last = runs.indices.last {
        covering[$0].contains(index) && runs[$0].text.contains(where: { !$0.isWhitespace })
      }
      if let last { badgeAfter[last, default: []].append(index) } else { unplaced.append(index) }
    }
    var layout = Layout(keepsLines: document.format == .text)
    for (index, run) in runs.enumerated() {
      layout.write(run, findings: covering[index].map { findings[$0] }, into: &writer)
      for finding in badgeAfter[index] ?? [] { FindingCard.badge(findings[finding], into: &writer) }
    }
    for finding in unplaced { FindingCard.badge(findings[finding], into: &writer) }
  }

  private func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    !a.isEmpty && !b.isEmpty && a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
  }

  /// The runs of the block: text split where findings start and end, gaps read for their markup, long
  /// blocks cut to their windows.
  private func runs(in range: Range<Int>) -> [Run] {
    var styles = StyleStack()
    var runs: [Run] = []
    let windows = windows(in: range)
    for (number, window) in windows.enumerated() {
      if number > 0 || window.lowerBound > range.lowerBound {
        runs.append(Run(kind: .elision, range: window.lowerBound..<window.lowerBound))
      }
      for (piece, isGap) in pieces(in: window) {
        if isGap { runs += gapRuns(piece, &styles) } else { runs += textRuns(piece, styles.current) }
      }
    }
    if let last = windows.last, last.upperBound < range.upperBound {
      runs.append(Run(kind: .elision, range: last.upperBound..<last.upperBound))
    }
    return runs
  }

  /// The parts of a long block to show; the whole block when it is short.
  private func windows(in range: Range<Int>) -> [Range<Int>] {
    guard range.count > Self.longBlock else { return [range] }
    var wanted: [Range<Int>] = []
    for finding in findings where finding.scan.overlaps(range) || finding.scan.lowerBound == range.lowerBound {
      let (start, end) = (finding.scan.lowerBound, finding.scan.upperBound)
      wanted.append((start - Self.context)..<(min(end, start + Self.spanShown) + Self.context))
      wanted.append((max(end - Self.spanShown, start) - Self.context)..<(end + Self.context))
    }
    if wanted.isEmpty { wanted = [range.lowerBound..<(range.lowerBound + Self.leadShown)] }
    var merged: [Range<Int>] = []
    for window in wanted.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      let clamped = snap(max(window.lowerBound, range.lowerBound))..<snap(min(window.upperBound, range.upperBound))
      if let last = merged.last, clamped.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, clamped.upperBound)
      } else if !clamped.isEmpty {
        merged.append(clamped)
      }
    }
    return merged
  }

  /// `offset` moved back to the start of the UTF-8 sequence it falls in.
  private func snap(_ offset: Int) -> Int {
    var offset = offset
    while offset > 0 && offset < document.text.count && document.text[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  /// `range` split into text and gaps of masked markup.
  private func pieces(in range: Range<Int>) -> [(Range<Int>, Bool)] {
    var pieces: [(Range<Int>, Bool)] = []
    var start = range.lowerBound
    var inGap = false
    for offset in range {
      let masked = isMasked(offset)
      if masked != inGap {
        if offset > start { pieces.append((start..<offset, inGap)) }
        (start, inGap) = (offset, masked)
      }
    }
    if range.upperBound > start { pieces.append((start..<range.upperBound, inGap)) }
    return pieces
  }

  /// Whether scan byte `offset` is a space standing for markup.
  private func isMasked(_ offset: Int) -> Bool {
    guard document.text[offset] == ByteClass.space else { return false }
    let source = document.offsets.isIdentity ? offset : document.offsets.sourceOffset(offset)
    return source < document.source.bytes.count && document.source.bytes[source] != ByteClass.space
  }

  /// Text runs for a text piece, cut where a finding starts or ends.
  private func textRuns(_ piece: Range<Int>, _ styles: [HTMLGapMarkup.Style]) -> [Run] {
    let cuts = Set(findings.flatMap { [$0.scan.lowerBound, $0.scan.upperBound] }.filter { piece.contains($0) })
    let bounds = ([piece.lowerBound] + cuts.sorted().filter { $0 > piece.lowerBound } + [piece.upperBound])
    return zip(bounds, bounds.dropFirst()).map { lower, upper in
      Run(kind: .text, text: document.string(lower..<upper), range: lower..<upper, styles: styles)
    }
  }

  /// Runs for the tokens of a gap: its styles change `styles`, its text is shown.
  private func gapRuns(_ gap: Range<Int>, _ styles: inout StyleStack) -> [Run] {
    let source = document.sourceRange(gap)
    var runs: [Run] = []
    for token in HTMLGapMarkup.tokens(document.source.bytes[source], format: document.format) {
      switch token {
      case .toggle(let key, let added): styles.toggle(key, added)
      case .close(let key): styles.close(key)
      case .lineBreak: runs.append(Run(kind: .lineBreak, range: gap))
      case .text(let text): runs.append(Run(kind: .text, text: text, range: gap, styles: styles.current))
      }
    }
    return runs
  }

  /// Open emphasis, strong and code, by the key that opened them.
  private struct StyleStack {
    var open: [(key: String, styles: [HTMLGapMarkup.Style])] = []

    var current: [HTMLGapMarkup.Style] { Array(Set(open.flatMap(\.styles))).sorted() }

    mutating func toggle(_ key: String, _ styles: [HTMLGapMarkup.Style]) {
      if open.contains(where: { $0.key == key }) { close(key) } else { open.append((key, styles)) }
    }

    mutating func close(_ key: String) {
      guard let index = open.lastIndex(where: { $0.key == key }) else { return }
      open.remove(at: index)
    }
  }

  /// Writes runs with whitespace collapsed: one space (a line break in plain text) between words.
  private struct Layout {
    let keepsLines: Bool
    var wroteText = false
    var pending: String?

    mutating func write(_ run: Run, findings: [PlacedFinding], into writer: inout HTMLWriter) {
      switch run.kind {
      case .lineBreak:
        writer.raw("<br>")
        pending = nil
      case .elision:
        if wroteText { writer.text(" ") }
        writer.raw("<span class=\"elided\" title=\"text left out\">…</span> ")
        (wroteText, pending) = (false, nil)
      case .text:
        let (body, lead, trail) = collapse(run.text)
        guard !body.isEmpty else {
          pending = pending ?? lead
          return
        }
        // A space inside a highlighted run stays inside its highlight, so a span reads as one.
        let inside = wroteText && pending == nil && !findings.isEmpty ? lead : nil
        if wroteText, inside == nil, let space = pending ?? lead { writer.text(space) }
        styled((inside ?? "") + body, run.styles, findings, into: &writer)
        (wroteText, pending) = (true, trail)
      }
    }

    /// `text` inside its style elements and, when findings cover it, a highlight.
    private func styled(
      _ text: String, _ styles: [HTMLGapMarkup.Style], _ findings: [PlacedFinding], into writer: inout HTMLWriter
    ) {
      for style in styles { writer.open(style.element) }
      if let worst = findings.map(\.diagnostic.severity).max() {
        writer.element(
          "mark", [("class", "sev-\(worst.rawValue)"), ("data-f", findings.map(\.id).joined(separator: " "))],
          text: text)
      } else {
        writer.text(text)
      }
      for style in styles.reversed() { writer.close(style.element) }
    }

    /// The text with whitespace runs collapsed, and the separator its leading and trailing whitespace stands for.
    private func collapse(_ text: String) -> (body: String, lead: String?, trail: String?) {
      var body = ""
      var space: String?
      var lead: String?
      for character in text {
        if character.isWhitespace {
          space = keepsLines && character.isNewline ? "\n" : (space ?? " ")
          continue
        }
        if let pendingSpace = space {
          if body.isEmpty { lead = pendingSpace } else { body += pendingSpace }
        }
        space = nil
        body.append(character)
      }
      if body.isEmpty { return ("", space, space) }
      return (body, lead, space)
    }
  }
}

extension HTMLGapMarkup.Style {
  /// The element the style is written with.
  var element: StaticString {
    switch self {
    case .strong: "strong"
    case .emphasis: "em"
    case .code: "code"
    }
  }
}
