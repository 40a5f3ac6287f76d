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

    @Option(name: .long, help: ArgumentHelp("Read one sentence per line from FILE ('-' for standard input).", valueName: "FILE"))
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
          FileHandle.standardError.write(Data("claimlint: error: cannot read \(lines): \(error.localizedDescription)\n".utf8))
          throw ExitCode(2)
        }
        let output = ClaimLines.render(input, label: deniedAsNone ? .asserted : .stated)
        FileHandle.standardOutput.write(Data(output))
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
          FileHandle.standardError.write(Data("claimlint: error: cannot read \(path): \(error.localizedDescription)\n".utf8))
          failed = true
          continue
        }
        guard let document = Self.parseDocument(path: path, bytes: bytes) else {
          FileHandle.standardError.write(Data("""
            claimlint: error: \(path): document parsing is not available in this build; \
            use 'claimlint claims --lines \(path)' to judge it line by line\n
            """.utf8))
          failed = true
          continue
        }
        reports.append(ClaimListing.FileClaims(document: document, claims: ClaimAnalyzer().analyze(document)))
      }
      let rendered = format == .json ? ClaimListing.json(reports) : ClaimListing.text(reports)
      FileHandle.standardOutput.write(Data(rendered.utf8))
      if failed { throw ExitCode(2) }
    }

    /// Builds the ``Document`` for a file.
    ///
    /// TODO(document-parser): the document parser is being written on another branch. Replace this body
    /// with its entry point (for example `Document(path:bytes:)`) when it lands; until then documents
    /// cannot be parsed and the command reports exit status 2. The listing itself (`ClaimListing`) and
    /// `ClaimAnalyzer.analyze(_: Document)` are implemented and tested with hand-built documents.
    static func parseDocument(path: String, bytes: [UInt8]) -> Document? {
      nil
    }

    /// The bytes of `path`, or of standard input for `-`.
    static func read(_ path: String) throws -> [UInt8] {
      if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
      return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
  }
}

/// Output formats of `claimlint claims` for documents.
enum ClaimsFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}
