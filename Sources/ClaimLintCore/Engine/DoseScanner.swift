import Foundation

/// Finds stated amounts of a substance (number, optional range, unit, frequency) and turns them into a
/// daily amount, for the `dose` rule kind.
///
/// Handles thousands separators (`10,000`, `10 000`, thin and no-break spaces), decimals, ranges
/// (`1,000–2,000`, `5 to 10`; the upper end counts), units (IU, µg/mcg/microgram, mg/milligram,
/// g/gram), and frequencies in the amount's clause, after it or before it: "a day", "twice daily",
/// "three times a day", "every other day", "weekly", "every two weeks", "a monthly supplement of …".
/// No frequency means per day. An amount restated in parentheses in another unit ("10,000 IU (250 µg)")
/// is one amount.
struct DoseScanner {
  /// One amount found in the text.
  struct Amount: Sendable, Hashable {
    /// Scan range of the number(s) and unit.
    var range: Range<Int>
    /// The larger number of a range, or the number.
    var value: Double
    var unit: DoseUnit
    /// Days one dose is spread over: 1 daily, 2 every other day, 7 weekly, 30 monthly.
    var days: Double
    /// Doses per period ("twice a day" is 2).
    var times: Double

    /// The amount per day in its own unit.
    var perDay: Double { value * times / days }
  }

  private static let number = #"\d{1,3}(?:[,\x{202F}\x{2009}\x{00A0} ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"#
  private static let amountPattern = try! Pattern(
    #"(?<![\w.,])(?<low>"# + number + #")(?:\s*(?:-|–|—|to)\s*(?<high>"# + number + #"))?(?:\s*|-)"#
      + #"(?<unit>IU|I\.U\.|international\s+units?|[µμ]g|mcg|micrograms?|mg|milligrams?|g|grams?)(?![\w])"#,
    options: [.caseInsensitive])

  /// Amounts inside `range` of the document's scan text.
  static func amounts(in text: [UInt8], range: Range<Int>) -> [Amount] {
    let found: [Amount] = text.withUnsafeBufferPointer { buffer in
      guard let matches = try? amountPattern.matches(in: buffer, range: range) else { return [] }
      let groups = amountPattern.groupNames
      return matches.compactMap { match -> Amount? in
        guard let lowRange = match.group(groups["low"] ?? 1), let unitRange = match.group(groups["unit"] ?? 3),
          let unit = DoseUnit(String(decoding: buffer[unitRange], as: UTF8.self)),
          var value = parse(buffer[lowRange])
        else { return nil }
        if let highRange = match.group(groups["high"] ?? 2), let high = parse(buffer[highRange]) { value = max(value, high) }
        return Amount(range: match.range, value: value, unit: unit, days: 1, times: 1)
      }
    }
    let merged = dropRestatements(found, text: text)
    return merged.enumerated().map { index, amount in
      var amount = amount
      let clause = DoseClause.bounds(of: amount.range, in: text, sentence: range)
      // Look for the frequency between this amount and its neighbours, after the amount first.
      var afterEnd = min(clause.upperBound, index + 1 < merged.count ? merged[index + 1].range.lowerBound : clause.upperBound)
      // ", and one capsule weekly" starts another item; its frequency is not this amount's.
      if let next = text.withUnsafeBufferPointer({ try? listBreak.firstMatch(in: $0, range: amount.range.upperBound..<afterEnd) }) {
        afterEnd = next.range.lowerBound
      }
      let after = amount.range.upperBound..<afterEnd
      let before = max(clause.lowerBound, index > 0 ? merged[index - 1].range.upperBound : clause.lowerBound)..<amount.range.lowerBound
      if let frequency = DoseFrequency.find(in: text, range: after) ?? DoseFrequency.find(in: text, range: before) {
        amount.days = frequency.days
        amount.times = frequency.times
      }
      return amount
    }
  }

  private static let listBreak = try! Pattern(#",\s*(?:and|plus|or|then)\b"#, options: [.caseInsensitive])

  /// Drops an amount that restates the one before it in parentheses ("10,000 IU (250 µg)").
  private static func dropRestatements(_ amounts: [Amount], text: [UInt8]) -> [Amount] {
    var result: [Amount] = []
    for amount in amounts {
      if let previous = result.last {
        let gap = String(decoding: text[previous.range.upperBound..<amount.range.lowerBound], as: UTF8.self)
        if gap.trimmingCharacters(in: .whitespaces) == "(" || gap.trimmingCharacters(in: .whitespaces) == "[" {
          continue
        }
      }
      result.append(amount)
    }
    return result
  }

  private static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
    let digits = bytes.filter { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
    return Double(String(decoding: digits, as: UTF8.self))
  }
}

/// Clause boundaries for dose reading: `;`, the sentence's ends, and a contrast ("but", "however").
enum DoseClause {
  private static let breaks = try! Pattern(#";|\b(?:but|however|whereas|although|though)\b"#, options: [.caseInsensitive])

  /// How far a clause may reach from the amount, in bytes (amounts are read from nearby words only).
  static let reach = 400

  /// The clause around `range` inside `sentence`, at most ``reach`` bytes either side.
  static func bounds(of range: Range<Int>, in text: [UInt8], sentence: Range<Int>) -> Range<Int> {
    var windowStart = max(sentence.lowerBound, range.lowerBound - reach)
    while windowStart < range.lowerBound && text[windowStart] & 0xC0 == 0x80 { windowStart += 1 }
    var windowEnd = min(sentence.upperBound, range.upperBound + reach)
    while windowEnd > range.upperBound && windowEnd < text.count && text[windowEnd] & 0xC0 == 0x80 { windowEnd -= 1 }
    let window = windowStart..<windowEnd
    let found = text.withUnsafeBufferPointer { buffer in (try? breaks.matches(in: buffer, range: window)) ?? [] }
    var start = window.lowerBound
    var end = window.upperBound
    for match in found {
      if match.range.upperBound <= range.lowerBound { start = max(start, match.range.upperBound) }
      if match.range.lowerBound >= range.upperBound { end = min(end, match.range.lowerBound) }
    }
    return start..<max(start, end)
  }
}

/// How often a dose is taken, read from words near it.
struct DoseFrequency {
  var days: Double
  var times: Double

