import FuzzSupport
import ClaimLintServer

// Message framer: the events do not depend on how the stream is split into reads.
runFuzzer { bytes in
  guard !bytes.isEmpty else { return }
  let stream = Array(bytes.dropFirst())
  var whole = MessageFramer(limit: 4096)
  let expected = whole.append(stream)
  var pieces = MessageFramer(limit: 4096)
  var events: [MessageFramer.Event] = []
  let step = Int(bytes[0]) % 17 + 1
  for start in stride(from: 0, to: stream.count, by: step) {
    events += pieces.append(stream[start..<min(stream.count, start + step)])
  }
  check(events == expected, "split into reads of \(step) bytes: \(events.count) events, whole: \(expected.count)")
}
