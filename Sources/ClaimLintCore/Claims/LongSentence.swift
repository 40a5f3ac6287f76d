/// Judges text too long to be one real sentence (a file with no punctuation, a flattened list) in
/// pieces, so the analysis stays linear in its length.
///
/// Real sentences are far shorter than ``limit``; past it the text is cut at spaces into pieces of at
/// most ``piece`` bytes, each judged alone: the strongest piece gives the strength, cues and evidence
/// of all pieces are kept (shifted to their place), and the text is a claim or advice when any piece is.
enum LongSentence {
  static let limit = 3_000
  static let piece = 1_500

  /// The judgment of `text`, in pieces when it is longer than ``limit`` bytes.
  static func judge(
    _ text: String, knowledge: ClaimKnowledge
  ) -> (analysis: ClaimAnalysis, mentions: [(kind: EvidenceKind, range: Range<Int>)]) {
    let bytes = Array(text.utf8)
    guard bytes.count > limit else { return SentenceJudge(parse: SentenceParse(text, knowledge: knowledge)).judge() }
    var strength = ClaimStrength.none
    var statedStrength = ClaimStrength.none
    var combined = ClaimAnalysis(strength: .none, isClaim: false)
    var mentions: [(kind: EvidenceKind, range: Range<Int>)] = []
    for range in pieces(of: bytes) {
      let piece = SentenceParse(String(decoding: bytes[range], as: UTF8.self), knowledge: knowledge)
      let judged = SentenceJudge(parse: piece).judge()
      let shift = range.lowerBound
      let analysis = judged.analysis
      strength = max(strength, analysis.strength)
      statedStrength = max(statedStrength, analysis.statedStrength)
      combined.isClaim = combined.isClaim || analysis.isClaim
      combined.isAdvice = combined.isAdvice || analysis.isAdvice
      combined.cues += analysis.cues.map { cue in
        ClaimCue(kind: cue.kind, text: cue.text, range: (cue.range.lowerBound + shift)..<(cue.range.upperBound + shift))
      }
      for kind in analysis.evidence where !combined.evidence.contains(kind) { combined.evidence.append(kind) }
      mentions += shifted(judged.mentions, by: shift)
    }
    combined.strength = strength
    combined.statedStrength = statedStrength
    return (combined, mentions)
  }

  /// The evidence mentions ``judge(_:knowledge:)`` gives for `text`, found without judging its claim.
  static func mentions(_ text: String, knowledge: ClaimKnowledge) -> [(kind: EvidenceKind, range: Range<Int>)] {
    let bytes = Array(text.utf8)
    guard bytes.count > limit else { return SentenceJudge(parse: SentenceParse(text, knowledge: knowledge)).mentions() }
    return pieces(of: bytes).flatMap { range in
      let piece = SentenceParse(String(decoding: bytes[range], as: UTF8.self), knowledge: knowledge)
      return shifted(SentenceJudge(parse: piece).mentions(), by: range.lowerBound)
    }
  }

  /// `mentions` with their ranges moved `offset` bytes on.
  static func shifted(
    _ mentions: [(kind: EvidenceKind, range: Range<Int>)], by offset: Int
  ) -> [(kind: EvidenceKind, range: Range<Int>)] {
    mentions.map { ($0.kind, ($0.range.lowerBound + offset)..<($0.range.upperBound + offset)) }
  }

  /// Consecutive byte ranges of at most ``piece`` bytes, cut after a space where possible and never
  /// inside a UTF-8 sequence.
  static func pieces(of bytes: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    while start < bytes.count {
      var end = min(bytes.count, start + piece)
      if end < bytes.count {
        var cut = end
        while cut > start + piece / 2 && bytes[cut - 1] != UInt8(ascii: " ") { cut -= 1 }
        end = cut > start + piece / 2 ? cut : end
        while end > start + 1 && end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
      }
      result.append(start..<end)
      start = end
    }
    return result
  }
}
