/// Escapes, quotations and character classes, for ``LiteralReader``.
extension LiteralReader {
  /// An escape, after its backslash.
  mutating func escape() throws -> RequiredLiterals {
    guard let byte = current else { throw Unreadable() }
    index += 1
    switch byte {
    case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"),
      UInt8(ascii: "G"), UInt8(ascii: "K"), UInt8(ascii: "E"):
      return .empty
    case UInt8(ascii: "Q"):
      index -= 1
      let start = index + 1
      try skipQuoted()
      let end = bytes[index - 2] == UInt8(ascii: "\\") && bytes[index - 1] == UInt8(ascii: "E") ? index - 2 : index
      return .sequence(bytes[start..<max(start, end)].map { $0 < 0x80 ? .literal($0) : .unknown })
    case UInt8(ascii: "x"): return hexCharacter()
    case UInt8(ascii: "n"): return .literal(0x0A)
    case UInt8(ascii: "t"): return .literal(0x09)
    case UInt8(ascii: "r"): return .literal(0x0D)
    case UInt8(ascii: "f"): return .literal(0x0C)
    case UInt8(ascii: "e"): return .literal(0x1B)
    case UInt8(ascii: "a"): return .literal(0x07)
    case UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "g"), UInt8(ascii: "k"), UInt8(ascii: "o"):
      // A property, a back reference or subroutine, an octal code: all name text not known here.
      if let open = current, [UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "'")].contains(open) {
        try skipPast(open == UInt8(ascii: "{") ? UInt8(ascii: "}") : open == UInt8(ascii: "<") ? UInt8(ascii: ">") : open)
      } else {
        index += 1
      }
      return .unknown
    case UInt8(ascii: "c"):
      index += 1  // a control character
      return .unknown
    case UInt8(ascii: "N") where current == UInt8(ascii: "{"):
      try skipPast(UInt8(ascii: "}"))  // \N{U+hh…}
      return .unknown
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      while let next = current, next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9") { index += 1 }
      return .unknown
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      return .unknown  // \d \w \s \h \v \R \X \N and their negations: classes
    case 0x80...: throw Unreadable()
    default: return .literal(byte)  // an escaped punctuation mark is itself
    }
  }

  /// `\x{hh…}` or `\xhh`, after the `x`: an ASCII character is a literal, any other is not.
  mutating func hexCharacter() -> RequiredLiterals {
    var digits: [UInt8] = []
    if current == UInt8(ascii: "{") {
      index += 1
      while let byte = current, byte != UInt8(ascii: "}") {
        digits.append(byte)
        index += 1
      }
      index += 1
    } else {
      while digits.count < 2, let byte = current, Self.hexValue(byte) != nil {
        digits.append(byte)
        index += 1
      }
    }
    var value = 0
    for digit in digits {
      guard let part = Self.hexValue(digit) else { return .unknown }
      value = min(value * 16 + part, 0x110000)
    }
    return value < 0x80 ? .literal(UInt8(value)) : .unknown
  }

  static func hexValue(_ byte: UInt8) -> Int? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
    default: nil
    }
  }

  /// A character class, after its `[`, up to and including its `]`.
  mutating func skipClass() throws {
    if current == UInt8(ascii: "^") { index += 1 }
    if current == UInt8(ascii: "]") { index += 1 }
    while let byte = current {
      index += 1
      switch byte {
      case UInt8(ascii: "]"): return
      case UInt8(ascii: "\\"):
        if current == UInt8(ascii: "Q") {
          try skipQuoted()
        } else {
          index += 1
        }
      case UInt8(ascii: "[") where current == UInt8(ascii: ":"):
        try skipPast(UInt8(ascii: "]"))  // [:alpha:]
      default: continue
      }
    }
    throw Unreadable()
  }

  /// Moves past the `\E` that ends a `\Q` quotation (or to the end), after the `Q`.
  mutating func skipQuoted() throws {
    index += 1
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "E") {
        index += 2
        return
      }
      index += 1
    }
  }
}
