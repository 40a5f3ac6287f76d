/// Reads the `⟦…⟧` span markers of a rule example.
public struct ExampleMarkup: Sendable, Hashable {
  /// The example without its markers.
  public let text: String
  /// UTF-8 byte ranges the markers enclosed, in order.
  public let spans: [Range<Int>]

  public init(_ marked: String) {
    var text = ""
    var spans: [Range<Int>] = []
    var openedAt: Int?
    var length = 0
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦":
        openedAt = length
      case "⟧":
        if let start = openedAt { spans.append(start..<length) }
        openedAt = nil
      default:
        text.unicodeScalars.append(scalar)
        length += String(scalar).utf8.count
      }
    }
    self.text = text
    self.spans = spans
  }
}
