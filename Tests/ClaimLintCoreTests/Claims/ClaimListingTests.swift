import Foundation
import Testing
@testable import ClaimLintCore

@Suite("Claim listing")
struct ClaimListingTests {
  private let document = DocumentFixture.document([
    DocumentFixture.heading("Magnesium and sleep"),
    DocumentFixture.paragraph("A small survey asked 200 adults about their sleep.", "Magnesium improves sleep quality."),
    DocumentFixture.paragraph("Take 300 mg before bed.", "The capsules are vegan."),
  ], path: "sleep.md")

  private var files: [ClaimListing.FileClaims] {
    [ClaimListing.FileClaims(document: document, claims: ClaimAnalyzer().analyze(document))]
  }

  @Test func textListsClaimAndAdviceSentencesOnly() {
    let text = ClaimListing.text(files)
    #expect(text.contains("sleep.md:3:52: causal: Magnesium improves sleep quality."))
    #expect(text.contains("  evidence: observational \"survey\" (previous-sentence, 3:9)"))
    #expect(text.contains("sleep.md:5:1: advice: Take 300 mg before bed."))
    #expect(!text.contains("vegan"))
    #expect(!text.contains("Magnesium and sleep:"))
  }

  @Test func jsonDecodesToTheSameEntries() throws {
    let json = ClaimListing.json(files)
    let entries = try JSONDecoder().decode([ClaimListing.Entry].self, from: Data(json.utf8))
    #expect(entries.count == 2)
    #expect(entries[0].strength == "causal")
    #expect(entries[0].line == 3)
    #expect(entries[0].cues.contains { $0.kind == "causal" && $0.text == "improves" })
    #expect(entries[0].evidence.first?.source == "previous-sentence")
    #expect(entries[1].advice)
    #expect(entries[1].strength == "none")
  }

  @Test func emptyInputGivesEmptyOutput() {
    #expect(ClaimListing.text([]) == "")
    #expect(ClaimListing.json([]) == "[]\n")
  }
}
