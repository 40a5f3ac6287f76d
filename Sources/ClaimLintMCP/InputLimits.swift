/// How much a client may send in one call; anything larger is a tool error.
enum InputLimits {
  /// A text to lint: 4 MiB of UTF-8, as for a document open in the language server.
  static let textBytes = 4 << 20
  /// One sentence to judge.
  static let sentenceBytes = 64 << 10
  /// A `.claimlint.yml` given as text.
  static let configurationBytes = 256 << 10

  /// "4 MiB" or "64 KiB".
  static func describe(_ bytes: Int) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
  }

  /// A failure unless `count` bytes of `what` fit in `limit`.
  static func check(_ count: Int, of what: String, limit: Int) throws(ToolFailure) {
    guard count > limit else { return }
    throw ToolFailure(
      "\(what) is \(count) bytes; the limit is \(limit) bytes (\(describe(limit))). Send it in smaller parts.")
  }
}
