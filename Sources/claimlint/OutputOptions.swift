import ArgumentParser
import ClaimLintCore
import Foundation

extension ReporterKind: ExpressibleByArgument {}

/// When to colour text output.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

extension FailOn: ExpressibleByArgument {}

/// What a `gcc` column counts, named for the editors that count that way.
enum ColumnUnitName: String, ExpressibleByArgument, CaseIterable {
  /// UTF-8 bytes: gcc, Vim's quickfix.
  case byte
  /// UTF-16 code units: VS Code's problem matchers, LSP clients.
  case utf16
  /// Unicode scalars (characters): Emacs's compilation mode.
  case char

  var unit: SourceText.ColumnUnit {
    switch self {
    case .byte: .utf8
    case .utf16: .utf16
    case .char: .scalars
    }
  }
}

/// Output options shared by commands that print a lint report.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format: text, gcc, json, sarif, github, junit, checkstyle or html.")
  var format: ReporterKind = .text

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      """
      Write the report to this file instead of standard output, replacing it atomically (its permissions \
      kept); anything but a regular file is refused.
      """, valueName: "file"))
  var outputFile: String?

  @Option(help: "Colour the text format: auto (when standard output is a terminal), always, never.")
  var color: ColorMode = .auto

  @Option(
    help: """
      Exit with status 1 when a diagnostic is at or above this severity: error (the default), warning, info, \
      never. Wins over 'fail-on' in configuration files.
      """)
  var failOn: FailOn?

  @Option(
    help: """
      What a column counts in --format gcc: byte (the default; Vim), utf16 (VS Code's problem matchers), \
      char (Emacs).
      """)
  var columnUnit: ColumnUnitName?

  @Flag(help: "Leave out the summary lines on standard error (tool errors are still printed).")
  var quiet = false

  func validate() throws {
    if columnUnit != nil && format != .gcc {
      throw ValidationError("--column-unit applies to --format gcc; the other formats say what their columns count.")
    }
  }

  /// Whether text output should be coloured (`auto`: only when it goes to a terminal, not to `--output`).
  var colorize: Bool {
    switch color {
    case .always: true
    case .never: false
    case .auto:
      outputFile == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
  }

  /// Prints the report (stdout, or the `--output` file), tool errors and the summary (stderr), then sets the
  /// exit status.
  ///
  /// The outcome's notes (baseline, diff, suppressions) follow the summary. `body` replaces the report on
  /// standard output (the diff of `--fix --dry-run`). With `--format github` and `$GITHUB_STEP_SUMMARY` set,
  /// a Markdown summary is appended to that file.
  func emit(_ outcome: LintOutcome, body: String? = nil) throws -> Never {
    let report = outcome.report
    Console.standardError(report.errors.map(\.description))
    let text = body ?? render(report)
    if let outputFile {
      Console.save(text, toFile: outputFile)
    } else {
      Console.standardOutput(text)
    }
    if format == .github, let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
      Console.append(GitHubReporter.stepSummary(report.displayingPaths()), toFile: path)
    }
    if !quiet { Console.standardError([TextReporter.summary(report)] + outcome.notes) }
    throw ExitCode(outcome.exitStatus)
  }

  /// The report in the chosen format. Text and gcc leave tool errors to stderr, where `emit` prints them.
  /// Paths are shown with odd bytes escaped, except in SARIF, whose URIs percent-encode the bytes.
  func render(_ report: LintReport) -> String {
    var shown = format == .sarif ? report : report.displayingPaths()
    if format == .text || format == .gcc { shown.errors = [] }
    let options = ReporterKind.Options(
      color: colorize, baseDirectory: LocalFileSystem.currentFolder,
      toolVersion: ClaimLintVersion.current, informationURI: nil, columnUnit: (columnUnit ?? .byte).unit)
    return format.makeReporter(options).render(shown)
  }
}

/// Writes whole strings to standard output and standard error.
///
/// A write that fails (a full disk, a closed pipe) ends the run with a one-line error and status 2:
/// a report that did not reach its reader must not pass for a clean one.
enum Console {
  static func standardOutput(_ text: String) {
    guard !text.isEmpty else { return }
    write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8), to: STDOUT_FILENO, named: "standard output")
  }

  /// Writes bytes as they are (`claims --lines` output).
  static func standardOutput(bytes: [UInt8]) {
    write(bytes, to: STDOUT_FILENO, named: "standard output")
  }

  private static func write(_ bytes: [UInt8], to descriptor: Int32, named name: String) {
    guard !writeAll(bytes, to: descriptor) else { return }
    let reason = String(cString: strerror(errno))
    if descriptor != STDERR_FILENO {
      _ = writeAll(Array("claimlint: error: cannot write to \(name): \(reason)\n".utf8), to: STDERR_FILENO)
    }
    exit(2)
  }

  /// False when `descriptor` stopped taking bytes before all were written.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return false }
      offset += written
    }
    return true
  }

  /// Appends to a file, creating it if needed; failures are reported on stderr, never fatal.
  static func append(_ text: String, toFile path: String) {
    if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      standardError(["warning: cannot write the step summary to \(path)"])
      return
    }
    handle.seekToEndOfFile()
    handle.write(Data(text.utf8))
    handle.closeFile()
  }

  /// Writes the report to `path` atomically (``AtomicFile/write(_:_:)``); a failure ends the run with a
  /// one-line error and status 2, like a failed write to standard output.
  static func save(_ text: String, toFile path: String) {
    do {
      try AtomicFile.write(path, Array(text.utf8))
    } catch {
      standardError([ToolError(path: path, message: "cannot write the report: \(error.message)").description])
      exit(2)
    }
  }

  static func standardError(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    write(Array(lines.map { $0 + "\n" }.joined().utf8), to: STDERR_FILENO, named: "standard error")
  }
}
