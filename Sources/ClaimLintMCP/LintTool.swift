import ClaimLintCore
import Foundation
import MCP

extension ClaimLintTools {
  /// `lint_text`: the JSON report of the text, with each diagnostic's words and the text with its fixes.
  func lint(_ arguments: ToolArguments) throws(ToolFailure) -> CallTool.Result {
    let input = try Self.lintInput(arguments)
    let outcome: LintOutcome
    do throws(ToolError) {
      outcome = try linter.lint(input)
    } catch {
      throw ToolFailure(error.message + ".")
    }
    let problems = outcome.errors.filter { $0.severity == .error }
    guard problems.isEmpty, let file = outcome.files.first else {
      throw ToolFailure("the text could not be linted as asked:\n" + outcome.errors.map(\.description).joined(separator: "\n"))
    }
    return Self.structured(.object(Self.reply(outcome, file: file.report)))
  }

  /// The core's JSON report with `text` added to each diagnostic, `fixedText` and `fails`.
  static func reply(_ outcome: LintOutcome, file: FileReport) -> [String: Value] {
    let rendered = JSONReporter().render(outcome.report)
    var reply = (try? JSONDecoder().decode([String: Value].self, from: Data(rendered.utf8))) ?? [:]
    // The report lists this one file's diagnostics in its order.
    let words = file.diagnostics.map { Value.string(file.source.text(in: $0.range)) }
    let diagnostics = reply["diagnostics"]?.arrayValue ?? []
    reply["diagnostics"] = .array(
      zip(diagnostics, words).map { diagnostic, text in
        var entry = diagnostic.objectValue ?? [:]
        entry["text"] = text
        return .object(entry)
      })
    let plan = FixPlan(bytes: file.source.bytes, diagnostics: file.diagnostics)
    if plan.changes { reply["fixedText"] = .string(String(decoding: plan.fixed, as: UTF8.self)) }
    reply["fails"] = .bool(outcome.fails)
    return reply
  }

  /// The text and settings a call names, checked against the limits.
  static func lintInput(_ arguments: ToolArguments) throws(ToolFailure) -> TextLinter.Input {
    let bytes = try text(arguments)
    let configuration = try arguments.string("configuration")
    if let configuration {
      try InputLimits.check(configuration.utf8.count, of: "the configuration", limit: InputLimits.configurationBytes)
    }
    let format = try arguments.string("format").map { name throws(ToolFailure) -> DocumentFormat in
      guard let format = DocumentFormat(rawValue: name) else {
        throw ToolFailure("unknown format '\(name)'; the formats are markdown, html and text.")
      }
      return format
    }
    return TextLinter.Input(
      bytes: bytes, name: try arguments.string("filename"), format: format,
      profiles: try arguments.strings("profiles") ?? [], configuration: configuration)
  }

  /// The bytes of `text`, or of `text_base64` decoded; exactly one must be given.
  static func text(_ arguments: ToolArguments) throws(ToolFailure) -> [UInt8] {
    switch (try arguments.string("text"), try arguments.string("text_base64")) {
    case (let text?, nil):
      try InputLimits.check(text.utf8.count, of: "the text", limit: InputLimits.textBytes)
      return Array(text.utf8)
    case (nil, let encoded?):
      try InputLimits.check(encoded.utf8.count / 4 * 3, of: "the text", limit: InputLimits.textBytes)
      let unwrapped = encoded.filter { !$0.isWhitespace }  // line-wrapped base64 is still base64
      guard let data = Data(base64Encoded: unwrapped) else {
        throw ToolFailure("'text_base64' is not valid base64.")
      }
      try InputLimits.check(data.count, of: "the text", limit: InputLimits.textBytes)
      return Array(data)
    case (nil, nil):
      throw ToolFailure("lint_text needs 'text' (or 'text_base64').")
    case (_?, _?):
      throw ToolFailure("give 'text' or 'text_base64', not both.")
    }
  }
}
