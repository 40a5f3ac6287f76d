import Foundation

extension CompiledRule {
  /// Findings of a `dose` rule: amounts paired with the rule's substance that are above its limit or in
  /// an implausible unit, skipping amounts stated as a limit ("the upper limit is 4,000 IU").
  func doseFindings(_ check: DoseCheck, in context: DocumentContext) throws(PatternError) -> [Finding] {
    let document = context.document
    guard let target else { return [] }
    let own = try context.scan(target, in: 0..<document.text.count).map(\.range)
    guard !own.isEmpty else { return [] }
    let mentions = try check.pairing.map { pairing throws(PatternError) in try context.matches(of: pairing) } ?? own
    var findings: [Finding] = []
    for bounds in Self.doseUnits(of: own, in: context) {
      let amounts = DoseScanner.amounts(in: document.text, range: bounds)
      let amountRanges = amounts.map(\.range)
      for amount in amounts {
        // Only mentions near the amount can be its substance.
        let near = Self.slice(mentions, from: amount.range.lowerBound - 120, to: amount.range.upperBound + 120)
          .filter { $0.lowerBound >= bounds.lowerBound && $0.upperBound <= bounds.upperBound }
        guard let mention = Self.nearest(near, to: amount, among: amountRanges, text: document.text),
          !Self.slice(own, from: mention.lowerBound - 1, to: mention.upperBound).filter({ $0.overlaps(mention) }).isEmpty
        else { continue }
        guard let message = problem(with: amount, check: check, context: context) else { continue }
        if Self.statesALimit(amount, sentence: bounds, text: document.text) { continue }
        guard try conditionsHold(at: amount.range, in: context) else { continue }
        findings.append(Finding(ruleID: id, message: message, range: document.sourceRange(amount.range)))
      }
    }
    return findings
  }

