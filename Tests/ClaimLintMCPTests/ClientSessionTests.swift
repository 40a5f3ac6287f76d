import MCP
import Testing

@testable import ClaimLintMCP

/// The server wired up, with the SDK's own client over an in-memory transport.
@Suite struct ClientSessionTests {
  @Test func aClientListsCallsAndReads() async throws {
    let server = await MCPServer.make(tools: ToolCallTests.tools, version: "test")
    let (clientSide, serverSide) = await InMemoryTransport.createConnectedPair()
    try await server.start(transport: serverSide)
    let client = Client(name: "test", version: "1")
    let initialized = try await client.connect(transport: clientSide)
    #expect(initialized.serverInfo.name == "claimlint")
    #expect(initialized.instructions?.contains("lint_text") == true)

    let tools = try await client.listTools().tools
    #expect(tools.map(\.name) == ["lint_text", "explain_rule", "list_rules", "judge_sentence"])
    #expect(tools.allSatisfy { $0.annotations.readOnlyHint == true })
    let lint = try await client.callTool(name: "lint_text", arguments: ["text": "Our tonic is a miracle.\n"])
    #expect(lint.isError == false)
    guard case .text(let report, _, _)? = lint.content.first else { throw Unexpected() }
    #expect(report.contains("\"rule\":\"hype/miracle-words\""))

    let resources = try await client.listResources().resources
    #expect(resources.map(\.uri) == ["claimlint://rules"])
    let reference = try await client.readResource(uri: "claimlint://rules").first?.text ?? ""
    #expect(reference.contains("## hype/miracle-words\n\nhype/miracle-words (warning, match)"))
    let templates = try await client.listResourceTemplates().templates
    #expect(templates.map(\.uriTemplate) == ["claimlint://rules/{rule}"])
    let one = try await client.readResource(uri: "claimlint://rules/causal/proof-language").first?.text ?? ""
    #expect(one.hasPrefix("## causal/proof-language\n"))
    await #expect(throws: MCPError.self) { try await client.readResource(uri: "claimlint://rules/causal/proof") }
    await client.disconnect()
    await server.stop()
  }

  struct Unexpected: Error {}
}
