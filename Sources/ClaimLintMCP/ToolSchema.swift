import MCP

/// The JSON Schemas of the tools' inputs: built here, and read back to check a call's arguments.
enum ToolSchema {
  /// An object schema with these properties, none other allowed.
  static func object(_ properties: [String: Value], required: [String] = []) -> Value {
    [
      "type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) }),
      "additionalProperties": false,
    ]
  }

  /// A string property, optionally one of `choices`.
  static func string(_ description: String, choices: [String]? = nil) -> Value {
    var schema: [String: Value] = ["type": "string", "description": .string(description)]
    if let choices { schema["enum"] = .array(choices.map { .string($0) }) }
    return .object(schema)
  }

  /// An array-of-strings property, each optionally one of `choices`.
  static func strings(_ description: String, choices: [String]? = nil) -> Value {
    var items: [String: Value] = ["type": "string"]
    if let choices { items["enum"] = .array(choices.map { .string($0) }) }
    return ["type": "array", "items": .object(items), "description": .string(description)]
  }

  static func boolean(_ description: String) -> Value {
    ["type": "boolean", "description": .string(description)]
  }

  /// The names of the tool's input properties.
  static func propertyNames(of tool: Tool) -> Set<String> {
    Set(tool.inputSchema.objectValue?["properties"]?.objectValue?.keys ?? [:].keys)
  }

  /// The names the tool requires, in schema order.
  static func requiredNames(of tool: Tool) -> [String] {
    tool.inputSchema.objectValue?["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
  }
}
