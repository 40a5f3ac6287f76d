import FuzzSupport
@testable import ClaimLintCore

// Configuration loader: any YAML gives a configuration or errors; every error position lies inside the file.
runFuzzer { bytes in
  let text = String(decoding: bytes, as: UTF8.self)
  let (_, errors) = Configuration.parse(path: ".claimlint.yml", text: text, folder: "docs")
  checkErrorPositions(errors, in: text)
}
