import ArgumentParser
import ClaimLintCore
import ClaimLintServer
import Foundation

extension ClaimLint {
  /// `claimlint lsp`: the language server, over standard input and output.
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lsp",
      abstract: "Run the Language Server Protocol server on standard input and output.",
      discussion: """
        Editors start this command and talk LSP 3.17 to it: diagnostics for open buffers as you type, \
        quick fixes (apply a fix-it, or add a claimlint-disable-next-line comment), and the rule's \
        explanation on hover. Each document is linted with its nearest .claimlint.yml; a change to a \
        configuration or rule file re-lints the open documents.
        """)

    @OptionGroup var rules: RuleOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("Milliseconds to wait after a change before linting.", valueName: "ms"))
    var debounce = 100

    func validate() throws {
      if debounce < 0 { throw ValidationError("--debounce takes a number of milliseconds, 0 or more.") }
    }

    func run() throws {
      signal(SIGPIPE, SIG_IGN)  // a client that goes away must not kill the server mid-write
      let settings = LanguageServer.Settings(
        options: LintWorkspace.Options(rules: rules, config: config), debounce: Double(debounce) / 1000,
        version: ClaimLintVersion.current)
      throw ExitCode(ServerLoop.run(settings: settings))
    }
  }
}
