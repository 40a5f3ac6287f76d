/// Bare URLs and e-mail addresses in prose (GFM's extended autolinks), which every format masks.
enum BareLinks {
  /// Masks every bare URL and e-mail address in `range`.
  static func mask(_ buffer: inout ScanBuffer, in range: Range<Int>) {
    var index = range.lowerBound
    var floor = range.lowerBound
    while index < range.upperBound {
      switch buffer.text[index] {
      case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "w"), UInt8(ascii: "W"):
        if let end = url(buffer.text, at: index, range: range, insideBrackets: false) {
          buffer.mask(index..<end)
          index = end
          floor = end
          continue
        }
      case UInt8(ascii: "@"):
        if let address = email(buffer.text, at: index, floor: floor, limit: range.upperBound) {
          buffer.mask(address)
          index = address.upperBound
          floor = index
          continue
        }
      case UInt8(ascii: "<"), UInt8(ascii: ">"):
        floor = index + 1
      default:
        break
      }
      index += 1
    }
  }

  /// A bare `http://`, `https://` or `www.` URL starting at `index`: its end after GFM's trailing-punctuation
  /// rules (`.`, `,`, `:`, `!`, `?`, quotes, unbalanced `)` or `]`, and a trailing entity-like `&name;` are
  /// not part of it). Inside link brackets a URL also stops at `]`.
  static func url(_ text: [UInt8], at index: Int, range: Range<Int>, insideBrackets: Bool) -> Int? {
    let limit = range.upperBound
    if index > range.lowerBound {
      let previous = text[index - 1]
      if ByteClass.isAlphanumeric(previous) || "/.@:-&=#%+?_".utf8.contains(previous) { return nil }
    }
    var prefixLength = 0
    for prefix in ["https://", "http://", "www."] where ByteClass.hasPrefix(prefix, in: text, at: index, limit: limit) {
      prefixLength = prefix.utf8.count
      break
    }
    guard prefixLength > 0, index + prefixLength < limit, ByteClass.isAlphanumeric(text[index + prefixLength]) else {
      return nil
    }
    var end = index + prefixLength
    var opens = 0
    var closes = 0
    var openBrackets = 0
    var closeBrackets = 0
    while end < limit {
      let byte = text[end]
      if ByteClass.isWhitespace(byte) || byte == UInt8(ascii: "<") { break }
      if insideBrackets && byte == UInt8(ascii: "]") { break }
      switch byte {
      case UInt8(ascii: "("): opens += 1
      case UInt8(ascii: ")"): closes += 1
      case UInt8(ascii: "["): openBrackets += 1
      case UInt8(ascii: "]"): closeBrackets += 1
      default: break
      }
      end += 1
    }
    while end > index + prefixLength {
      let last = text[end - 1]
      if "?!.,:*_~'\"".utf8.contains(last) {
        end -= 1
      } else if last == UInt8(ascii: ")") && closes > opens {
        closes -= 1
        end -= 1
      } else if last == UInt8(ascii: "]") && closeBrackets > openBrackets {
        closeBrackets -= 1
        end -= 1
      } else if last == UInt8(ascii: ";"), let ampersand = entityStart(text, before: end - 1, lowerLimit: index) {
        end = ampersand
      } else {
        break
      }
    }
    return end > index + prefixLength ? end : nil
  }

  /// The `&` of an entity-like `&name;` that ends at `semicolon`.
  private static func entityStart(_ text: [UInt8], before semicolon: Int, lowerLimit: Int) -> Int? {
    var position = semicolon
    while position > lowerLimit && ByteClass.isAlphanumeric(text[position - 1]) { position -= 1 }
    guard position < semicolon, position > lowerLimit, text[position - 1] == UInt8(ascii: "&") else { return nil }
    return position - 1
  }

  /// A bare e-mail address whose `@` is at `index`: local part back to `floor`, a domain with a dot.
  static func email(_ text: [UInt8], at index: Int, floor: Int, limit: Int) -> Range<Int>? {
    var start = index
    while start > floor && isBareEmailLocal(text[start - 1]) { start -= 1 }
    guard start < index else { return nil }
    var end = index + 1
    var sawDot = false
    while end < limit {
      let byte = text[end]
      if byte == UInt8(ascii: ".") {
        guard end + 1 < limit, ByteClass.isAlphanumeric(text[end + 1]) else { break }
        sawDot = true
      } else if !(ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")) {
        break
      }
      end += 1
    }
    guard sawDot, end > index + 1, ByteClass.isAlphanumeric(text[end - 1]) else { return nil }
    return start..<end
  }

  private static func isBareEmailLocal(_ byte: UInt8) -> Bool {
    ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
  }

}
