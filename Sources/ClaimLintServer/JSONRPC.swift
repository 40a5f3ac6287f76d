import Foundation

/// JSON-RPC 2.0 envelopes: what arrives (decoded loosely, so a bad message can still be answered) and
/// what the server sends.
enum JSONRPC {
  /// The standard and LSP error codes the server uses.
  enum ErrorCode: Int {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestFailed = -32803
  }

  /// The fields of any incoming message; which are present tells a request, a notification and a response apart.
  struct Incoming: Decodable {
    var jsonrpc: String?
    var id: JSONValue?
    var method: String?
    var hasResult: Bool

    enum Keys: String, CodingKey { case jsonrpc, id, method, result, error }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: Keys.self)
      jsonrpc = try? container.decodeIfPresent(String.self, forKey: .jsonrpc)
      id = try? container.decodeIfPresent(JSONValue.self, forKey: .id)
      method = try? container.decodeIfPresent(String.self, forKey: .method)
      hasResult = container.contains(.result) || container.contains(.error)
    }
  }

  /// The `params` of a message, decoded as `P`.
  struct Params<P: Decodable>: Decodable {
    var params: P
  }

  struct Response<R: Encodable>: Encodable {
    var id: JSONValue
    var result: R?

    enum Keys: String, CodingKey { case jsonrpc, id, result }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode("2.0", forKey: .jsonrpc)
      try container.encode(id, forKey: .id)
      try container.encode(result, forKey: .result)  // `null` when there is none, never left out
    }
  }

  struct ErrorResponse: Encodable {
    struct Failure: Encodable {
      var code: Int
      var message: String
    }

    var jsonrpc = "2.0"
    var id: JSONValue
    var error: Failure
  }

  struct Notification<P: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var method: String
    var params: P
  }

  struct Request<P: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var id: JSONValue
    var method: String
    var params: P
  }

  /// Encodes with sorted keys, so what the server sends is the same bytes every time.
  static func encode(_ value: some Encodable) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? Array(encoder.encode(value))) ?? Array(#"{"jsonrpc":"2.0","method":"$/claimlint/encodingFailed"}"#.utf8)
  }
}
