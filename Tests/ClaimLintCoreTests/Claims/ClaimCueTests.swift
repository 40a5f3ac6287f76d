import Foundation
import Testing

@testable import ClaimLintCore

@Suite("Claim cues")
struct ClaimCueTests {
  /// Every cue's byte range must select exactly its text, also after multi-byte characters.
  @Test(arguments: [
    "Alpha-linolenic acid (α-linolenic acid) may not cut the odds of a stroke among diabetics.",
    "Café owners claim that chicory “cures” bloating — a claim with no evidence.",
    "In a randomised trial, zinc lozenges can shorten colds by 2 days.",
    "We examined whether vitamin D reduces falls in care homes.",
  ])
  func rangesSelectTheirText(_ sentence: String) {
    let analysis = ClaimAnalyzer().analyze(sentence)
    #expect(!analysis.cues.isEmpty)
    let bytes = Array(sentence.utf8)
    for cue in analysis.cues {
      #expect(cue.range.upperBound <= bytes.count)
      #expect(String(decoding: bytes[cue.range], as: UTF8.self) == cue.text)
    }
    #expect(analysis.cues.map(\.range.lowerBound) == analysis.cues.map(\.range.lowerBound).sorted())
  }

  struct KindCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let kind: ClaimCue.Kind
    let text: String
    var testDescription: String { "\(kind.rawValue)=\(text)" }
  }

  @Test(arguments: [
    KindCase(sentence: "Black tea may reduce the risk of gout flares.", kind: .hedge, text: "may"),
    KindCase(sentence: "Black tea may reduce the risk of gout flares.", kind: .causal, text: "reduce"),
    KindCase(sentence: "Black tea may reduce the risk of gout flares.", kind: .exposure, text: "Black tea"),
    KindCase(sentence: "Black tea may reduce the risk of gout flares.", kind: .outcome, text: "risk of gout flares"),
    KindCase(sentence: "Egg intake was not associated with heart disease.", kind: .negation, text: "not"),
    KindCase(
      sentence: "Egg intake was not associated with heart disease.", kind: .correlational, text: "associated with"),
    KindCase(sentence: "Folic acid can prevent neural tube defects.", kind: .can, text: "can"),
    KindCase(sentence: "We tested whether zinc shortens colds.", kind: .question, text: "whether"),
    KindCase(sentence: "Sellers claim that the tea reduces belly fat.", kind: .reportedSpeech, text: "claim"),
    KindCase(sentence: "The powder 'detoxifies' the liver.", kind: .scareQuote, text: "'detoxifies'"),
    KindCase(sentence: "Take vitamin C daily to prevent colds.", kind: .advice, text: "Take"),
    KindCase(sentence: "In mice, resveratrol extended lifespan.", kind: .evidence, text: "In mice"),
    KindCase(sentence: "Experts say turmeric relieves joint pain.", kind: .reportedSpeech, text: "say"),
    // A sentence labeled none still reports the hedge and negation that govern its relation word.
    KindCase(sentence: "We asked whether iron might reduce fatigue.", kind: .hedge, text: "might"),
    KindCase(sentence: "Sellers claim the tea does not reduce belly fat.", kind: .negation, text: "not"),
  ])
  func expectedCue(_ example: KindCase) {
    let cues = ClaimAnalyzer().analyze(example.sentence).cues
    #expect(
      cues.contains { $0.kind == example.kind && $0.text == example.text },
      "cues: \(cues.map { "\($0.kind.rawValue)=\($0.text)" })")
  }

  @Test func emptyAndPunctuationOnly() {
    for text in ["", "   ", "...", "—", "\u{FFFD}\u{FFFD}"] {
      let analysis = ClaimAnalyzer().analyze(text)
      #expect(analysis.strength == .none)
      #expect(!analysis.isClaim)
    }
  }

  @Test func analysisRoundTripsThroughJSONWithoutNewFields() throws {
    // Older JSON without `statedStrength`/`isNegated` still decodes.
    let json = #"{"strength":"causal","isClaim":true,"isAdvice":false,"cues":[],"evidence":["animal"]}"#
    let decoded = try JSONDecoderShim.decode(json)
    #expect(decoded.statedStrength == .causal)
    #expect(decoded.isNegated == false)
    #expect(decoded.evidence == [.animal])
  }
}

enum JSONDecoderShim {
  static func decode(_ json: String) throws -> ClaimAnalysis {
    try JSONDecoder().decode(ClaimAnalysis.self, from: Data(json.utf8))
  }
}
