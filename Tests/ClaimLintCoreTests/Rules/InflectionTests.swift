import Testing

@testable import ClaimLintCore

@Suite("One inflection engine for lexicons and the analyzer")
struct InflectionTests {
  private let engine = Inflection.standard

  @Test func analyzerFormsAreTagged() {
    let forms = engine.taggedVerbForms(of: "lead").map { "\($0.0)/\($0.1)" }
    #expect(forms == ["lead/base", "leads/thirdPerson", "leading/gerund", "led/past"])
    #expect(engine.taggedVerbForms(of: "reduce").map(\.0) == ["reduce", "reduces", "reduced", "reducing"])
    #expect(engine.taggedVerbForms(of: "fuel").map(\.0).contains("fuelled"))
  }

  @Test func lexiconFormsAddDoubledSpellings() {
    #expect(Inflection.verbForms(of: "combat") == ["combat", "combats", "combated", "combating", "combatted", "combatting"])
    #expect(Inflection.verbForms(of: "lead to") == ["lead to", "leads to", "leading to", "led to"])
    #expect(Inflection.verbForms(of: "be linked to").contains("was linked to"))
  }

  @Test func pluralsAndSingularsUseTheIrregularTable() {
    #expect(Inflection.plurals(of: "Mouse") == ["Mouse", "Mice"])
    #expect(Inflection.singulars(of: "kidney stones") == ["kidney stone"])
    #expect(Inflection.singulars(of: "children") == ["child"])
  }
}
