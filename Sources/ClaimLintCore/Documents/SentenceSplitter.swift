/// Splits a block's scan text into sentences, knowing the abbreviations, doses and citations of health copy.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (`…`, `...`, `. . .`) followed by whitespace or the end of the block;
/// closing quotes and brackets right after the mark stay with the sentence they close. Whether a candidate
/// really ends a sentence depends on what follows:
/// - A lowercase word never starts a new sentence (`e.g. vitamin`, `"Stop," he said`, `etc. and`).
/// - After `!` or `?` anything else does.
/// - After an ellipsis only a capital letter does (`and so… we`, `wait… Then`).
/// - After a period the word before it decides, through ``Abbreviations``:
///   - ``Abbreviations/Kind/neverFinal`` (`Dr.`, `e.g.`, `vs.`, `Fig.`) never ends a sentence;
///   - ``Abbreviations/Kind/finalBeforeCapital`` (`No.`, `etc.`, `et al.`, months) ends one only before a
///     capital letter, not before a digit (`No. 5`, `et al. 2020`);
///   - ``Abbreviations/Kind/ambiguous`` (`U.S.`, `Ph.D.`, `a.m.`) and other dotted acronyms end one only before
///     a typical sentence opener (`The`, `It`, `However`, `Take` …);
///   - a single capital letter is an initial (`J. K. Smith`) unless the word before it takes a letter
///     (`vitamin D.`, `hepatitis B.`) or the next word is a typical sentence opener;
///   - any other word ends a sentence before a capital letter, a digit or other text.
///
/// **`et al.` heuristic.** In running text `et al.` is followed by a year, a bracket, a comma or a lowercase
/// verb (`Smith et al. (2020) found`, `Lee et al. reported`), none of which splits. A capitalised word after it
/// almost always starts a new sentence (`…as Lee et al. showed. Vitamin D…` has its split at `showed.`, and
/// `…reported by Lee et al. Vitamin D…` splits at `al.`), so `et al.` before a capital ends the sentence. The
/// cost: a capitalised verb after `et al.` (rare outside typos) splits wrongly.
///
/// Decimals, doses, versions, URLs and e-mail addresses never split because a period inside them is not
/// followed by whitespace. Line breaks inside a block are ordinary spaces; a blank line always ends a sentence.
public struct SentenceSplitter: Sendable {
  public init() {}

  /// The sentence ranges inside `range` of `text`, trimmed of whitespace, in order.
  public func split(_ text: [UInt8], in range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for chunk in chunks(text, range) {
      var sentenceStart = chunk.lowerBound
      var index = chunk.lowerBound
      while index < chunk.upperBound {
        guard let terminator = terminator(text, at: index, limit: chunk.upperBound) else {
          index += 1
          continue
        }
        let end = afterClosers(text, terminator.end, limit: chunk.upperBound)
        if end == chunk.upperBound || followedBySpace(text, end, limit: chunk.upperBound),
          endsSentence(text, terminator, sentenceStart: sentenceStart, next: end, limit: chunk.upperBound)
        {
          append(sentenceStart..<end, text, to: &result)
          sentenceStart = end
        }
        index = max(end, index + 1)
      }
      append(sentenceStart..<chunk.upperBound, text, to: &result)
    }
    return result
  }

