import Foundation
import MCP

/// A tool call's arguments, read with the checks a model's slips need: names the tool has, and values of
/// the type its schema gives.
struct ToolArguments: Sendable {
  let tool: Tool
  let values: [String: Value]

  /// Fails for an argument the tool's schema does not name, or a required one that is missing.
  init(_ values: [String: Value]?, for tool: Tool) throws(ToolFailure) {
    self.tool = tool
    self.values = values ?? [:]
    let known = ToolSchema.propertyNames(of: tool)
    if let unknown = self.values.keys.sorted().first(where: { !known.contains($0) }) {
      throw ToolFailure(
        "\(tool.name) has no argument '\(unknown)'; its arguments are \(known.sorted().joined(separator: ", ")).")
    }
    if let missing = ToolSchema.requiredNames(of: tool).first(where: { self.values[$0] == nil }) {
      throw ToolFailure("\(tool.name) needs the argument '\(missing)'.")
    }
  }

  /// A string argument, or `nil` when it is absent or null.
  func string(_ name: String) throws(ToolFailure) -> String? {
    switch values[name] {
    case nil, .null?: return nil
    case .string(let text)?: return text
    case .data?:
      // The SDK reads a string that looks like a data URL as data; the client sent a string.
      guard let value = values[name], let encoded = try? JSONEncoder().encode(value) else { break }
      return try? JSONDecoder().decode(String.self, from: encoded)
    default: break
    }
    throw mistyped(name, "a string")
  }

  /// An array-of-strings argument, or `nil` when it is absent or null.
  func strings(_ name: String) throws(ToolFailure) -> [String]? {
    switch values[name] {
    case nil, .null?: return nil
    case .array(let items)?:
      let texts = items.compactMap(\.stringValue)
      if texts.count == items.count { return texts }
    default: break
    }
    throw mistyped(name, "an array of strings")
  }

  /// A boolean argument, or `nil` when it is absent or null.
  func bool(_ name: String) throws(ToolFailure) -> Bool? {
    switch values[name] {
    case nil, .null?: return nil
    case .bool(let flag)?: return flag
    default: throw mistyped(name, "true or false")
    }
  }

  private func mistyped(_ name: String, _ expected: String) -> ToolFailure {
    ToolFailure("\(tool.name): '\(name)' must be \(expected).")
  }
}
