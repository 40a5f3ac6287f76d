import Testing

@testable import ClaimLintCore

/// One sentence and the judgment expected for it.
struct StrengthCase: CustomTestStringConvertible, Sendable {
  let sentence: String
  /// The wording's strength (``ClaimAnalysis/statedStrength``).
  let stated: ClaimStrength
  /// True when the sentence denies the relation (``ClaimAnalysis/strength`` is then `none`).
  let negated: Bool

  init(_ sentence: String, _ stated: ClaimStrength, negated: Bool = false) {
    self.sentence = sentence
    self.stated = stated
    self.negated = negated
  }

  var testDescription: String { "\(stated)\(negated ? " (denied)" : ""): \(sentence)" }
}

/// Checks the stated strength, the negation flag and the asserted strength that follows from both.
func expectStrength(_ example: StrengthCase, sourceLocation: SourceLocation = #_sourceLocation) {
  let analysis = ClaimAnalyzer().analyze(example.sentence)
  #expect(
    analysis.statedStrength == example.stated, "cues: \(analysis.cues.map { "\($0.kind.rawValue)=\($0.text)" })",
    sourceLocation: sourceLocation)
  #expect(analysis.isNegated == example.negated, sourceLocation: sourceLocation)
  #expect(analysis.strength == (example.negated ? .none : example.stated), sourceLocation: sourceLocation)
  #expect(analysis.isClaim == (example.stated != .none), sourceLocation: sourceLocation)
}

@Suite("Claim strength: the four levels")
struct ClaimLevelTests {
  static let direct: [StrengthCase] = [
    .init("Weekly balance classes reduce the number of falls among care-home residents.", .causal),
    .init("Omega-3 fish oil lowers triglyceride levels.", .causal),
    .init("Magnesium glycinate improves sleep quality.", .causal),
    .init("Regular aerobic exercise prevents type 2 diabetes.", .causal),
    .init("Taking iron with tea led to poorer absorption.", .causal),
    .init("High-dose biotin causes falsely low thyroid test results.", .causal),
    .init("This turmeric extract fights inflammation and boosts immunity.", .causal),
    .init("Metformin was effective in lowering HbA1c in adults with prediabetes.", .causal),
    .init("The low-sodium diet had a large effect on systolic blood pressure.", .causal),
    .init("Knee pain was relieved by daily stretching.", .causal),
    .init("Zinc lozenges shortened the duration of colds by two days.", .causal),
    .init("Vitamin C and zinc lower the duration of colds.", .causal),
    .init("Those who took the probiotic lowered their risk of diarrhoea.", .causal),
    .init("Acupressure is a cheap and effective remedy for morning sickness.", .causal),
  ]

  static let correlational: [StrengthCase] = [
    .init("Higher coffee intake was associated with lower all-cause mortality.", .correlational),
    .init("Low vitamin D levels are linked to depression in older adults.", .correlational),
    .init("Serum ferritin correlated with fatigue scores.", .correlational),
    .init("Night-time phone use is associated with shorter sleep in adolescents.", .correlational),
    .init("Baseline HbA1c predicted progression to diabetes.", .correlational),
    .init("High blood pressure is a leading risk factor for kidney failure.", .correlational),
    .init("Women with low iron stores had higher rates of fatigue than women with normal stores.", .correlational),
    .init("There was a strong association between sugary drink intake and gout.", .correlational),
    .init("People who eat nuts tend to live longer.", .correlational),
    .init("Teenagers who slept under seven hours were more likely to feel anxious.", .correlational),
    .init("Folate levels were lower among smokers.", .correlational),
    .init("Vitamin B12 deficiency may be associated with cognitive decline.", .correlational),
  ]

  static let conditional: [StrengthCase] = [
    .init("Elderberry syrup may shorten bouts of flu.", .conditional),
    .init("Green tea extract might help lower LDL cholesterol.", .conditional),
    .init("Probiotics could prevent antibiotic-associated diarrhoea in children.", .conditional),
    .init("Curcumin possibly improves joint pain in osteoarthritis.", .conditional),
    .init("Melatonin appears to shorten the time it takes to fall asleep.", .conditional),
    .init("Collagen peptides seem to improve skin elasticity.", .conditional),
    .init("Ashwagandha is likely to reduce perceived stress.", .conditional),
    .init("Regular sauna use may offer some protection against dementia.", .conditional),
    .init("Perhaps magnesium eases muscle cramps at night.", .conditional),
    .init("Creatine appears to be effective for older adults who lift weights.", .conditional),
    .init("Light therapy may be a useful remedy for winter depression.", .conditional),
  ]

  static let none: [StrengthCase] = [
    .init("Vitamin D is a fat-soluble vitamin.", .none),
    .init("Participants took 1,000 IU of vitamin D3 daily for twelve weeks.", .none),
    .init("The supplement contains 200 mg of magnesium citrate per capsule.", .none),
    .init("Blood samples were collected at baseline and after six months.", .none),
    .init("Most adults in the survey were women.", .none),
  ]

  @Test(arguments: direct) func directCausal(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: correlational) func correlationalClaims(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: conditional) func conditionalClaims(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: none) func noRelationship(_ example: StrengthCase) { expectStrength(example) }
}

@Suite("Claim strength: hedges, negation, questions, speech, can, GRADE")
struct ClaimScopeTests {
  static let hedges: [StrengthCase] = [
    // The hedge applies to the verb it governs.
    .init("Zinc might shorten colds.", .conditional),
    .init("These results suggest that vitamin E may slow cognitive decline.", .conditional),
    .init("It is possible that high-dose vitamin A increases fracture risk.", .conditional),
    .init("Researchers believe that sauna bathing lowers blood pressure.", .conditional),
    // A hedge on an association keeps it an association.
    .init("Long commutes may be associated with lower job satisfaction.", .correlational),
    .init("Potassium intake is possibly linked to lower stroke risk.", .correlational),
    // "suggest" reports the writer's own finding; alone it does not downgrade (domain.md §1.3).
    .init("Our data suggest that creatine improves muscle strength.", .causal),
  ]

