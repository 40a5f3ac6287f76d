import Testing
@testable import ClaimLintCore

@Suite struct CharacterReferencesTests {
  @Test(arguments: [
    ("&amp;", "&"), ("&lt;&gt;&quot;&apos;", "<>\"'"), ("&nbsp;", "\u{A0}"), ("&copy;&reg;&trade;", "©®™"),
    ("&micro;&deg;&plusmn;&frac12;", "µ°±½"), ("&Eacute;&eacute;&uuml;&szlig;&yuml;", "Ééüßÿ"),
    ("&lsquo;&rsquo;&ldquo;&rdquo;", "‘’“”"), ("&ndash;&mdash;&hellip;&bull;", "–—…•"),
    ("&alpha;&beta;&Omega;&sigmaf;", "αβΩς"), ("&le;&ge;&ne;&times;&divide;&minus;", "≤≥≠×÷−"),
    ("&euro;&pound;&yen;&cent;", "€£¥¢"), ("&check;&rarr;&frac13;", "✓→⅓"),
    ("&#8217;", "’"), ("&#x2019;", "’"), ("&#X2019;", "’"), ("&#65;&#x42;", "AB"),
    ("&#146;&#150;&#x80;", "’–€"), ("&#0;", "\u{FFFD}"), ("&#xD800;", "\u{FFFD}"), ("&#x110000;", "\u{FFFD}"),
    ("vita&shy;min", "vitamin"), ("vita&#173;min", "vitamin"),
  ])
  func decodes(_ input: String, _ expected: String) {
    #expect(CharacterReferences.decode(input) == expected)
  }

  @Test(arguments: ["&amp", "&unknownname;", "&#;", "&#x;", "&#xZZ;", "&#12345678;", "& amp;", "&AMP ;", "&Amp;"])
  func leavesMalformedReferences(_ input: String) {
    #expect(CharacterReferences.decode(input) == input)
  }

  @Test func everyLatin1NameIsKnown() {
    let names = ["nbsp", "iexcl", "cent", "shy", "macr", "deg", "sup3", "acute", "micro", "para", "frac34", "Agrave",
      "AElig", "ETH", "times", "THORN", "szlig", "aelig", "eth", "divide", "thorn", "yuml"]
    for name in names { #expect(NamedCharacterReferences.table[name] != nil, "\(name)") }
    #expect(NamedCharacterReferences.table["yuml"] == 0xFF)
    #expect(NamedCharacterReferences.table["nbsp"] == 0xA0)
  }

  @Test func decodeReportsTheEnd() throws {
    let bytes = Array("x&eacute;y".utf8)
    let (end, utf8) = try #require(CharacterReferences.decode(bytes, at: 1, limit: bytes.count))
    #expect(end == 9)
    #expect(utf8 == Array("é".utf8))
    #expect(CharacterReferences.decode(bytes, at: 1, limit: 8) == nil)
  }
}
