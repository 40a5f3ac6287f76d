/// Finds the spans inside quotation marks in a piece of text (straight and typographic, double and single).
///
/// Apostrophes inside words ("K2's", "don't") and after plurals ("patients' ") are not quotes. An opening
/// mark with no closing mark in the same text is ignored.
enum QuoteFinder {
  /// Byte ranges of quoted content (without the marks), relative to `bytes`' indices.
  static func spans(in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
    let text = String(decoding: bytes, as: UTF8.self)
    var result: [Range<Int>] = []
    var openDouble: (offset: Int, straight: Bool)?
    var openSingle: (offset: Int, straight: Bool)?
    var offset = bytes.startIndex
    var previous: Unicode.Scalar = " "
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let next = index + 1 < scalars.count ? scalars[index + 1] : " "
      let width = String(scalar).utf8.count
      switch scalar {
      case "“":
        openDouble = (offset + width, false)
      case "”":
        if let open = openDouble, !open.straight { result.append(open.offset..<offset) }
        openDouble = nil
      case "\"":
        if let open = openDouble, open.straight {
          result.append(open.offset..<offset)
          openDouble = nil
        } else if openDouble == nil {
          openDouble = (offset + width, true)
        }
      case "‘", "'", "’":
        let straight = scalar == "'"
        let letterBefore = isWordish(previous)
        let letterAfter = isWordish(next)
        if letterBefore && letterAfter { break }  // an apostrophe inside a word
        if !letterBefore && letterAfter && scalar != "’" {
          openSingle = (offset + width, straight)
        } else if letterBefore || !letterAfter, let open = openSingle, scalar != "‘" {
          result.append(open.offset..<offset)
          openSingle = nil
        }
      default:
        break
      }
      previous = scalar
      offset += width
    }
    return result.sorted { $0.lowerBound < $1.lowerBound }
  }

  private static func isWordish(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
