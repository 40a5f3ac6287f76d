import ClaimLintCore
import Foundation

/// claimlint's Language Server Protocol 3.17 server, without its transport: JSON-RPC message bodies go
/// in through ``handle(_:)``, and everything the server says goes out through `send`, one body at a time.
///
/// Linting after `didChange` waits for the typing to pause (``Settings/debounce``); the transport calls
/// ``runDueLints(now:)`` when ``nextDeadline`` passes. A malformed message, an unknown method or an
/// oversized document is answered with a JSON-RPC error or a message to the user, never a crash.
public final class LanguageServer {
  /// How the server behaves; the command line sets these.
  public struct Settings: Sendable {
    /// The choices of the command line (`--rules`, `--profile`, `--config`…), for every document.
    public var options: LintWorkspace.Options
    /// Seconds to wait after a change before linting.
    public var debounce: Double
    /// Documents larger than this many bytes are not linted.
    public var documentLimit: Int
    /// The folder used when the client names no workspace root.
    public var defaultFolder: String
    /// The version `initialize` reports.
    public var version: String

    public init(
      options: LintWorkspace.Options = LintWorkspace.Options(), debounce: Double = 0.1, documentLimit: Int = 4 << 20,
      defaultFolder: String = LocalFileSystem.currentFolder, version: String = "0.1.0"
    ) {
      self.options = options
      self.debounce = debounce
      self.documentLimit = documentLimit
      self.defaultFolder = defaultFolder
      self.version = version
    }
  }

  enum State {
    case waiting
    case running
    case shuttingDown
  }

  let settings: Settings
  let send: ([UInt8]) -> Void
  /// Monotonic seconds, for debouncing.
  let clock: () -> Double
  var state = State.waiting
  var encoding = PositionEncoding.utf16
  var client = ClientCapabilities()
  var workspace: LintWorkspace?
  var documents: [String: OpenDocument] = [:]
  /// URI → when its pending lint is due.
  var due: [String: Double] = [:]
  /// Problems in configuration and rule files, by the open document whose lint found them, then by file URI.
  var settingsProblems: [String: [String: [LSP.Diagnostic]]] = [:]
  /// Settings-file URIs whose diagnostics were last published, with what was published.
  var publishedSettings: [String: [LSP.Diagnostic]] = [:]
  /// The last settings problems shown with `window/showMessage`, so they are not shown on every keystroke.
  var shownProblems: [String] = []
  /// Metadata of the rules that ran, for hover.
  var rules: [String: RuleMetadata] = [:]
  private var nextRequestID = 1
  /// The status `exit` asks for: 0 after `shutdown`, 1 without. `nil` until then.
  public private(set) var exitStatus: Int32?

  public init(settings: Settings = Settings(), clock: @escaping () -> Double = LanguageServer.monotonicSeconds, send: @escaping ([UInt8]) -> Void) {
    self.settings = settings
    self.clock = clock
    self.send = send
    for rule in MetaRules.metadata { rules[rule.id] = rule }
  }

