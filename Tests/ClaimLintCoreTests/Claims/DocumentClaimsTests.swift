import Testing

@testable import ClaimLintCore

@Suite("Document claims and evidence context")
struct DocumentClaimsTests {
  private let fishOil = DocumentFixture.document([
    DocumentFixture.heading("Fish oil and your heart"),
    DocumentFixture.paragraph(
      "A large cohort study followed 80,000 nurses for twenty years.",
      "Women who ate oily fish twice a week had fewer heart attacks."),
    DocumentFixture.paragraph(
      "In mice, fish oil reduced arterial plaque.",
      "Fish oil prevents heart attacks.",
      "It is cheap and widely sold."),
    DocumentFixture.paragraph(
      "A randomized trial found that omega-3 capsules lowered triglycerides.",
      "Some readers take two capsules a day.",
      "Omega-3 capsules protect the heart."),
  ])

  @Test func oneClaimPerSentenceInOrder() {
    let claims = ClaimAnalyzer().analyze(fishOil)
    #expect(claims.map(\.sentence) == Array(fishOil.sentences.indices))
  }

  @Test func cueRangesAreScanTextRanges() {
    for claim in ClaimAnalyzer().analyze(fishOil) {
      let sentence = fishOil.sentences[claim.sentence].range
      for cue in claim.analysis.cues {
        #expect(sentence.contains(cue.range.lowerBound) && cue.range.upperBound <= sentence.upperBound)
        #expect(fishOil.string(cue.range) == cue.text)
      }
      for mention in claim.evidence {
        #expect(!fishOil.string(mention.range).isEmpty)
      }
    }
  }

  @Test func previousSentenceThenLead() {
    let claims = ClaimAnalyzer().analyze(fishOil)
    let prevents = claims[4]  // "Fish oil prevents heart attacks."
    #expect(prevents.analysis.strength == .causal)
    // The lead's two sentences: "cohort study", then "Women who ate".
    #expect(prevents.evidence.map(\.source) == [.previousSentence, .lead, .lead])
    #expect(prevents.evidence.map(\.kind) == [.animal, .observational, .observational])
    #expect(fishOil.string(prevents.evidence[0].range) == "In mice")
    #expect(fishOil.string(prevents.evidence[1].range) == "cohort study")
    #expect(fishOil.string(prevents.evidence[2].range) == "Women who ate")
  }

  @Test func sentenceEvidenceComesFirst() {
    let claims = ClaimAnalyzer().analyze(fishOil)
    let mice = claims[3]  // "In mice, fish oil reduced arterial plaque."
    #expect(mice.evidence.first?.source == .sentence)
    #expect(mice.evidence.first?.kind == .animal)
    // The next sentence of the block is paragraph context, the lead comes last.
    #expect(mice.evidence.map(\.source).last == .lead)
  }

  @Test func paragraphEvidenceFurtherAway() {
    let claims = ClaimAnalyzer().analyze(fishOil)
    let protects = claims[8]  // "Omega-3 capsules protect the heart."
    #expect(protects.analysis.strength == .causal)
    let sources = protects.evidence.map(\.source)
    #expect(sources.first == .paragraph)
    #expect(protects.evidence.first?.kind == .randomized)
    #expect(!sources.contains(.previousSentence))
    #expect(sources.contains(.lead))
  }

  @Test func leadSentencesDoNotRepeatTheirOwnEvidenceAsLead() {
    let claims = ClaimAnalyzer().analyze(fishOil)
    let nurses = claims[2]  // "Women who ate oily fish …" in the first paragraph
    #expect(nurses.evidence.map(\.source) == [.sentence, .previousSentence])
    #expect(nurses.analysis.strength == .correlational)
  }

  @Test func previousSentenceMustShareTheBlock() {
    let document = DocumentFixture.document([
      DocumentFixture.paragraph("Rats given curcumin had less arthritis."),
      DocumentFixture.paragraph("Curcumin relieves arthritis pain."),
    ])
    let claims = ClaimAnalyzer().analyze(document)
    // The first paragraph is the lead (no title); it is not the "previous sentence" of another block.
    #expect(claims[1].evidence.map(\.source) == [.lead])
    #expect(claims[1].evidence.map(\.kind) == [.animal])
  }

  @Test func aLaterHeadingIsNotTheTitle() {
    let document = DocumentFixture.document([
      DocumentFixture.paragraph("Many readers ask about collagen."),
      DocumentFixture.heading("Collagen in a mouse model", level: 2),
      DocumentFixture.paragraph("Collagen improves skin elasticity."),
    ])
    let claims = ClaimAnalyzer().analyze(document)
    #expect(claims[2].analysis.strength == .causal)
    // The "mouse model" heading is neither the lead nor in the claim's block.
    #expect(claims[2].evidence.isEmpty)
  }

  @Test func offsetsAfterMaskedMarkup() {
    let document = DocumentFixture.document(
      [DocumentFixture.paragraph("Iron may ease tiredness, according to a pooled meta-analysis.")],
      leadingMarkup: String(repeating: " ", count: 17))
    let claim = ClaimAnalyzer().analyze(document)[0]
    #expect(claim.analysis.strength == .conditional)
    let hedge = claim.analysis.cues.first { $0.kind == .hedge }
    #expect(hedge.map { document.string($0.range) } == "may")
    #expect(hedge?.range.lowerBound == 17 + 5)
    #expect(claim.evidence.first?.kind == .metaAnalysis)
  }

  @Test func emptyDocument() {
    let document = DocumentFixture.document([])
    #expect(ClaimAnalyzer().analyze(document).isEmpty)
  }
}
