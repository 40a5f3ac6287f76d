/// What a rule reports: a stable rule ID, a message, a UTF-8 byte range in the original file, notes and fix-its.
///
/// Findings carry no severity and no line/column: severity is decided by the engine and configuration,
/// positions are computed only when a reporter prints.
public struct Finding: Sendable, Hashable, Codable {
  /// The rule's stable ID, `family/name`.
  public var ruleID: String
  /// The message shown to the user.
  public var message: String
  /// Byte range in the original file.
  public var range: Range<Int>
  /// Extra explanation, optionally pointing at another place in the file.
  public var notes: [Note]
  /// Suggested edits.
  public var fixIts: [FixIt]

  public init(ruleID: String, message: String, range: Range<Int>, notes: [Note] = [], fixIts: [FixIt] = []) {
    self.ruleID = ruleID
    self.message = message
    self.range = range
    self.notes = notes
    self.fixIts = fixIts
  }
}

/// A note attached to a finding: text and, when it refers to a place in the file, that byte range.
public struct Note: Sendable, Hashable, Codable {
  public var message: String
  public var range: Range<Int>?

  public init(_ message: String, range: Range<Int>? = nil) {
    self.message = message
    self.range = range
  }
}

/// A suggested change: a short description and the edits that make it.
public struct FixIt: Sendable, Hashable, Codable {
  public var message: String
  public var edits: [TextEdit]

  public init(_ message: String, edits: [TextEdit]) {
    self.message = message
    self.edits = edits
  }
}

/// Replace the bytes in `range` of the original file with `replacement`.
public struct TextEdit: Sendable, Hashable, Codable {
  public var range: Range<Int>
  public var replacement: String

  public init(range: Range<Int>, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}
