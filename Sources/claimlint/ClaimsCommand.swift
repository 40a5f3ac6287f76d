import ArgumentParser
import ClaimLintCore
import Foundation

extension ClaimLint {
  /// `claimlint claims`: the claim-strength judgment of sentences (`--lines`) or of documents.
  struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "claims",
      abstract: "Judge how strongly sentences claim that an exposure affects an outcome.",
      discussion: """
        With --lines FILE (or - for standard input), each input line is one sentence and exactly one line \
        is printed per input line: the label (none, correlational, conditional, causal), a tab, and the \
        cues as kind=text separated by " | ". By default a denied relation keeps its kind ("did not \
        reduce" is causal, as in Yu et al. 2019); --denied-as-none prints none for it instead.

        Without --lines, each FILE is parsed as a document and every claim or advice sentence is listed \
        with its location, strength, cues and the evidence around it.

        Exit status: 0 ok, 2 unreadable input, 64 usage error.
        """)

    @Option(
      name: .long,
      help: ArgumentHelp("Read one sentence per line from FILE ('-' for standard input).", valueName: "FILE"))
    var lines: String?

    @Flag(name: .long, help: "Label a denied relation ('did not reduce') none instead of its kind.")
    var deniedAsNone = false

    @Option(name: .long, help: "Output format for documents: text or json.")
    var format: ClaimsFormat = .text

    @Argument(help: "Files to analyze as documents.")
    var files: [String] = []

    func validate() throws {
      if lines == nil && files.isEmpty { throw ValidationError("Give --lines FILE or one or more files.") }
      if lines != nil && !files.isEmpty { throw ValidationError("--lines takes one input; do not add other files.") }
    }

    func run() throws {
      if let lines {
        let input: [UInt8]
        do {
          input = try Self.read(lines)
        } catch {
          Console.standardError([Self.cannotRead(lines, error)])
          throw ExitCode(2)
        }
        let output = ClaimLines.render(input, label: deniedAsNone ? .asserted : .stated)
        Console.standardOutput(bytes: output)
        return
      }
      try runDocuments()
    }

    /// The document mode.
    private func runDocuments() throws {
      var failed = false
      var reports: [ClaimListing.FileClaims] = []
      for path in files {
        let bytes: [UInt8]
        do {
          bytes = try Self.read(path)
        } catch {
          Console.standardError([Self.cannotRead(path, error)])
          failed = true
          continue
        }
        let document: Document
        do {
          document = try DocumentParser.parse(
            path: path == "-" ? "<stdin>" : path, bytes: bytes, format: DocumentFormat(path: path) ?? .markdown)
        } catch {
          Console.standardError([error.description])
          failed = true
          continue
        }
        reports.append(ClaimListing.FileClaims(document: document, claims: ClaimAnalyzer().analyze(document)))
      }
      let rendered = format == .json ? ClaimListing.json(reports) : ClaimListing.text(reports)
      Console.standardOutput(bytes: Array(rendered.utf8))
      if failed { throw ExitCode(2) }
    }

    /// The bytes of `path` (a name as its bytes, see ``PathBytes``), or of standard input for `-`.
    static func read(_ path: String) throws(ToolError) -> [UInt8] {
      if path == "-" { return FileReader.readStandardInput() }
      return try FileReader.readBytes(path).get()
    }

    static func cannotRead(_ path: String, _ error: ToolError) -> String {
      "claimlint: error: cannot read \(PathBytes.displayed(path)): \(error.message)"
    }
  }
}

/// Output formats of `claimlint claims` for documents.
enum ClaimsFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}
