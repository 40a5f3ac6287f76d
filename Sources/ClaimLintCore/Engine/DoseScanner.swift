import Foundation

/// Finds stated amounts of a substance (number, optional range, unit, optional frequency) and turns them
/// into a daily amount, for the `dose` rule kind.
///
/// Handles thousands separators (`10,000`, thin and no-break spaces), decimals, ranges (`1,000–2,000`,
/// `5 to 10`; the upper end counts), units (IU, µg/mcg/microgram, mg/milligram, g/gram) and frequencies
/// (a day, daily, per week, weekly, once a month…; none means per day).
struct DoseScanner {
  /// One amount found in the text.
  struct Amount: Sendable, Hashable {
    /// Scan range of the number(s) and unit.
    var range: Range<Int>
    /// The larger number of a range, or the number.
    var value: Double
    var unit: DoseUnit
    /// Days the amount is spread over: 1 for daily, 7 for weekly, 30 for monthly.
    var days: Double

    /// The amount per day in its own unit.
    var perDay: Double { value / days }
  }

  private static let number = #"\d{1,3}(?:[,\x{202F}\x{2009}\x{00A0}]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"#
  private static let amountPattern = try! Pattern(
    #"(?<![\w.,])(?<low>"# + number + #")(?:\s*(?:-|–|—|to)\s*(?<high>"# + number + #"))?(?:\s*|-)"#
      + #"(?<unit>IU|I\.U\.|international\s+units?|[µμ]g|mcg|micrograms?|mg|milligrams?|g|grams?)(?![\w])"#,
    options: [.caseInsensitive])
  private static let frequencyPattern = try! Pattern(
    #"\G[^.;:!?]{0,60}?(?:(?<day>(?:a|an|per|each|every|/)\s*day\b|/\s*d\b|daily|nightly|every\s+night)"#
      + #"|(?<week>(?:a|per|each|every|/)\s*(?:week|wk)\b|weekly|once\s+a\s+week)"#
      + #"|(?<month>(?:a|per|each|every|/)\s*month\b|monthly|once\s+a\s+month))"#,
    options: [.caseInsensitive])

  /// Amounts inside `range` of the document's scan text.
  static func amounts(in text: [UInt8], range: Range<Int>) -> [Amount] {
    text.withUnsafeBufferPointer { buffer in
      guard let matches = try? amountPattern.matches(in: buffer, range: range) else { return [] }
      return matches.compactMap { match -> Amount? in
        let groups = amountPattern.groupNames
        guard let lowRange = match.group(groups["low"] ?? 1), let unitRange = match.group(groups["unit"] ?? 3),
          let unit = DoseUnit(String(decoding: buffer[unitRange], as: UTF8.self)),
          var value = parse(buffer[lowRange])
        else { return nil }
        if let highRange = match.group(groups["high"] ?? 2), let high = parse(buffer[highRange]) { value = max(value, high) }
        let days = frequency(after: match.range.upperBound, end: range.upperBound, in: buffer)
        return Amount(range: match.range, value: value, unit: unit, days: days)
      }
    }
  }

  private static func frequency(after offset: Int, end: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Double {
    guard offset < end, let match = try? frequencyPattern.firstMatch(in: buffer, range: offset..<end) else { return 1 }
    let groups = frequencyPattern.groupNames
    if match.group(groups["week"] ?? 2) != nil { return 7 }
    if match.group(groups["month"] ?? 3) != nil { return 30 }
    return 1
  }

  private static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
    let digits = bytes.filter { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
    return Double(String(decoding: digits, as: UTF8.self))
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