  /// Splits a string (convenience for tests and tools).
  public func split(_ string: String) -> [String] {
    let bytes = Array(string.utf8)
    return split(bytes, in: 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  private func append(_ range: Range<Int>, _ text: [UInt8], to result: inout [Range<Int>]) {
    let trimmed = ByteClass.trimmed(range, in: text)
    if !trimmed.isEmpty { result.append(trimmed) }
  }

  /// Parts of `range` separated by blank lines.
  private func chunks(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
    var chunks: [Range<Int>] = []
    var chunkStart = range.lowerBound
    var start = range.lowerBound
    var lastContentEnd = range.lowerBound
    while start < range.upperBound {
      let line = SourceLine.at(start, in: text, limit: range.upperBound)
      if line.isBlank(in: text) {
        if lastContentEnd > chunkStart { chunks.append(chunkStart..<lastContentEnd) }
        chunkStart = line.next
      } else {
        lastContentEnd = line.end
      }
      start = line.next
    }
    if lastContentEnd > chunkStart { chunks.append(chunkStart..<lastContentEnd) }
    return chunks
  }

  struct Terminator {
    var start: Int
    var end: Int
    var periods: Int
    var hasBangOrQuestion: Bool
    var hasEllipsisCharacter: Bool
    var isEllipsis: Bool { hasEllipsisCharacter || periods >= 2 }
  }

  /// The run of sentence marks starting at `index`, if there is one.
  private func terminator(_ text: [UInt8], at index: Int, limit: Int) -> Terminator? {
    var result = Terminator(start: index, end: index, periods: 0, hasBangOrQuestion: false,
      hasEllipsisCharacter: false)
    var position = index
    while position < limit {
      let byte = text[position]
      if byte == UInt8(ascii: ".") {
        result.periods += 1
        position += 1
        // A spaced ellipsis (". . .", as quotations write it) is one mark.
        if position + 1 < limit, text[position] == UInt8(ascii: " "), text[position + 1] == UInt8(ascii: "."),
          result.periods > 1 || (position + 3 < limit && text[position + 2] == UInt8(ascii: " ") && text[position + 3] == UInt8(ascii: "."))
        {
          position += 1
        }
      } else if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
        result.hasBangOrQuestion = true
        position += 1
      } else if isEllipsisCharacter(text, position, limit) {
        result.hasEllipsisCharacter = true
        position += 3
      } else {
        break
      }
    }
    guard position > index else { return nil }
    result.end = position
    return result
  }

  private func isEllipsisCharacter(_ text: [UInt8], _ index: Int, _ limit: Int) -> Bool {
    index + 2 < limit && text[index] == 0xE2 && text[index + 1] == 0x80 && text[index + 2] == 0xA6
  }

  /// The offset after closing quotes and brackets that follow a sentence mark.
  private func afterClosers(_ text: [UInt8], _ index: Int, limit: Int) -> Int {
    var position = index
    while let (scalar, length) = ByteClass.scalar(in: text, at: position, limit: limit) {
      switch scalar {
      case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "*", "_": position += length
      default: return position
      }
    }
    return position
  }

  private func followedBySpace(_ text: [UInt8], _ index: Int, limit: Int) -> Bool {
    guard let (scalar, _) = ByteClass.scalar(in: text, at: index, limit: limit) else { return true }
    return ByteClass.isWhitespace(scalar)
  }

  /// What comes after a candidate sentence end.
  enum Next {
    case end
    case lowercase
    /// The next word, lowercased, computed only when a rule needs it.
    case uppercase(word: () -> String)
    case digit
    case other
  }

  private func next(_ text: [UInt8], after index: Int, limit: Int) -> Next {
    var position = index
    while let (scalar, length) = ByteClass.scalar(in: text, at: position, limit: limit) {
      switch scalar {
      case _ where ByteClass.isWhitespace(scalar),
        "\"", "'", "(", "[", "{", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{00BF}", "\u{00A1}", "*", "_":
        position += length
        continue
      default:
        break
      }
      if scalar.properties.isLowercase { return .lowercase }
      if scalar.properties.isUppercase {
        let start = position
        return .uppercase(word: { word(text, from: start, limit: limit) })
      }
      if scalar.properties.numericType != nil { return .digit }
      return .other
    }
    return .end
  }

  /// The lowercased letters (and apostrophes) starting at `index`.
  private func word(_ text: [UInt8], from index: Int, limit: Int) -> String {
    var end = index
    while end < limit && end - index < 40,
      let (scalar, length) = ByteClass.scalar(in: text, at: end, limit: limit),
      scalar.properties.isAlphabetic || scalar == "'" || scalar == "\u{2019}"
    {
      end += length
    }
    return String(decoding: text[index..<end], as: UTF8.self).lowercased()
  }

  private func endsSentence(_ text: [UInt8], _ terminator: Terminator, sentenceStart: Int, next end: Int, limit: Int)
    -> Bool
  {
    let following = next(text, after: end, limit: limit)
    switch following {
    case .end: return true
    case .lowercase: return false
    default: break
    }
    if terminator.hasBangOrQuestion && terminator.periods == 0 { return true }
    if terminator.isEllipsis {
      if case .uppercase = following { return true }
      return false
    }
    // Fast path: after a digit, a closing bracket or other non-letter the period ends the sentence.
    guard let before = ByteClass.scalar(in: text, before: terminator.start, lowerLimit: sentenceStart),
      before.properties.isAlphabetic
    else { return true }
    let token = tokenBefore(text, terminator.start, lowerLimit: sentenceStart)
    return PeriodRule.endsSentence(word: token.string, next: following.rule) {
      wordsBefore(text, token.start, lowerLimit: sentenceStart, count: 6)
    }
  }

  /// The word that ends at a period: from the previous whitespace, without opening quotes or brackets.
  private func tokenBefore(_ text: [UInt8], _ index: Int, lowerLimit: Int) -> (start: Int, string: String) {
    var start = index
    while start > lowerLimit && !ByteClass.isWhitespace(text[start - 1]) { start -= 1 }
    while start < index, let (scalar, length) = ByteClass.scalar(in: text, at: start, limit: index),
      "\"'([{\u{201C}\u{2018}\u{00AB}*_".unicodeScalars.contains(scalar)
    {
      start += length
    }
    return (start, String(decoding: text[start..<index], as: UTF8.self))
  }

  /// Up to `count` whitespace-separated words before the word that ends at `index`, nearest first, lowercased.
  private func wordsBefore(_ text: [UInt8], _ index: Int, lowerLimit: Int, count: Int) -> [String] {
    var words: [String] = []
    var end = index
    while end > lowerLimit && !ByteClass.isWhitespace(text[end - 1]) { end -= 1 }
    while words.count < count {
      while end > lowerLimit && ByteClass.isWhitespace(text[end - 1]) { end -= 1 }
      guard end > lowerLimit else { break }
      var start = end
      while start > lowerLimit && !ByteClass.isWhitespace(text[start - 1]) { start -= 1 }
      words.append(String(decoding: text[start..<end], as: UTF8.self).lowercased())
      end = start
    }
    return words
  }
}

extension SentenceSplitter {
  /// What follows a period, as ``PeriodRule`` sees it.
  enum Following {
    /// A capital letter; `word` gives the lowercased word it starts.
    case capital(word: () -> String)
    case digit
    case other
  }
}

extension SentenceSplitter.Next {
  var rule: SentenceSplitter.Following {
    switch self {
    case .uppercase(let word): .capital(word: word)
    case .digit: .digit
    default: .other
    }
  }
}
