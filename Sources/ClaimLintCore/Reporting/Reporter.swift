/// Turns a ``LintReport`` into the text of one output format.
///
/// Reporters are pure: they build a string and never print. The CLI writes it to stdout as is
/// (`print(text, terminator: "")`): every non-empty result already ends with a newline, and the
/// line-based formats (`text`, `gcc`, `github`) return an empty string when there is nothing to say.
public protocol Reporter: Sendable {
  /// The `--format` name.
  static var identifier: String { get }
  /// The whole report.
  func render(_ report: LintReport) -> String
}
