import ClaimLintCore
import Foundation
import MCP

/// Answers tool calls: lint a text, explain a rule, list the rules, judge a sentence. One instance holds
/// the compiled rules for the whole session; calls run one at a time.
public actor ClaimLintTools {
  var linter: TextLinter
  nonisolated let catalog: ToolCatalog

  /// Compiles the built-in rules (about a second in a debug build).
  public init() {
    linter = TextLinter()
    catalog = ToolCatalog(profiles: linter.ruleSet.profiles)
  }

  /// The tools, for `tools/list`.
  public nonisolated var tools: [Tool] { catalog.tools }

  /// The answer to one call; every problem is a tool error (`isError`), never a thrown error.
  public func call(_ name: String, arguments: [String: Value]?) -> CallTool.Result {
    do throws(ToolFailure) {
      let tool = try catalog.tool(name)
      let given = try ToolArguments(arguments, for: tool)
      switch name {
      case ToolCatalog.lintText: return try lint(given)
      case ToolCatalog.explainRule: return try explain(given)
      case ToolCatalog.listRules: return try list(given)
      default: return try judge(given)
      }
    } catch {
      return error.result
    }
  }

  /// A result that carries `value` as structured content and, for clients that read only text, as
  /// compact JSON (or `text` when given).
  static func structured(_ value: Value, text: String? = nil) -> CallTool.Result {
    CallTool.Result(
      content: [.text(text: text ?? compactJSON(value), annotations: nil, _meta: nil)], structuredContent: Optional(value),
      isError: false)
  }

  /// `value` as one line of JSON with sorted keys.
  static func compactJSON(_ value: Value) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
  }

  /// `value` as a ``Value``, through JSON.
  static func value(_ encodable: some Encodable) -> Value {
    let encoder = JSONEncoder()
    guard let data = try? encoder.encode(encodable), let value = try? JSONDecoder().decode(Value.self, from: data) else {
      return .null
    }
    return value
  }
}