  private static let counts: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10,
    "twelve": 12, "other": 2, "second": 2, "third": 3,
  ]
  private static let count = #"(?<n>\d+|one|two|three|four|five|six|seven|eight|ten|twelve)"#
  private static let pattern = try! Pattern(
    #"\b(?:(?<twice>twice|two\s+times)|(?<thrice>three\s+times|thrice)|"# + count + #"\s+times)\s+(?:a|per|each|every)?\s*(?:day|daily)\b"#
      + #"|\b(?:twice|two\s+times)\s+daily\b(?<twicedaily>)"#
      + #"|\bevery\s+(?<every>\d+|one|two|three|four|five|six|seven|eight|ten|twelve|other|second|third)\s+(?<unit>days?|weeks?|months?)\b"#
      + #"|\b(?<fortnight>fortnightly|biweekly|bi-weekly)\b"#
      + #"|\b(?<week>weekly|(?:once\s+)?(?:a|per|each|every|/)\s*(?:week|wk))\b"#
      + #"|\b(?<month>monthly|(?:once\s+)?(?:a|per|each|every|/)\s*month)\b"#
      + #"|\b(?<year>yearly|annually|(?:once\s+)?(?:a|per|each|every)\s+year)\b"#
      + #"|\b(?<day>daily|nightly|every\s+(?:day|night|morning|evening)|(?:a|an|per|each|/)\s*day|/\s*d)\b"#,
    options: [.caseInsensitive])

  /// The first frequency phrase inside `range`, or `nil`.
  static func find(in text: [UInt8], range: Range<Int>) -> DoseFrequency? {
    guard !range.isEmpty else { return nil }
    return text.withUnsafeBufferPointer { buffer -> DoseFrequency? in
      guard let match = try? pattern.firstMatch(in: buffer, range: range) else { return nil }
      let groups = pattern.groupNames
      func has(_ name: String) -> Bool { groups[name].flatMap { match.group($0) } != nil }
      func word(_ name: String) -> String? {
        groups[name].flatMap { match.group($0) }.map { String(decoding: buffer[$0], as: UTF8.self).lowercased() }
      }
      if has("twice") || has("twicedaily") { return DoseFrequency(days: 1, times: 2) }
      if has("thrice") { return DoseFrequency(days: 1, times: 3) }
      if let n = word("n"), let times = Double(n) ?? counts[n] { return DoseFrequency(days: 1, times: times) }
      if let every = word("every"), let unit = word("unit"), let n = Double(every) ?? counts[every] {
        let perUnit: Double = unit.hasPrefix("week") ? 7 : unit.hasPrefix("month") ? 30 : 1
        return DoseFrequency(days: n * perUnit, times: 1)
      }
      if has("fortnight") { return DoseFrequency(days: 14, times: 1) }
      if has("week") { return DoseFrequency(days: 7, times: 1) }
      if has("month") { return DoseFrequency(days: 30, times: 1) }
      if has("year") { return DoseFrequency(days: 365, times: 1) }
      return DoseFrequency(days: 1, times: 1)
    }
  }
}

/// A unit of amount, with the spellings that mean it.
enum DoseUnit: String, Sendable, Hashable, CaseIterable {
  case iu = "IU"
  case microgram = "µg"
  case milligram = "mg"
  case gram = "g"

  /// Reads a unit as written (`mcg`, `micrograms`, `I.U.`, `milligram`…).
  init?(_ written: String) {
    let lower = written.lowercased().replacingOccurrences(of: "μ", with: "µ")
    switch lower {
    case "iu", "i.u.": self = .iu
    case _ where lower.hasPrefix("international"): self = .iu
    case "µg", "mcg", "microgram", "micrograms": self = .microgram
    case "mg", "milligram", "milligrams": self = .milligram
    case "g", "gram", "grams": self = .gram
    default: return nil
    }
  }

  /// The factor that converts this unit to `other` by mass, or `nil` (IU converts per substance).
  func massFactor(to other: DoseUnit) -> Double? {
    let grams: [DoseUnit: Double] = [.microgram: 1e-6, .milligram: 1e-3, .gram: 1]
    guard let from = grams[self], let to = grams[other] else { return self == other ? 1 : nil }
    return from / to
  }
}
