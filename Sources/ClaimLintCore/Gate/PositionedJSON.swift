/// A JSON value with the line and column where it starts, so a file's problems can point into it.
struct PositionedJSON: Sendable {
  /// One member of an object, with the position of its key.
  struct Member: Sendable {
    var key: String
    var line: Int
    var column: Int
    var value: PositionedJSON
  }

  enum Value: Sendable {
    case object([Member])
    case array([PositionedJSON])
    case string(String)
    /// A number as written.
    case number(String)
    case bool(Bool)
    case null
  }

  var value: Value
  var line: Int
  var column: Int

  /// A syntax error: where and what.
  struct SyntaxError: Error, Sendable {
    var line: Int
    var column: Int
    var message: String
  }

  /// Parses one JSON text (RFC 8259), nested at most `depth` levels.
  static func parse(_ bytes: [UInt8], depth: Int = 256) -> Result<PositionedJSON, SyntaxError> {
    var reader = JSONByteReader(bytes: bytes, depthLimit: depth)
    return Result { () throws(SyntaxError) -> PositionedJSON in
      let value = try reader.value()
      reader.skipSpace()
      guard reader.atEnd else { throw reader.error("unexpected text after the JSON value") }
      return value
    }
  }

  /// What the value is, in words, for "must be … not …" messages.
  var kindName: String {
    switch value {
    case .object: "an object"
    case .array: "a list"
    case .string: "a string"
    case .number: "a number"
    case .bool: "true or false"
    case .null: "null"
    }
  }
}

/// The byte cursor behind ``PositionedJSON/parse(_:depth:)``; columns count Unicode scalars.
private struct JSONByteReader {
  let bytes: [UInt8]
  let depthLimit: Int
  var index = 0
  var line = 1
  var column = 1
  var depth = 0

  init(bytes: [UInt8], depthLimit: Int) {
    self.bytes = bytes
    self.depthLimit = depthLimit
  }

  var atEnd: Bool { index >= bytes.count }

  func error(_ message: String) -> PositionedJSON.SyntaxError {
    PositionedJSON.SyntaxError(line: line, column: column, message: message)
  }

