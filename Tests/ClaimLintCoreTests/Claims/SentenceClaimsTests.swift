import Foundation
import Testing

@testable import ClaimLintCore

/// Sentences judged one at a time, as rules ask for them, give what the whole-document analysis gives.
@Suite struct SentenceClaimsTests {
  /// The project's samples and a page of our own, parsed.
  static func documents() throws -> [Document] {
    let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Samples")
      .standardizedFileURL
    var documents: [Document] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted() {
      let bytes = Array(try Data(contentsOf: samples.appendingPathComponent(name)))
      documents.append(try DocumentParser.parse(path: name, bytes: bytes, format: DocumentFormat(path: name) ?? .markdown))
    }
    let page = """
      # Beetroot juice and stamina

      A small randomized trial in 40 cyclists found that beetroot juice improved endurance. In rats, it also \
      lowered blood pressure.

      Beetroot juice boosts stamina. Nitrate-rich vegetables are linked to lower blood pressure in a large \
      cohort study. Should you drink a glass a day?
      """
    documents.append(try DocumentParser.parse(path: "page.md", text: page, format: .markdown))
    return documents
  }

  @Test func eachSentenceAskedForAloneIsJudgedAsInTheWholeDocument() throws {
    var random = SeededRandom(state: 7)
    let analyzer = ClaimAnalyzer()
    for document in try Self.documents() {
      let whole = analyzer.analyze(document)
      let claims = SentenceClaims(document: document, analyzer: analyzer)
      for index in document.sentences.indices.shuffled(using: &random) {
        #expect(claims.claim(index) == whole[index], "\(document.path) sentence \(index)")
      }
      #expect(claims.all == whole)
    }
  }

  @Test func onlyTheSentencesAskedForAreJudged() throws {
    let document = try #require(try Self.documents().last)
    let claims = SentenceClaims(document: document, analyzer: ClaimAnalyzer())
    #expect(claims.judgedCount == 0)
    _ = claims.claim(3)
    // Its neighbours lend it their evidence without being judged.
    #expect(claims.judgedCount == 1)
    #expect(claims.claim(3).evidence.contains { $0.source != .sentence })
  }

  @Test func aLongSentenceGivesTheMentionsOfItsJudgment() {
    let clause = "a randomized controlled trial in 300 adults and a cohort study of nurses and a review of mouse studies "
    let text = String(repeating: clause, count: 2 * LongSentence.limit / clause.utf8.count) + "found that it helps."
    #expect(text.utf8.count > LongSentence.limit)
    let judged = LongSentence.judge(text, knowledge: .builtIn).mentions
    let mentions = LongSentence.mentions(text, knowledge: .builtIn)
    #expect(mentions.map(\.kind) == judged.map(\.kind))
    #expect(mentions.map(\.range) == judged.map(\.range))
    #expect(Set(mentions.map(\.kind)).count >= 2)
  }
}
