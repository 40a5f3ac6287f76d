import Testing
@testable import ClaimLintCore

/// One input and the sentences it must split into.
struct SentenceCase: CustomTestStringConvertible, Sendable {
  var input: String
  var expected: [String]
  var testDescription: String { input }

  init(_ input: String, _ expected: [String]) {
    self.input = input
    self.expected = expected
  }
}

@Suite struct SentenceSplitterTests {
  static let cases: [SentenceCase] = [
    // Plain boundaries.
    SentenceCase("Magnesium helps. Zinc does too.", ["Magnesium helps.", "Zinc does too."]),
    SentenceCase("Does it work? Nobody knows! Trials continue.",
      ["Does it work?", "Nobody knows!", "Trials continue."]),
    SentenceCase("Really?! Yes.", ["Really?!", "Yes."]),
    SentenceCase("No terminal punctuation here", ["No terminal punctuation here"]),
    SentenceCase("  Leading and trailing space.  ", ["Leading and trailing space."]),
    // Latin and linking abbreviations.
    SentenceCase("Eat oily fish, e.g. salmon or sardines. It adds vitamin D.",
      ["Eat oily fish, e.g. salmon or sardines.", "It adds vitamin D."]),
    SentenceCase("Some forms, e.g. Menaquinone-7, last longer.", ["Some forms, e.g. Menaquinone-7, last longer."]),
    SentenceCase("Fat-soluble vitamins, i.e. A, D, E and K, are stored.",
      ["Fat-soluble vitamins, i.e. A, D, E and K, are stored."]),
    SentenceCase("Tablets vs. capsules is a common question.", ["Tablets vs. capsules is a common question."]),
    SentenceCase("Take approx. 2 tablets. Then wait.", ["Take approx. 2 tablets.", "Then wait."]),
    SentenceCase("The dose was ca. 400 IU per day.", ["The dose was ca. 400 IU per day."]),
    SentenceCase("Compare the trial design (cf. Table 2) before judging.",
      ["Compare the trial design (cf. Table 2) before judging."]),
    // Titles and names.
    SentenceCase("Dr. Patel reviewed the data. She agreed.", ["Dr. Patel reviewed the data.", "She agreed."]),
    SentenceCase("Ask Mrs. Okafor or Prof. Lindqvist about it.", ["Ask Mrs. Okafor or Prof. Lindqvist about it."]),
    SentenceCase("The clinic on St. Mary Road runs tests.", ["The clinic on St. Mary Road runs tests."]),
    SentenceCase("A review by J. K. Rowan found small effects.", ["A review by J. K. Rowan found small effects."]),
    // Citations and et al.
    SentenceCase("Outcomes improved (Smith et al., 2020). Others disagree.",
      ["Outcomes improved (Smith et al., 2020).", "Others disagree."]),
    SentenceCase("Lee et al. reported fewer fractures.", ["Lee et al. reported fewer fractures."]),
    SentenceCase("Lee et al. (2019) reported fewer fractures.", ["Lee et al. (2019) reported fewer fractures."]),
    SentenceCase("This was shown by Lee et al. The effect was small.",
      ["This was shown by Lee et al.", "The effect was small."]),
    SentenceCase("Sources include eggs, fish, liver, etc. and fortified milk.",
      ["Sources include eggs, fish, liver, etc. and fortified milk."]),
    SentenceCase("Sources include eggs, fish, liver, etc. Fortified milk helps too.",
      ["Sources include eggs, fish, liver, etc.", "Fortified milk helps too."]),
    SentenceCase("See Fig. 3 and No. 12 in Vol. 4, pp. 10-12.", ["See Fig. 3 and No. 12 in Vol. 4, pp. 10-12."]),
    SentenceCase("The answer was no. The trial stopped.", ["The answer was no.", "The trial stopped."]),
    // Places, degrees, times.
    SentenceCase("The U.S. FDA does not approve supplements.", ["The U.S. FDA does not approve supplements."]),
    SentenceCase("Rules differ in the U.K. and the E.U. today.", ["Rules differ in the U.K. and the E.U. today."]),
    SentenceCase("She trained in the U.S. The rules there differ.",
      ["She trained in the U.S.", "The rules there differ."]),
    SentenceCase("Ana Ruiz, Ph.D., wrote the review.", ["Ana Ruiz, Ph.D., wrote the review."]),
    SentenceCase("Take it at 8 a.m. and again at 8 p.m. with food.",
      ["Take it at 8 a.m. and again at 8 p.m. with food."]),
    SentenceCase("Take it before 9 a.m. Then eat breakfast.", ["Take it before 9 a.m.", "Then eat breakfast."]),
    SentenceCase("The label changed in Jan. 2021 after review.", ["The label changed in Jan. 2021 after review."]),
    // Numbers and doses.
    SentenceCase("Take 2.5 mg daily. Do not exceed it.", ["Take 2.5 mg daily.", "Do not exceed it."]),
    SentenceCase("Use 1.25 µg or 0.5% cream twice a day.", ["Use 1.25 µg or 0.5% cream twice a day."]),
    SentenceCase("Version 2.1.3 of the guideline lists 600 IU.", ["Version 2.1.3 of the guideline lists 600 IU."]),
    SentenceCase("Most adults need 600 IU. 25% of them get less.",
      ["Most adults need 600 IU.", "25% of them get less."]),
    SentenceCase("The cap is 4,000 IU. Above it, risk rises.", ["The cap is 4,000 IU.", "Above it, risk rises."]),
    // Vitamin letters versus initials.
    SentenceCase("Pair it with vitamin D. The two work together.",
      ["Pair it with vitamin D.", "The two work together."]),
    SentenceCase("Avoid extra vitamin K. Warfarin users must ask first.",
      ["Avoid extra vitamin K.", "Warfarin users must ask first."]),
    SentenceCase("Vitamins A, D and E. Vitamin K is different.", ["Vitamins A, D and E.", "Vitamin K is different."]),
    SentenceCase("Hepatitis B. Vaccines prevent it.", ["Hepatitis B.", "Vaccines prevent it."]),
    // Quotes and brackets.
    SentenceCase("He said \"stop.\" Then he left.", ["He said \"stop.\"", "Then he left."]),
    SentenceCase("She asked, \u{201C}Is it safe?\u{201D} Nobody answered.",
      ["She asked, \u{201C}Is it safe?\u{201D}", "Nobody answered."]),
    SentenceCase("\"It helps,\" she said. \"Mostly.\"", ["\"It helps,\" she said.", "\"Mostly.\""]),
    SentenceCase("Take it with food. (Fat helps absorption.) Then rest.",
      ["Take it with food.", "(Fat helps absorption.)", "Then rest."]),
    // Ellipses.
    SentenceCase("Results were… mixed at best.", ["Results were… mixed at best."]),
    SentenceCase("Results were mixed... More trials are needed.", ["Results were mixed...", "More trials are needed."]),
    SentenceCase("Wait for it\u{2026} Then act.", ["Wait for it\u{2026}", "Then act."]),
    SentenceCase("The tea may . . . ease a sore throat.", ["The tea may . . . ease a sore throat."]),
    SentenceCase("Sales grew . . . Then they fell.", ["Sales grew . . .", "Then they fell."]),
    // URLs and addresses left in prose.
    SentenceCase("Read ods.od.nih.gov for details. It is free.", ["Read ods.od.nih.gov for details.", "It is free."]),
    SentenceCase("Mail help@example.org for advice. We reply fast.",
      ["Mail help@example.org for advice.", "We reply fast."]),
    // Line breaks and blank lines.
    SentenceCase("Vitamin D supports\nCalcium absorption in adults.",
      ["Vitamin D supports\nCalcium absorption in adults."]),
    SentenceCase("First paragraph without end\n\nSecond one.", ["First paragraph without end", "Second one."]),
    SentenceCase("Lowercase after a stop. then continues.", ["Lowercase after a stop. then continues."]),
    SentenceCase("Emoji end. 🔬 Science follows.", ["Emoji end.", "🔬 Science follows."]),
  ]

  @Test(arguments: cases) func splits(_ testCase: SentenceCase) {
    #expect(SentenceSplitter().split(testCase.input) == testCase.expected)
  }

  @Test func rangesAreTrimmedAndInsideTheGivenRange() {
    let text = Array("xx  One here.  Two there.  yy".utf8)
    let ranges = SentenceSplitter().split(text, in: 2..<27)
    #expect(ranges == [4..<13, 15..<25])
  }

  @Test func abbreviationKinds() {
    #expect(Abbreviations.kind(of: "e.g") == .neverFinal)
    #expect(Abbreviations.kind(of: "etc") == .finalBeforeCapital)
    #expect(Abbreviations.kind(of: "u.s") == .ambiguous)
    #expect(Abbreviations.kind(of: "vitamin") == nil)
  }
}