  /// Moves past one character; lines end where ``SourceText``'s do (`\n`, `\r\n` or a lone `\r`).
  mutating func advance() {
    if bytes[index] == 0x0A || bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A) {
      line += 1
      column = 1
    } else if bytes[index] & 0xC0 != 0x80 {
      column += 1
    }
    index += 1
    // A continuation byte is part of the scalar already counted.
    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
  }

  mutating func skipSpace() {
    while !atEnd, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(PositionedJSON.SyntaxError) {
    skipSpace()
    guard !atEnd, bytes[index] == byte else { throw error("expected \(what)") }
    advance()
  }

  mutating func value() throws(PositionedJSON.SyntaxError) -> PositionedJSON {
    skipSpace()
    guard !atEnd else { throw error("expected a value, found the end of the file") }
    let (startLine, startColumn) = (line, column)
    let value: PositionedJSON.Value
    switch bytes[index] {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      depth += 1
      guard depth <= depthLimit else { throw error("nested more than \(depthLimit) levels deep") }
      value = bytes[index] == UInt8(ascii: "{") ? .object(try members()) : .array(try items())
      depth -= 1
    case UInt8(ascii: "\""): value = .string(try string())
    case UInt8(ascii: "t"): value = try word("true", .bool(true))
    case UInt8(ascii: "f"): value = try word("false", .bool(false))
    case UInt8(ascii: "n"): value = try word("null", .null)
    default: value = .number(try number())
    }
    return PositionedJSON(value: value, line: startLine, column: startColumn)
  }

  private mutating func members() throws(PositionedJSON.SyntaxError) -> [PositionedJSON.Member] {
    advance()  // {
    var result: [PositionedJSON.Member] = []
    skipSpace()
    if !atEnd, bytes[index] == UInt8(ascii: "}") {
      advance()
      return result
    }
    while true {
      skipSpace()
      guard !atEnd, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
      let (keyLine, keyColumn) = (line, column)
      let key = try string()
      try expect(UInt8(ascii: ":"), "':' after the key")
      result.append(PositionedJSON.Member(key: key, line: keyLine, column: keyColumn, value: try value()))
      skipSpace()
      guard !atEnd else { throw error("expected ',' or '}', found the end of the file") }
      if bytes[index] == UInt8(ascii: "}") {
        advance()
        return result
      }
      try expect(UInt8(ascii: ","), "',' or '}'")
    }
  }

  private mutating func items() throws(PositionedJSON.SyntaxError) -> [PositionedJSON] {
    advance()  // [
    var result: [PositionedJSON] = []
    skipSpace()
    if !atEnd, bytes[index] == UInt8(ascii: "]") {
      advance()
      return result
    }
    while true {
      result.append(try value())
      skipSpace()
      guard !atEnd else { throw error("expected ',' or ']', found the end of the file") }
      if bytes[index] == UInt8(ascii: "]") {
        advance()
        return result
      }
      try expect(UInt8(ascii: ","), "',' or ']'")
    }
  }

  private mutating func word(_ text: String, _ value: PositionedJSON.Value) throws(PositionedJSON.SyntaxError)
    -> PositionedJSON.Value
  {
    let expected = Array(text.utf8)
    guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
      throw error("expected a value")
    }
    for _ in expected { advance() }
    return value
  }

  private mutating func number() throws(PositionedJSON.SyntaxError) -> String {
    let start = index
    func digits(_ reader: inout JSONByteReader) -> Int {
      var count = 0
      while !reader.atEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.index]) {
        reader.advance()
        count += 1
      }
      return count
    }
    if !atEnd, bytes[index] == UInt8(ascii: "-") { advance() }
    let integer = index
    guard digits(&self) > 0 else { throw error("expected a value") }
    if bytes[integer] == UInt8(ascii: "0"), index - integer > 1 { throw error("a number may not start with 0") }
    if !atEnd, bytes[index] == UInt8(ascii: ".") {
      advance()
      guard digits(&self) > 0 else { throw error("expected digits after '.'") }
    }
    if !atEnd, bytes[index] | 0x20 == UInt8(ascii: "e") {
      advance()
      if !atEnd, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { advance() }
      guard digits(&self) > 0 else { throw error("expected digits in the exponent") }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func string() throws(PositionedJSON.SyntaxError) -> String {
    advance()  // "
    var scalars = String.UnicodeScalarView()
    while true {
      guard !atEnd else { throw error("unterminated string") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        advance()
        return String(scalars)
      }
      guard byte >= 0x20 else { throw error("a control character in a string must be escaped") }
      if byte == UInt8(ascii: "\\") {
        advance()
        scalars.append(try escaped())
        continue
      }
      let length = SourceText.sequenceLength(byte)
      let end = min(bytes.count, index + length)
      scalars.append(contentsOf: String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars)
      advance()
    }
  }

  private mutating func escaped() throws(PositionedJSON.SyntaxError) -> Unicode.Scalar {
    guard !atEnd else { throw error("unterminated string") }
    let byte = bytes[index]
    advance()
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
    case UInt8(ascii: "b"): return "\u{8}"
    case UInt8(ascii: "f"): return "\u{C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try hex4()
      guard (0xD800..<0xDC00).contains(high) else {
        guard let scalar = Unicode.Scalar(high) else { throw error("a lone low surrogate in \\u escape") }
        return scalar
      }
      guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
        throw error("a high surrogate without its low half")
      }
      advance()
      advance()
      let low = try hex4()
      guard (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
      else { throw error("a high surrogate without its low half") }
      return scalar
    default:
      throw error("unknown escape '\\\(Character(Unicode.Scalar(byte)))'")
    }
  }

  private mutating func hex4() throws(PositionedJSON.SyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard !atEnd, let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else {
        throw error("expected four hex digits after \\u")
      }
      value = value << 4 | UInt32(digit)
      advance()
    }
    return value
  }
}
