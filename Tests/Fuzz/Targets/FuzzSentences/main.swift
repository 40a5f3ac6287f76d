import FuzzSupport
@testable import ClaimLintCore

// Sentence splitter: sentences are in order, do not overlap and stay inside the range given.
runFuzzer { bytes in
  let lower = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
  let range = lower..<bytes.count
  var previous = range.lowerBound
  for sentence in SentenceSplitter().split(bytes, in: range) {
    check(sentence.lowerBound >= previous && sentence.upperBound <= range.upperBound,
          "sentence \(sentence) after \(previous) in \(range)")
    previous = sentence.upperBound
  }
  _ = SentenceSplitter().split(String(decoding: bytes, as: UTF8.self))
}
