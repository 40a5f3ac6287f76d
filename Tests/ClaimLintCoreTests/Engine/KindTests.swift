import Testing

@testable import ClaimLintCore

@Suite("requires, substitution and dose rules")
struct KindTests {
  static let requires = EngineHarness(
    """
    lexicons:
      vitamin-k: [vitamin K, K2, MK-7]
      anticoagulants: {terms: [warfarin, blood thinner, anticoagulant], inflect: plural}
    rules:
      - id: caveat/k
        kind: requires
        severity: error
        message: "{match} without a warfarin warning"
        lexicon: vitamin-k
        requires: {lexicon: anticoagulants, in: document, note: "no warfarin warning in the document"}
      - id: caveat/k-paragraph
        kind: requires
        severity: info
        message: "x"
        lexicon: vitamin-k
        requires: {lexicon: anticoagulants, in: paragraph}
    """)

  @Test func requiresReportsTheFirstTriggerOnceWithANote() throws {
    let result = try Self.requires.lint("K2 helps bones.\n\nMK-7 lasts longer.\n")
    let document = result.findings.filter { $0.ruleID == "caveat/k" }
    #expect(document.count == 1)
    #expect(document.first?.range == 0..<2)
    #expect(document.first?.message == "K2 without a warfarin warning")
    #expect(document.first?.notes == [Note("no warfarin warning in the document")])
    // Per paragraph: one finding for each paragraph without the caveat.
    #expect(result.findings.filter { $0.ruleID == "caveat/k-paragraph" }.count == 2)
  }

  @Test func requiresIsSatisfiedAnywhereInItsScope() throws {
    let result = try Self.requires.lint("K2 helps bones.\n\nPeople on blood thinners should ask first.\n")
    #expect(result.findings.filter { $0.ruleID == "caveat/k" }.isEmpty)
    #expect(result.findings.filter { $0.ruleID == "caveat/k-paragraph" }.count == 1)
    #expect(try Self.requires.lint("Vitamin K-dependent proteins matter.").findings.isEmpty)
  }

  @Test func substitutionCarriesAFixIt() throws {
    let harness = EngineHarness(
      """
      rules:
        - id: evidence/proof
          kind: substitution
          severity: warning
          message: "'{match}' overstates a single study"
          swap: {proves: suggests, "clinically proven": "tested in clinical trials"}
        - id: hype/cure
          kind: substitution
          severity: warning
          message: x
          pattern: '\\bcures (?<what>\\w+)'
          replace: 'may ease {what}'
          fix: soften the claim
      """)
    let text = "Research Proves it. Clinically proven! It cures colds."
    let result = try harness.lint(text)
    let bytes = Array(text.utf8)
    let fixes = result.findings.compactMap(\.fixIts.first)
    #expect(fixes.map { $0.edits[0].replacement } == ["Suggests", "Tested in clinical trials", "may ease colds"])
    #expect(fixes.map { String(decoding: bytes[$0.edits[0].range], as: UTF8.self) } == ["Proves", "Clinically proven", "cures colds"])
    #expect(fixes[0].message == "suggested wording")
    #expect(fixes[2].message == "soften the claim")
  }

  static let dose = EngineHarness(
    """
    lexicons:
      vitamin-d: [vitamin D, vitamin D3, D3]
      calcium: [calcium]
      nutrients: {include: [vitamin-d, calcium]}
    rules:
      - id: dosage/d
        kind: dose
        severity: warning
        lexicon: vitamin-d
        paired-with: nutrients
        above: 4000 IU
        units: {µg: 40}
        message: "{amount} is {daily} a day, above {limit}"
        unless: [{pattern: 'participants|patients', in: sentence}]
      - id: dosage/d-mg
        kind: dose
        severity: warning
        lexicon: vitamin-d
        paired-with: nutrients
        implausible-units: [mg, g]
        message: "vitamin D in {unit}: {amount}"
      - id: dosage/calcium
        kind: dose
        severity: warning
        lexicon: calcium
        paired-with: nutrients
        above: 2500 mg
        message: "calcium {amount}"
    """)

  @Test(arguments: [
    ("Take 10,000 IU of vitamin D every day.", ["10,000 IU is 10,000 IU a day, above 4,000 IU"]),
    ("Vitamin D3: 5000–8000 IU daily.", ["5000–8000 IU is 8,000 IU a day, above 4,000 IU"]),
    ("We suggest 150 mcg of vitamin D.", ["150 mcg is 6,000 IU a day, above 4,000 IU"]),
    ("Take 50,000 IU of vitamin D once a week.", ["50,000 IU is 7,143 IU a day, above 4,000 IU"]),
    ("Take 50,000 IU of vitamin D once a month.", []),
    ("Have 1,500 IU of vitamin D with lunch.", []),
    ("The upper limit for vitamin D is 4,000 IU a day.", []),
    ("Doses of vitamin D above 10,000 IU can cause harm.", []),
    ("In the trial, participants took 20,000 IU of vitamin D.", []),
    ("Take 1,200 mg of calcium with vitamin D.", []),
    ("Take 3,000 mg of calcium and 1,000 IU of vitamin D.", ["calcium 3,000 mg"]),
    ("Take 5 mg of vitamin D daily.", ["vitamin D in mg: 5 mg"]),
    ("Patients get a monthly vitamin D injection of 90,000 IU.", []),
    ("A weekly vitamin D dose of 50,000 IU is common.", ["50,000 IU is 7,143 IU a day, above 4,000 IU"]),
    ("Take 50,000 IU of vitamin D every two weeks.", []),
    ("Take 10,000 IU of vitamin D every other day.", ["10,000 IU is 5,000 IU a day, above 4,000 IU"]),
    ("Take 2,500 IU of vitamin D twice a day.", ["2,500 IU is 5,000 IU a day, above 4,000 IU"]),
    ("Take 10,000 IU of vitamin D, and one fish oil capsule weekly.", ["10,000 IU is 10,000 IU a day, above 4,000 IU"]),
    ("Take 5,000 IU of vitamin D over the winter.", ["5,000 IU is 5,000 IU a day, above 4,000 IU"]),
    ("Adults over 50 should take 10,000 IU of vitamin D3 daily.", ["10,000 IU is 10,000 IU a day, above 4,000 IU"]),
    ("Never take more than 6,000 IU of vitamin D in a single day.", []),
    ("Take 10 000 IU of vitamin D.", ["10 000 IU is 10,000 IU a day, above 4,000 IU"]),
    ("Take 10,000 IU (250 mcg) of vitamin D.", ["10,000 IU is 10,000 IU a day, above 4,000 IU"]),
    ("The upper limit is 4,000 IU a day, but plenty of people swallow 10,000 IU of vitamin D.", ["10,000 IU is 10,000 IU a day, above 4,000 IU"]),
  ])
  func doses(text: String, expected: [String]) throws {
    #expect(try Self.dose.messages(text) == expected)
  }
}
