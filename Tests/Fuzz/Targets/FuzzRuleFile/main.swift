import FuzzSupport
@testable import ClaimLintCore

// Rule-file loader: any YAML gives rules or errors; every error position lies inside the file.
runFuzzer { bytes in
  let text = String(decoding: bytes, as: UTF8.self)
  let parser = RuleFileParser(file: "fuzz.yml", text: text)
  _ = parser.parse()
  checkErrorPositions(parser.reader.errors, in: text)
}