  /// Where an amount may belong to a mention of the substance: the mention's sentence, or, in a table,
  /// its row (the line that holds the cell: "| Zinc | 15 mg |").
  static func doseUnits(of mentions: [Range<Int>], in context: DocumentContext) -> [Range<Int>] {
    var units = Set<Range<Int>>()
    for range in mentions {
      if let block = context.document.blockIndex(containing: range.lowerBound),
        context.document.blocks[block].kind == .tableCell
      {
        units.insert(Self.line(around: range, in: context.document.text))
      } else if let sentence = context.sentence(at: range.lowerBound) {
        units.insert(context.sentenceRanges[sentence])
      }
    }
    return units.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// The line of the scan text that holds `range`.
  static func line(around range: Range<Int>, in text: [UInt8]) -> Range<Int> {
    var start = range.lowerBound
    while start > 0 && text[start - 1] != UInt8(ascii: "\n") { start -= 1 }
    var end = range.upperBound
    while end < text.count && text[end] != UInt8(ascii: "\n") { end += 1 }
    return start..<end
  }

  /// The rendered message when the amount breaks the rule, else `nil`.
  private func problem(with amount: DoseScanner.Amount, check: DoseCheck, context: DocumentContext) -> String? {
    let written = context.quotedText(amount.range)
    var variables = ["amount": written, "unit": amount.unit.rawValue]
    if check.implausibleUnits.contains(amount.unit) {
      return message.render(match: amount.range, groups: [amount.range], variables: variables) { context.quotedText($0) }
    }
    guard let limit = check.limit else { return nil }
    let factor = amount.unit == limit.unit ? 1 : check.conversions[amount.unit] ?? amount.unit.massFactor(to: limit.unit)
    guard let factor else { return nil }
    let daily = amount.perDay * factor
    guard daily > limit.value * 1.000_001 else { return nil }
    variables["daily"] = Self.format(daily) + " " + limit.unit.rawValue
    variables["limit"] = Self.format(limit.value) + " " + limit.unit.rawValue
    return message.render(match: amount.range, groups: [amount.range], variables: variables) { context.quotedText($0) }
  }

  /// The ranges (sorted by start) that start inside `from..<to`, found by binary search.
  static func slice(_ ranges: [Range<Int>], from: Int, to: Int) -> ArraySlice<Range<Int>> {
    var low = 0
    var high = ranges.count
    while low < high {
      let mid = (low + high) / 2
      if ranges[mid].lowerBound < from { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < ranges.count && ranges[end].lowerBound < to { end += 1 }
    return ranges[low..<end]
  }

  /// The mention an amount belongs to: the nearest one in its clause with no other amount in between,
  /// on the amount's own line when there is one there. A mention on another line counts only where that
  /// line has no amount of its own: in a supplement-facts list ("Magnesium - 100mg", then "Zinc - 15mg")
  /// each amount is its own line's, while wrapped prose may break a line between amount and substance.
  static func nearest(
    _ mentions: [Range<Int>], to amount: DoseScanner.Amount, among amounts: [Range<Int>], text: [UInt8]
  ) -> Range<Int>? {
    let nearbyAmounts = slice(amounts, from: amount.range.lowerBound - 240, to: amount.range.lowerBound + 240)
    var best: (range: Range<Int>, distance: Int, sameLine: Bool)?
    for mention in mentions {
      let gap =
        mention.lowerBound >= amount.range.upperBound
        ? amount.range.upperBound..<mention.lowerBound
        : mention.upperBound <= amount.range.lowerBound ? mention.upperBound..<amount.range.lowerBound : nil
      guard let gap else { return mention }  // overlapping
      guard gap.count <= 80, !text[gap].contains(UInt8(ascii: ";")) else { continue }
      if nearbyAmounts.contains(where: { $0 != amount.range && gap.contains($0.lowerBound) }) { continue }
      let sameLine = !text[gap].contains(UInt8(ascii: "\n"))
      if !sameLine {
        let otherLine = line(around: mention, in: text)
        if nearbyAmounts.contains(where: { $0 != amount.range && otherLine.contains($0.lowerBound) }) { continue }
      }
      // "400 IU of vitamin D": a mention right after "of" is the amount's own.
      let distance = mention.lowerBound >= amount.range.upperBound ? gap.count : gap.count + 2
      if best == nil || (sameLine && !best!.sameLine) || (sameLine == best!.sameLine && distance < best!.distance) {
        best = (mention, distance, sameLine)
      }
    }
    return best?.range
  }

  /// Words that make an amount a limit or a warning wherever they stand in its clause.
  private static let limitWords = try! Pattern(
    #"\b(?:upper\s+(?:intake\s+)?limits?|tolerable|ULs?|maximum|max\.?|no\s+more\s+than|not\s+(?:to\s+)?exceed\w*|"#
      + #"should\s+not\s+exceed|toxic\w*|overdos\w*|too\s+much|unsafe|dangerous\w*|hypercalc\w+|poison\w*)\b"#,
    options: [.caseInsensitive])
  /// Comparisons that make an amount a threshold ("above 4,000 IU", "more than 10,000 IU") when a number
  /// follows them closely; "adults over 50" or "over the winter" are not thresholds for the dose.
  private static let thresholdWords = try! Pattern(
    #"\b(?:above|over|under|below|exceed\w*|(?:more|less|higher|lower|greater)\s+than|at\s+most)\s+(?:(?:a|an|the|doses?\s+of)\s+)?(?=[\d,.]+\s*(?:IU|I\.U\.|international|[µμ]g|mcg|micrograms?|mg|milligrams?|g\b|grams?))"#
      + #"|\b(?:or|and)\s+(?:less|lower|below)\b|\bor\s+(?:more|higher|above)\b"#,
    options: [.caseInsensitive])

  /// True when the amount's clause talks about a limit or a danger rather than recommending the amount.
  static func statesALimit(_ amount: DoseScanner.Amount, sentence: Range<Int>, text: [UInt8]) -> Bool {
    let clause = DoseClause.bounds(of: amount.range, in: text, sentence: sentence)
    return text.withUnsafeBufferPointer { buffer in
      ((try? limitWords.matches(buffer, range: clause)) ?? false)
        || ((try? thresholdWords.matches(buffer, range: clause)) ?? false)
    }
  }

  /// Whether the rule's `when` conditions hold and none of its `unless` conditions do, at `span`.
  func conditionsHold(at span: Range<Int>, in context: DocumentContext) throws(PatternError) -> Bool {
    guard try when.allHold(for: span, in: context) else { return false }
    return try !unless.anyHolds(for: span, in: context)
  }

  /// 12500 → "12,500"; 7142.857 → "7,143".
  static func format(_ value: Double) -> String {
    let rounded = value >= 100 ? value.rounded() : (value * 10).rounded() / 10
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.maximumFractionDigits = 1
    formatter.locale = Locale(identifier: "en_US")
    return formatter.string(from: NSNumber(value: rounded)) ?? String(rounded)
  }
}
