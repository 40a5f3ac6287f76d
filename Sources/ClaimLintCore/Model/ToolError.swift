/// A problem that stopped the tool from doing part of its job: an unreadable file, a bad rule file, a
/// pattern that gave up. Printed as `path:line:col: error: message` and answered with exit status 2.
public struct ToolError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file the problem is in (a linted file, a rule file, a configuration file), if any.
  public var path: String?
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column in Unicode scalars, when known.
  public var column: Int?
  /// What went wrong, in words a user can act on.
  public var message: String
  /// `error` makes the run fail with status 2; `warning` is reported but does not change the status.
  public var severity: Severity

  public init(path: String?, line: Int? = nil, column: Int? = nil, message: String, severity: Severity = .error) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.severity = severity
  }

  /// `path:line:col: error: message`, leaving out the parts that are unknown; odd bytes in the path
  /// shown escaped (``PathBytes/displayed(_:)``).
  public var description: String {
    var location = ""
    if let path {
      location = PathBytes.displayed(path)
      if let line {
        location += ":\(line)"
        if let column { location += ":\(column)" }
      }
      location += ": "
    }
    return "\(location)\(severity.rawValue): \(message)"
  }
}
