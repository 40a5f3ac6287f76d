import Testing

@testable import ClaimLintCore

@Suite("Advice and evidence")
struct AdviceEvidenceTests {
  @Test(arguments: [
    "Take 1,000 IU of vitamin D every morning with breakfast.",
    "You should avoid grapefruit juice while taking simvastatin.",
    "We recommend a daily folic acid supplement before conception.",
    "Talk to your doctor before starting St John's wort.",
    "It is important to take iron tablets on an empty stomach.",
    "Patients on warfarin are advised to keep their vitamin K intake steady.",
    "Avoid high-dose vitamin A supplements during pregnancy.",
    "So, eat more oily fish.",
    "It is vital for carers to record fluid intake each day.",
    "Cold packs can be used as an easy alternative to painkillers after sprains.",
    "Dietitians should assess vitamin B12 status in vegan patients.",
    "Routine vitamin D testing is not needed in healthy adults.",
  ])
  func advice(_ sentence: String) {
    #expect(ClaimAnalyzer().analyze(sentence).isAdvice)
  }

  @Test(arguments: [
    "Future studies should examine the effect of zinc on the common cold.",
    "Use of vitamin D supplements rose sharply after 2010.",
    "The recommended daily dose is 400 IU.",
    "Increase in serum calcium was rare.",
    "Larger trials must confirm these findings.",
    "Calcium might lower the chance of fractures.",
    "Supplement makers promote magnesium for sleep.",
    "The effect of zinc should be evaluated in larger trials.",
    "Given the small sample, any single estimate here should be interpreted loosely.",
    "It is important to determine whether these effects persist.",
  ])
  func notAdvice(_ sentence: String) {
    #expect(!ClaimAnalyzer().analyze(sentence).isAdvice)
  }

  struct EvidenceCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let kinds: [EvidenceKind]
    var testDescription: String { sentence }
  }

  @Test(arguments: [
    EvidenceCase(sentence: "In a randomized placebo-controlled trial, zinc shortened colds.", kinds: [.randomized]),
    EvidenceCase(
      sentence: "A large cohort study of 80,000 nurses linked coffee to lower mortality.", kinds: [.observational]),
    EvidenceCase(sentence: "A meta-analysis of 12 studies found a small benefit.", kinds: [.metaAnalysis]),
    EvidenceCase(sentence: "In mice, resveratrol extended lifespan.", kinds: [.animal]),
    EvidenceCase(sentence: "In test-tube experiments, curcumin killed cancer cells.", kinds: [.inVitro]),
    EvidenceCase(sentence: "Data from the Nurses' Health Study showed the same pattern.", kinds: [.observational]),
    EvidenceCase(sentence: "People who take fish oil tend to have fewer heart attacks.", kinds: [.observational]),
    EvidenceCase(sentence: "The mechanism may involve lower oxidative stress.", kinds: [.mechanistic]),
    EvidenceCase(
      sentence: "A cross-sectional survey and a rat model gave similar results.", kinds: [.observational, .animal]),
    EvidenceCase(sentence: "Vitamin C reduces the duration of colds.", kinds: []),
  ])
  func evidenceKinds(_ example: EvidenceCase) {
    #expect(ClaimAnalyzer().analyze(example.sentence).evidence == example.kinds)
  }

  @Test func singleArmTrialIsNotRandomized() {
    let analysis = ClaimAnalyzer().analyze("A single-arm trial tested the supplement in 30 adults.")
    #expect(!analysis.evidence.contains(.randomized))
  }
}
