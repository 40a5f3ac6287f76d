/// Splits a sentence's UTF-8 bytes into ``ClaimToken``s with byte ranges.
///
/// Words keep inner hyphens and apostrophes ("cost-effective", "Alzheimer's"); `n't` and "cannot" are split
/// so negation is its own token; curly quotes become `"`/`'`, dashes become `--`; non-ASCII letters are
/// word characters. Runs in one pass over the bytes.
enum ClaimTokenizer {
  /// Tokens of `bytes`, each with its word classes filled in from `knowledge`.
  static func tokenize(_ bytes: [UInt8], knowledge: ClaimKnowledge = .builtIn) -> [ClaimToken] {
    var tokens: [ClaimToken] = []
    tokens.reserveCapacity(bytes.count / 5 + 4)
    scan(bytes, knowledge: knowledge) { range, mark in
      if let mark {
        tokens.append(punctuation(mark, range))
      } else {
        appendWord(bytes, range, knowledge, to: &tokens)
      }
    }
    for position in tokens.indices where tokens[position].kind == .word {
      // A capital "A" after a word is a name ("vitamin A", "hepatitis A"), not the article.
      if knowledge[.letterNames].contains(tokens[position].norm), tokens[position].isCapitalized, position > 0,
        tokens[position - 1].kind == .word,
        bytes[tokens[position - 1].range].contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
      {
        continue
      }
      tokens[position].classes = knowledge.wordClasses.classes(of: tokens[position].norm)
    }
    return tokens
  }

