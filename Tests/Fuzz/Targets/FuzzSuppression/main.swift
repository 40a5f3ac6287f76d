import FuzzSupport
@testable import ClaimLintCore

// Suppression parser: any comment body parses or is refused, keeping the comment's range.
runFuzzer { bytes in
  let body = String(decoding: bytes, as: UTF8.self)
  let comment = ControlComment(range: 10..<(10 + bytes.count), body: body)
  if case .success(let directive) = SuppressionDirective.parse(comment) {
    check(directive.range == comment.range, "directive range \(directive.range) vs \(comment.range)")
  }
}
