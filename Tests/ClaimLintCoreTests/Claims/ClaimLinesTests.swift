import Testing
@testable import ClaimLintCore

@Suite("claims --lines report")
struct ClaimLinesTests {
  private func lines(_ bytes: [UInt8], label: ClaimLines.Label = .stated) -> [String] {
    let output = String(decoding: ClaimLines.render(bytes, label: label), as: UTF8.self)
    #expect(output.isEmpty || output.hasSuffix("\n"))
    return output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  @Test func oneOutputLinePerInputLine() {
    #expect(lines(Array("Statins lower LDL.\nIt rained.\n".utf8)).count == 2)
    #expect(lines(Array("Statins lower LDL.\nIt rained.".utf8)).count == 2)
    #expect(lines([]).isEmpty)
    #expect(lines(Array("\n\n\n".utf8)) == ["none\t", "none\t", "none\t"])
    #expect(lines(Array("Statins lower LDL.\r\nIt rained.\r\n".utf8)).count == 2)
  }

  @Test func labelsComeFirst() {
    let report = lines(Array("Statins lower LDL cholesterol.\nCoffee is linked to longer life.\nZinc may shorten colds.\nThe sky is blue.\n".utf8))
    #expect(report.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
      == ["causal", "correlational", "conditional", "none"])
    #expect(report[0].contains("causal=lower"))
  }

  @Test func deniedRelationsAsNone() {
    let input = Array("Vitamin E did not reduce prostate cancer risk.\n".utf8)
    #expect(lines(input, label: .stated)[0].hasPrefix("causal\t"))
    #expect(lines(input, label: .asserted)[0].hasPrefix("none\t"))
  }

  @Test func oddBytesNeverChangeTheLineCount() {
    var input: [UInt8] = []
    input += [0xFF, 0xFE, 0x41, 0x0A]  // invalid UTF-8
    input += Array("Zinc may\u{2028}shorten colds.\n".utf8)  // a Unicode line separator inside a line
    input += [0xE2, 0x80, 0x0A]  // truncated sequence
    input += Array("tab\there \u{0B}\u{0C}\u{1C} \u{85} done\n".utf8)
    input += [0x00, 0x0A]
    input += Array("\"'cures'\" \u{201C}\u{201D}\n".utf8)
    let report = lines(input)
    #expect(report.count == 6)
    for line in report {
      let label = line.split(separator: "\t", omittingEmptySubsequences: false)[0]
      #expect(ClaimStrength(rawValue: String(label)) != nil)
      #expect(line.filter { $0 == "\t" }.count == 1)
      #expect(!line.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x85 || $0.value < 0x20 && $0 != "\t" })
    }
  }

  @Test func thousandsOfLinesStayAligned() {
    let sentences = [
      "Vitamin D may reduce falls.", "", "Calcium was not associated with stones.", "Take iron with food.",
      "Does zinc shorten colds?", "Fish oil lowers triglycerides.",
    ]
    let input = (0..<3_000).map { sentences[$0 % sentences.count] }.joined(separator: "\n") + "\n"
    let report = lines(Array(input.utf8))
    #expect(report.count == 3_000)
    #expect(report[1] == "none\t")
    #expect(report[4].hasPrefix("none\t"))
  }
}