  /// The words and punctuation marks of `bytes` in order, before words get their normalized text: `visit`
  /// gets each word's range with a nil mark, and each mark's range with its normalized mark. Vocabulary
  /// matching reads words this way, without the contraction splits and strings of ``tokenize(_:knowledge:)``.
  static func scan(_ bytes: [UInt8], knowledge: ClaimKnowledge, _ visit: (Range<Int>, String?) -> Void) {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte <= 0x20 || byte == 0x7F {
        index += 1
        continue
      }
      if byte >= 0xC2, let special = specialSequence(bytes, at: index) {
        if let mark = special.mark { visit(index..<(index + special.length), mark) }
        index += special.length
        continue
      }
      if isWordByte(byte) {
        var end = wordEnd(bytes, from: index)
        // Abbreviations keep their final period so it does not end the sentence: "e.g.", "vs.", "et al.".
        if end < count, bytes[end] == UInt8(ascii: "."), isAbbreviation(bytes[index..<end], knowledge) { end += 1 }
        visit(index..<end, nil)
        index = end
        continue
      }
      // ASCII punctuation.
      if byte == UInt8(ascii: "-") {
        var end = index + 1
        while end < count, bytes[end] == UInt8(ascii: "-") { end += 1 }
        visit(index..<end, "--")
        index = end
        continue
      }
      visit(index..<(index + 1), byte == UInt8(ascii: "`") ? "'" : String(UnicodeScalar(byte)))
      index += 1
    }
  }

  private static func punctuation(_ mark: String, _ range: Range<Int>) -> ClaimToken {
    ClaimToken(kind: .punctuation, range: range, norm: mark, isCapitalized: false)
  }

  private static func word(_ range: Range<Int>, _ norm: String, _ capitalized: Bool) -> ClaimToken {
    ClaimToken(kind: .word, range: range, norm: norm, isCapitalized: capitalized)
  }

  /// ASCII letters and digits, and every byte of a non-ASCII scalar (the special ones are handled first).
  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
      return true
    default:
      return false
    }
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isWordByte(byte) && byte < 0x80
  }

  /// Multi-byte punctuation and spaces: curly quotes, dashes, ellipsis, guillemets, no-break and thin spaces.
  /// `mark` is nil for spaces.
  private static func specialSequence(_ bytes: [UInt8], at index: Int) -> (mark: String?, length: Int)? {
    let byte = bytes[index]
    if byte == 0xC2, index + 1 < bytes.count {
      switch bytes[index + 1] {
      case 0xA0, 0x85: return (nil, 2)
      case 0xAB, 0xBB: return ("\"", 2)
      default: return nil
      }
    }
    guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
    switch bytes[index + 2] {
    case 0x98, 0x99, 0x9B, 0xB2: return ("'", 3)
    case 0x9C, 0x9D, 0x9F, 0xB3: return ("\"", 3)
    case 0x93, 0x94, 0x95: return ("--", 3)
    case 0xA6: return (".", 3)
    case 0x80...0x8B, 0xA8, 0xA9, 0xAF: return (nil, 3)
    default: return nil
    }
  }

  /// End of the word that starts at `start`: letters, digits, and `-`, `'`, `’`, `.` (in numbers) between them.
  private static func wordEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var end = start
    let count = bytes.count
    while end < count {
      if specialSequence(bytes, at: end) != nil {
        // A right single quote between letters is an apostrophe ("don’t").
        if bytes[end] == 0xE2, end + 3 < count, bytes[end + 2] == 0x99, end > start,
          isAlphanumeric(bytes[end - 1]), isAlphanumeric(bytes[end + 3])
        {
          end += 3
          continue
        }
        break
      }
      let byte = bytes[end]
      if isWordByte(byte) {
        end += 1
        continue
      }
      let singleLetterBefore = end - start == 1 || (end >= start + 2 && bytes[end - 2] == UInt8(ascii: "."))
      let joins =
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
        || (byte == UInt8(ascii: ".") && end > start && (isDigit(bytes[end - 1]) || singleLetterBefore))
      let joinable =
        byte == UInt8(ascii: ".")
        ? isAlphanumeric(bytes[max(start, end - 1)]) && end + 1 < count && isAlphanumeric(bytes[end + 1])
        : end + 1 < count && isWordByte(bytes[end - 1]) && isWordByte(bytes[end + 1])
          && specialSequence(bytes, at: end + 1) == nil
      if joins, end > start, end + 1 < count, joinable {
        if byte == UInt8(ascii: ".") && isDigit(bytes[end - 1]) != isDigit(bytes[end + 1]) { break }
        end += 1
        continue
      }
      break
    }
    return end
  }

  private static func isAbbreviation(_ slice: ArraySlice<UInt8>, _ knowledge: ClaimKnowledge) -> Bool {
    guard slice.count <= 6 else { return false }
    let lowercased = String(decoding: slice.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    return knowledge[.abbreviations].contains(lowercased)
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// The negative clitic split off a word ("doesn't" → "does" "n't").
  static let negativeClitic = "n't"

  /// Appends the word in `range`, splitting `n't` and the contractions of the knowledge ("cannot", "it's").
  private static func appendWord(
    _ bytes: [UInt8], _ range: Range<Int>, _ knowledge: ClaimKnowledge, to tokens: inout [ClaimToken]
  ) {
    let norm = normalize(bytes[range])
    let capitalized = bytes[range.lowerBound] >= UInt8(ascii: "A") && bytes[range.lowerBound] <= UInt8(ascii: "Z")
    let kind: ClaimToken.Kind = isDigit(bytes[range.lowerBound]) ? .number : .word
    // "cannot", "it's": the first part is spelled as the word starts ("it’s" keeps its curly apostrophe).
    if let parts = knowledge.contractions[norm] {
      let split = range.lowerBound + parts[0].utf8.count
      tokens.append(word(range.lowerBound..<split, parts[0], capitalized))
      tokens.append(word(split..<range.upperBound, parts[1], false))
      return
    }
    if norm.hasSuffix(negativeClitic), norm.count > 3 {
      let suffixBytes =
        bytes[range].last == UInt8(ascii: "t") && bytes[range.upperBound - 2] == UInt8(ascii: "'") ? 3 : 5
      let split = range.upperBound - suffixBytes
      var stem = String(norm.dropLast(3))
      stem = knowledge.negativeStems[stem] ?? stem
      tokens.append(word(range.lowerBound..<split, stem, capitalized))
      tokens.append(word(split..<range.upperBound, negativeClitic, false))
      return
    }
    tokens.append(ClaimToken(kind: kind, range: range, norm: norm, isCapitalized: capitalized))
  }

  /// ASCII-lowercased text with `’` folded to `'`.
  ///
  /// Written straight into the string's storage: most words fit a small string, so no buffer is allocated.
  private static func normalize(_ slice: ArraySlice<UInt8>) -> String {
    String(unsafeUninitializedCapacity: slice.count) { out in
      var count = 0
      var index = slice.startIndex
      while index < slice.endIndex {
        let byte = slice[index]
        if byte == 0xE2, index + 2 < slice.endIndex, slice[index + 1] == 0x80, slice[index + 2] == 0x99 {
          out[count] = UInt8(ascii: "'")
          count += 1
          index += 3
          continue
        }
        out[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        count += 1
        index += 1
      }
      return count
    }
  }
}
