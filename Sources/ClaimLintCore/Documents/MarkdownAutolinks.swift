/// CommonMark autolinks: `<scheme:…>` and `<address@example.org>`.
enum MarkdownAutolinks {
  /// The offset after a `<…>` URI or e-mail autolink at `index`, or `nil`.
  static func angleAutolink(_ text: [UInt8], at index: Int, limit: Int) -> Int? {
    var position = index + 1
    guard position < limit, ByteClass.isLetter(text[position]) else { return nil }
    // URI: scheme of 2–32 characters, a colon, then no spaces, `<` or `>`.
    while position < limit && position - index <= 33
      && (ByteClass.isAlphanumeric(text[position]) || "+.-".utf8.contains(text[position]))
    {
      position += 1
    }
    if position < limit && text[position] == UInt8(ascii: ":") && position - index - 1 >= 2 {
      position += 1
      while position < limit {
        let byte = text[position]
        if byte == UInt8(ascii: ">") { return position + 1 }
        if byte == UInt8(ascii: "<") || byte <= 0x20 || byte == 0x7F { return nil }
        position += 1
      }
      return nil
    }
    // E-mail.
    position = index + 1
    while position < limit && isEmailLocal(text[position]) { position += 1 }
    guard position > index + 1, position < limit, text[position] == UInt8(ascii: "@") else { return nil }
    position += 1
    let domainStart = position
    while position < limit && (ByteClass.isAlphanumeric(text[position]) || text[position] == UInt8(ascii: "-")
      || text[position] == UInt8(ascii: "."))
    {
      position += 1
    }
    guard position > domainStart, position < limit, text[position] == UInt8(ascii: ">") else { return nil }
    return position + 1
  }

  private static func isEmailLocal(_ byte: UInt8) -> Bool {
    ByteClass.isAlphanumeric(byte) || ".!#$%&'*+/=?^_`{|}~-".utf8.contains(byte)
  }
}
