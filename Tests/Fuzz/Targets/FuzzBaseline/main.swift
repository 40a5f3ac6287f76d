import FuzzSupport
@testable import ClaimLintCore

// Baseline reader: any bytes give a baseline or problems; every problem position lies inside the file.
runFuzzer { bytes in
  let (_, problems) = Baseline.decode(bytes, path: "fuzz.json")
  checkErrorPositions(problems, in: String(decoding: bytes, as: UTF8.self))
}
