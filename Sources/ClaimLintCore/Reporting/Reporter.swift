/// Turns a ``LintReport`` into the text of one output format.
///
/// Reporters are pure: they build a string and never print. The CLI writes it to stdout.
public protocol Reporter: Sendable {
  /// The `--format` name.
  static var identifier: String { get }
  /// The whole report.
  func render(_ report: LintReport) -> String
}
