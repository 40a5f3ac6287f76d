import ClaimLintCore
import Dispatch
import MCP

/// claimlint as a Model Context Protocol server: the tools of ``ClaimLintTools`` and the rule reference.
public enum MCPServer {
  /// What the server tells a client about itself when the session starts.
  static let instructions = """
    claimlint checks health copy for claims that outrun their evidence. Lint a draft with lint_text, \
    reword what it flags (explain_rule says why and shows better wording), and lint again until 'fails' is \
    false. judge_sentence tells how strongly one sentence claims cause and effect.
    """

  /// A server with every handler registered, not yet started.
  public static func make(tools: ClaimLintTools, version: String) async -> Server {
    let server = Server(
      name: "claimlint", version: version, title: "claimlint", instructions: instructions,
      capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
    await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: tools.tools) }
    await server.withMethodHandler(CallTool.self) { call in await tools.call(call.name, arguments: call.arguments) }
    let reference = RuleReference(rules: await tools.linter.rules)
    await server.withMethodHandler(ListResources.self) { _ in ListResources.Result(resources: reference.resources) }
    await server.withMethodHandler(ListResourceTemplates.self) { _ in
      ListResourceTemplates.Result(templates: reference.templates)
    }
    await server.withMethodHandler(ReadResource.self) { read in ReadResource.Result(contents: try reference.read(read.uri)) }
    return server
  }

  /// Serves on `transport` until the client closes it.
  public static func serve(on transport: any Transport, version: String) async throws {
    let server = await make(tools: ClaimLintTools(), version: version)
    try await server.start(transport: transport)
    await server.waitUntilCompleted()
    await server.stop()
  }
}

extension MCPServer {
  /// Serves on standard input and output until the client closes them, blocking the calling thread;
  /// 0 when the session ended normally, 1 when the transport failed.
  public static func runStandardIO(version: String) -> Int32 {
    let finished = Finished()
    Task {
      do {
        try await serve(on: LineTransport(), version: version)
        finished.signal(0)
      } catch {
        finished.signal(1)
      }
    }
    return finished.wait()
  }

  /// The status of the session, handed from its task to the waiting thread.
  final class Finished: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private var status: Int32 = 0

    func signal(_ status: Int32) {
      self.status = status
      semaphore.signal()
    }

    func wait() -> Int32 {
      semaphore.wait()
      return status
    }
  }
}
