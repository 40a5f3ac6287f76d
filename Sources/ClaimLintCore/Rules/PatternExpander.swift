/// Prepares a rule pattern for PCRE2: expands `{{lexicon}}` references and lets quotes and µ match their
/// typographic twins, keeping a map from the result back to the pattern as written (for error columns).
///
/// Outside character classes `'` becomes `['’‘]`, `"` becomes `["“”]` and `µ` becomes `[µμ]`; inside a
/// class the twins are added to it. Named-group syntax (`(?'name'…)`, `\k'name'`, `\g'name'`) and
/// `\Q…\E` literals are left alone.
///
/// A lexicon matched by vocabulary becomes a ``TermSlot`` per use; the expansion lists the term lexicon of
/// each slot, which ``Pattern`` needs to match it.
struct PatternExpander {
  /// Compiled lexicon fragments by name.
  let lexicons: [String: LexiconFragment]

  /// The expanded pattern and, for each expanded byte, where it came from in the written pattern.
  struct Expansion {
    var text: String
    /// Segments in expanded order: `expanded` byte offset → `source` byte offset; `verbatim` segments
    /// map byte for byte, the others (lexicons, quote classes) map to their start.
    var segments: [(expanded: Int, source: Int, verbatim: Bool)]
    /// The term lexicon of each term slot, by slot number.
    var slots: [Int] = []

    /// The byte offset in the written pattern of byte `offset` of the expansion.
    func sourceOffset(_ offset: Int) -> Int {
      guard let segment = segments.last(where: { $0.expanded <= offset }) else { return 0 }
      return segment.verbatim ? segment.source + (offset - segment.expanded) : segment.source
    }
  }

  /// An unknown lexicon name at a byte offset of the written pattern.
  struct UnknownLexicon: Error {
    var name: String
    var offset: Int
  }

  func expand(_ pattern: String) throws(UnknownLexicon) -> Expansion {
    let bytes = Array(pattern.utf8)
    var output: [UInt8] = []
    var segments: [(expanded: Int, source: Int, verbatim: Bool)] = []
    var verbatimOpen = false
    var inClass = false
    var inQuote = false
    var index = 0
    var slots: [Int] = []

    func emitVerbatim(_ slice: ArraySlice<UInt8>, at source: Int) {
      if !verbatimOpen {
        segments.append((output.count, source, true))
        verbatimOpen = true
      }
      output += slice
    }
    func emitReplacement(_ text: String, at source: Int) {
      segments.append((output.count, source, false))
      output += Array(text.utf8)
      verbatimOpen = false
    }

    while index < bytes.count {
      let byte = bytes[index]
      let length = SourceText.sequenceLength(byte)
      let scalar = bytes[index..<min(bytes.count, index + length)]
      if inQuote {
        // Inside \Q…\E everything is literal until \E.
        if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "E") { inQuote = false }
        emitVerbatim(scalar, at: index)
        index += length
        continue
      }
      if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
        let next = bytes[index + 1]
        if next == UInt8(ascii: "Q") { inQuote = true }
        if (next == UInt8(ascii: "k") || next == UInt8(ascii: "g")), index + 2 < bytes.count,
          bytes[index + 2] == UInt8(ascii: "'")
        {
          let end = Self.closingQuote(in: bytes, after: index + 3)
          emitVerbatim(bytes[index..<end], at: index)
          index = end
          continue
        }
        let escapeLength = 1 + SourceText.sequenceLength(next)
        emitVerbatim(bytes[index..<min(bytes.count, index + escapeLength)], at: index)
        index += escapeLength
        continue
      }
      if !inClass, byte == UInt8(ascii: "("), bytes[index...].starts(with: Array("(?'".utf8)) {
        let end = Self.closingQuote(in: bytes, after: index + 3)
        emitVerbatim(bytes[index..<end], at: index)
        index = end
        continue
      }
      if !inClass, byte == UInt8(ascii: "{"), bytes[index...].starts(with: [0x7B, 0x7B]),
        let close = Self.find([0x7D, 0x7D], in: bytes, from: index + 2)
      {
        let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self).trimmedWhitespace
        guard let fragment = lexicons[name] else { throw UnknownLexicon(name: name, offset: index) }
        var alternatives = fragment.regex.isEmpty ? [] : [fragment.regex]
        for lexicon in fragment.termLexicons {
          alternatives.append(TermSlot.regex(slot: slots.count))
          slots.append(lexicon)
        }
        emitReplacement("(?:\(alternatives.isEmpty ? "(?!)" : alternatives.joined(separator: "|")))", at: index)
        index = close + 2
        continue
      }
      if byte == UInt8(ascii: "[") && !inClass {
        inClass = true
        emitVerbatim(scalar, at: index)
        index += 1
        // A `]` (or `^]`) right after the opening bracket is literal.
        if index < bytes.count, bytes[index] == UInt8(ascii: "^") { emitVerbatim(bytes[index..<index + 1], at: index); index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { emitVerbatim(bytes[index..<index + 1], at: index); index += 1 }
        continue
      }
      if byte == UInt8(ascii: "]") && inClass { inClass = false }
      let character = String(decoding: scalar, as: UTF8.self)
      if let twins = Self.twins[character] {
        emitReplacement(inClass ? twins : "[\(twins)]", at: index)
      } else {
        emitVerbatim(scalar, at: index)
      }
      index += length
    }
    return Expansion(text: String(decoding: output, as: UTF8.self), segments: segments, slots: slots)
  }

  /// Characters that also match their typographic twins, as class contents.
  private static let twins: [String: String] = ["'": "'’‘", "\"": "\"“”", "µ": "µμ", "μ": "µμ"]

  private static func closingQuote(in bytes: [UInt8], after start: Int) -> Int {
    var index = start
    while index < bytes.count, bytes[index] != UInt8(ascii: "'") { index += 1 }
    return min(bytes.count, index + 1)
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    var index = start
    while index + needle.count <= bytes.count {
      if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
