/// What configuration makes of a rule: turn it off or give it a severity.
public enum RuleLevel: String, Sendable, Hashable, CaseIterable, Codable {
  case off
  case info
  case warning
  case error

  /// The severity diagnostics get, or `nil` when the rule is off.
  public var severity: Severity? {
    switch self {
    case .off: nil
    case .info: .info
    case .warning: .warning
    case .error: .error
    }
  }

  public init(_ severity: Severity) {
    switch severity {
    case .info: self = .info
    case .warning: self = .warning
    case .error: self = .error
    }
  }
}

/// The lowest severity that makes a run fail (`--fail-on`, `fail-on:`), or `never`.
public enum FailOn: String, Sendable, Hashable, CaseIterable, Codable {
  case error
  case warning
  case info
  case never

  /// The threshold severity, or `nil` for `never`.
  public var threshold: Severity? {
    switch self {
    case .error: .error
    case .warning: .warning
    case .info: .info
    case .never: nil
    }
  }

  /// Whether a diagnostic of `severity` fails the run.
  public func fails(_ severity: Severity) -> Bool {
    threshold.map { severity >= $0 } ?? false
  }
}
