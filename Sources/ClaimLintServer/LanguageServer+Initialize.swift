import ClaimLintCore
import Foundation

/// What the client said it can do, as far as the server cares.
struct ClientCapabilities {
  var markdownHover = false
  var documentChanges = false
  var watchesFiles = false
}

extension LanguageServer {
  /// `initialize`: negotiates the position encoding, reads the client's capabilities and the workspace
  /// root, and says what the server offers.
  func initialize(id: JSONValue, body: [UInt8]) {
    guard let request = try? JSONDecoder().decode(JSONRPC.Params<JSONValue>.self, from: Data(body)) else {
      return fail(id, .invalidParams, "initialize needs params")
    }
    let params = request.params
    let capabilities = params["capabilities"]
    let offered = capabilities?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
    encoding = PositionEncoding.negotiate(offered)
    client.markdownHover =
      capabilities?["textDocument"]?["hover"]?["contentFormat"]?.arrayValue?.contains(.string("markdown")) ?? false
    client.documentChanges = capabilities?["workspace"]?["workspaceEdit"]?["documentChanges"]?.boolValue ?? false
    client.watchesFiles =
      capabilities?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
    // The server lints one document after another with the same rules: the prefilter is worth building once.
    var options = settings.options
    options.prefilterMinimumBytes = 0
    workspace = LintWorkspace(options: options, currentFolder: Self.root(of: params) ?? settings.defaultFolder)
    state = .running
    respond(id, Self.result(encoding, version: settings.version))
  }

  /// The workspace folder: the first workspace folder, else `rootUri`, else `rootPath`.
  static func root(of params: JSONValue) -> String? {
    let folder = params["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue ?? params["rootUri"]?.stringValue
    if let folder, folder.hasPrefix("file:") { return DocumentURI.path(of: folder, folder: "/") }
    return params["rootPath"]?.stringValue
  }

  static func result(_ encoding: PositionEncoding, version: String) -> JSONValue {
    .object([
      "capabilities": .object([
        "positionEncoding": .string(encoding.rawValue),
        "textDocumentSync": .object([
          "openClose": .bool(true), "change": .number(2), "save": .object(["includeText": .bool(false)]),
        ]),
        "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
        "hoverProvider": .bool(true),
      ]),
      "serverInfo": .object(["name": .string("claimlint"), "version": .string(version)]),
    ])
  }

  /// Asks the client to report changes to configuration and rule files, when it can.
  func registerWatchers() {
    guard client.watchesFiles else { return }
    let watchers: [JSONValue] = ["**/.claimlint.{yml,yaml}", "**/*.{yml,yaml}"].map { .object(["globPattern": .string($0)]) }
    let registration: JSONValue = .object([
      "id": .string("claimlint-settings-files"), "method": .string("workspace/didChangeWatchedFiles"),
      "registerOptions": .object(["watchers": .array(watchers)]),
    ])
    sendRequest("client/registerCapability", JSONValue.object(["registrations": .array([registration])]))
  }
}