  public static func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }

  /// Handles one message body.
  public func handle(_ body: [UInt8]) {
    guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) else {
      return fail(.null, .parseError, "the message is not valid JSON")
    }
    guard case .object = value, let message = try? JSONDecoder().decode(JSONRPC.Incoming.self, from: Data(body)) else {
      return fail(.null, .invalidRequest, "a message must be a JSON object")
    }
    guard let method = message.method else {
      if message.hasResult { return }  // the client's answer to registerCapability; nothing to do
      return fail(message.id ?? .null, .invalidRequest, "a request needs a 'method'")
    }
    if let id = message.id {
      request(method, id: id, body: body)
    } else {
      notification(method, body: body)
    }
  }

  /// Answers a request.
  private func request(_ method: String, id: JSONValue, body: [UInt8]) {
    switch (state, method) {
    case (.waiting, "initialize"):
      initialize(id: id, body: body)
    case (.waiting, _):
      fail(id, .serverNotInitialized, "the server has not been initialized")
    case (.running, "initialize"):
      fail(id, .invalidRequest, "the server is already initialized")
    case (.shuttingDown, _):
      fail(id, .invalidRequest, "the server is shutting down")
    case (.running, "shutdown"):
      state = .shuttingDown
      respond(id, JSONValue.null)
    case (.running, "textDocument/codeAction"):
      guard let params = decode(LSP.CodeActionParams.self, body, id: id) else { return }
      respond(id, codeActions(params))
    case (.running, "textDocument/hover"):
      guard let params = decode(LSP.HoverParams.self, body, id: id) else { return }
      respond(id, hover(params))
    case (.running, _):
      fail(id, .methodNotFound, "unknown method '\(method)'")
    }
  }

  /// Acts on a notification; one that cannot be read is logged, since it cannot be answered.
  private func notification(_ method: String, body: [UInt8]) {
    if method == "exit" {
      exitStatus = state == .shuttingDown ? 0 : 1
      return
    }
    guard state == .running else { return }
    switch method {
    case "initialized": registerWatchers()
    case "textDocument/didOpen": decode(LSP.DidOpenParams.self, body, method).map(didOpen)
    case "textDocument/didChange": decode(LSP.DidChangeParams.self, body, method).map(didChange)
    case "textDocument/didClose": decode(LSP.DocumentParams.self, body, method).map(didClose)
    case "textDocument/didSave": decode(LSP.DocumentParams.self, body, method).map(didSave)
    case "workspace/didChangeWatchedFiles": decode(LSP.DidChangeWatchedFilesParams.self, body, method).map(filesChanged)
    default: break  // $/cancelRequest, $/setTrace and the like need nothing
    }
  }

  /// The params of a request, or `nil` after answering it with an invalid-params error.
  private func decode<P: Decodable>(_ type: P.Type, _ body: [UInt8], id: JSONValue) -> P? {
    do {
      return try JSONDecoder().decode(JSONRPC.Params<P>.self, from: Data(body)).params
    } catch {
      fail(id, .invalidParams, "invalid params: \(Self.describe(error))")
      return nil
    }
  }

  /// The params of a notification, or `nil` after logging why they could not be read.
  private func decode<P: Decodable>(_ type: P.Type, _ body: [UInt8], _ method: String) -> P? {
    do {
      return try JSONDecoder().decode(JSONRPC.Params<P>.self, from: Data(body)).params
    } catch {
      notify("window/logMessage", LSP.ShowMessageParams(type: 2, message: "claimlint ignored \(method): invalid params: \(Self.describe(error))"))
      return nil
    }
  }

  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    switch error {
    case .keyNotFound(let key, let context): return "missing '\(path(context, key))'"
    case .typeMismatch(_, let context), .valueNotFound(_, let context): return "wrong type at '\(path(context, nil))'"
    case .dataCorrupted(let context): return "bad value at '\(path(context, nil))'"
    @unknown default: return "invalid"
    }
  }

  private static func path(_ context: DecodingError.Context, _ key: (any CodingKey)?) -> String {
    (context.codingPath + (key.map { [$0] } ?? [])).map { $0.intValue.map(String.init) ?? $0.stringValue }
      .joined(separator: ".")
  }

  // MARK: Sending

  func respond(_ id: JSONValue, _ result: some Encodable) {
    send(JSONRPC.encode(JSONRPC.Response(id: id, result: result)))
  }

  func fail(_ id: JSONValue, _ code: JSONRPC.ErrorCode, _ message: String) {
    send(JSONRPC.encode(JSONRPC.ErrorResponse(id: id, error: .init(code: code.rawValue, message: message))))
  }

  /// Answers a framing problem the transport found (an oversized or unreadable message).
  public func reportFramingError(_ problem: String) {
    fail(.null, .invalidRequest, problem)
  }

  func notify(_ method: String, _ params: some Encodable) {
    send(JSONRPC.encode(JSONRPC.Notification(method: method, params: params)))
  }

  func sendRequest(_ method: String, _ params: some Encodable) {
    send(JSONRPC.encode(JSONRPC.Request(id: .string("claimlint-\(nextRequestID)"), method: method, params: params)))
    nextRequestID += 1
  }
}
