import MCP

/// Why a tool call could not be answered, in words a model can act on; sent as a tool error
/// (`isError: true`), never as a crash or a protocol error.
struct ToolFailure: Error, Sendable, Equatable {
  var message: String

  init(_ message: String) {
    self.message = message
  }

  /// The result a client receives for this failure.
  var result: CallTool.Result {
    CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
  }
}
