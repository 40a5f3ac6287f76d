import ArgumentParser
import ClaimLintMCP
import Foundation

extension ClaimLint {
  /// `claimlint mcp`: the Model Context Protocol server, over standard input and output.
  struct Mcp: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "mcp",
      abstract: "Run the Model Context Protocol server on standard input and output.",
      discussion: """
        AI assistants start this command to check health copy they draft. Tools: lint_text (findings with \
        spans, messages, notes and fix-its, and the text with its fixes applied), explain_rule, list_rules \
        and judge_sentence (claim strength with its cues and evidence); the rule reference is the resource \
        claimlint://rules. The server reads no files: texts and configurations come from the client.
        """)

    func run() throws {
      signal(SIGPIPE, SIG_IGN)  // a client that goes away must not kill the server mid-write
      throw ExitCode(MCPServer.runStandardIO(version: ClaimLintVersion.current))
    }
  }
}