  static let negation: [StrengthCase] = [
    .init("Selenium tablets did not lower the rate of skin cancer.", .causal, negated: true),
    .init("Calcium intake was not associated with kidney stones.", .correlational, negated: true),
    .init("Glucosamine has not been shown to relieve knee pain.", .causal, negated: true),
    .init("There is no evidence that alkaline water prevents cancer.", .causal, negated: true),
    .init("Fish oil had no effect on depressive symptoms.", .causal, negated: true),
    .init("Multivitamins failed to improve memory in older adults.", .causal, negated: true),
    .init("Green coffee extract does not appear to reduce body weight.", .conditional, negated: true),
    .init("We found no association between egg intake and heart disease.", .correlational, negated: true),
    // "not only … but also" is not a negation.
    .init("Fibre not only lowers cholesterol but also improves bowel regularity.", .causal),
    // Negation in a contrast clause leaves the main clause alone.
    .init("Statins reduced LDL cholesterol, but they did not change HDL levels.", .causal),
  ]

  static let questions: [StrengthCase] = [
    .init("Does vitamin D reduce the risk of catching a cold?", .none),
    .init("We examined whether probiotics improve symptoms of irritable bowel syndrome.", .none),
    .init("It is unclear whether melatonin improves sleep in older adults.", .none),
    .init("Further trials are needed to determine the effect of zinc on the common cold.", .none),
    .init("The purpose of the trial was to measure how ginger affects nausea.", .none),
    .init("We are uncertain whether vitamin C prevents pneumonia.", .none),
    // An embedded "how" presupposes its content unless it is a research aim.
    .init("New research reveals how sugary drinks raise the risk of gout.", .causal),
    .init("Researchers set out to establish how sleep loss affects appetite.", .none),
    // A noun before "how" is no verb of asking: "this study shows how …" presupposes its content.
    .init("A new study shows how salt intake raises blood pressure.", .causal),
    .init("It remains unclear exactly how exercise improves mood.", .none),
  ]

  static let speech: [StrengthCase] = [
    // Distancing attribution and scare quotes: not the writer's claim.
    .init("Supplement makers claim that vitamin K2 cures arterial stiffness.", .none),
    .init("The label says K2 \u{201C}cures\u{201D} calcification of the arteries.", .none),
    .init("This so-called detox tea supposedly flushes toxins from the liver.", .none),
    .init("Vitamin K2 'cures' arterial calcification, its sellers claim.", .none),
    // Neutral reported speech relays the claim.
    .init("Doctors say walking the dog lowers blood pressure.", .causal),
    // A claim attributed to a study or its researchers is cited, not disowned.
    .init("A new study claims that walking after meals lowers blood sugar.", .causal),
  ]

  static let can: [StrengthCase] = [
    // "can" + causal verb stays with direct claims (domain.md §1.3: 59% direct in Yu et al. 2019).
    .init("Vitamin B12 injections can reverse nerve damage.", .causal),
    .init("Too much vitamin A can cause liver damage.", .causal),
    .init("Iron can be taken with orange juice.", .none),
    .init("Low ferritin can predict restless legs symptoms.", .correlational),
    .init("Ginger can possibly ease nausea during pregnancy.", .conditional),
  ]

  static let grade: [StrengthCase] = [
    .init("Vitamin D supplementation probably reduces the risk of falls slightly.", .conditional),
    .init(
      "Omega-3 supplements likely result in little to no difference in cardiovascular mortality.", .conditional,
      negated: true),
    .init("Calcium may result in little to no difference in hip fractures.", .conditional, negated: true),
    .init("The evidence is very uncertain about the effect of probiotics on eczema.", .none),
    .init("Exercise results in a large reduction in depressive symptoms.", .causal),
  ]

  @Test(arguments: hedges) func hedgeScope(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: negation) func negationScope(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: questions) func questionsAndAims(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: speech) func reportedSpeech(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: can) func canPlacement(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: grade) func gradeWording(_ example: StrengthCase) { expectStrength(example) }
}

@Suite("Claim strength: near misses")
struct ClaimNearMissTests {
  static let nearMisses: [StrengthCase] = [
    // Participles and comparatives used as adjectives, not verbs.
    .init("Patients with reduced kidney function were excluded.", .none),
    .init("The increased dose was well tolerated.", .none),
    // Purpose infinitives and plans are not claims.
    .init("Strategies to reduce salt intake are being rolled out in schools.", .none),
    .init("The trial was designed to test whether selenium prevents skin cancer.", .none),
    // Advice is not a finding.
    .init("Adults should take vitamin D in winter to prevent deficiency.", .none),
    .init("Take magnesium with food to reduce stomach upset.", .none),
    // "effect" as a statistics term, side effects.
    .init("The effect size was small and the confidence interval wide.", .none),
    .init("Side effects were mild and resolved within a week.", .none),
    // Statements about the research itself.
    .init("These findings contribute to the literature on diet and mood.", .none),
    // A noun compound, not a verb: "hernia repair", "pharmacy benefit".
    .init("Hernia repair was performed under local anaesthesia.", .none),
    // Quantities are not group comparisons.
    .init("More than 60% of participants completed the study.", .none),
    // A relation in a condition is not asserted.
    .init("If magnesium improves sleep, patients may need lower doses of sedatives.", .none),
  ]

  @Test(arguments: nearMisses) func nearMiss(_ example: StrengthCase) { expectStrength(example) }
}
