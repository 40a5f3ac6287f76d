/// Quotation marks: a scare quote around one term ("'cures'") disowns it; a longer quotation relays a
/// claim, disowned only when a distancing verb ("claims") introduces it.
extension FrameScope {
  /// Pairs of quote-token indices (opening, closing).
  func quotePairs() -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    var openDouble: Int?
    var openSingle: Int?
    for (index, token) in parse.tokens.enumerated() where token.kind == .punctuation {
      if token.norm == "\"" {
        if let open = openDouble {
          pairs.append((open, index))
          openDouble = nil
        } else {
          openDouble = index
        }
      } else if token.norm == "'" {
        let spaceBefore = token.range.lowerBound == 0 || parse.bytes[token.range.lowerBound - 1] == 0x20
        if let open = openSingle, !spaceBefore {
          pairs.append((open, index))
          openSingle = nil
        } else if spaceBefore {
          openSingle = index
        }
      }
    }
    return pairs
  }

  /// Scare quotes around the relation word, or a quotation attributed to someone.
  func applyQuotes(to candidate: inout RelationCandidate, quotes: [(Int, Int)]) {
    let head = candidate.match.head
    for (open, close) in quotes where open < head && head < close {
      // A scare quote marks one term ("'cures'"); a longer quotation relays a claim.
      if close - open - 1 == 1 {
        block(&candidate, .scareQuote, open..<(close + 1))
        return
      }
      let window = Array(max(0, open - 4)..<open) + Array((close + 1)..<min(parse.tokens.count, close + 4))
      if let speaker = window.first(where: { parse.word($0, isIn: .quoteSpeechVerbs) }) {
        let distancing = parse.word(speaker, isIn: .distancingSpeechVerbs)
        if distancing {
          block(&candidate, .reportedSpeech, speaker..<(speaker + 1))
        } else {
          candidate.modifiers.append(
            CueMatch(category: .speech, tokens: speaker..<(speaker + 1), head: speaker, form: nil))
        }
        return
      }
    }
  }
}
