import ClaimLintCore
import Foundation

/// One thing to lint: a path to show and a way to get its bytes, plus the settings it is linted with.
struct LintInput: Sendable {
  var path: String
  var format: DocumentFormat
  /// Bytes already read (standard input), or `nil` to read `path`.
  var bytes: [UInt8]?
  /// The path made absolute (for standard input, the `--stdin-filename` or `<stdin>` in the current folder).
  var absolutePath: String
  /// The project-relative key used by the baseline and the diff filter.
  var key = ""
  var settings = FileSettings()
  /// Index into the run's ``RuleSetCatalog``.
  var ruleSet = 0
}

/// Expands command-line paths into inputs: files as given, folders recursively by extension (skipping
/// hidden and git-ignored files unless told not to, and what configuration excludes), `-` as stdin.
struct InputCollector {
  var stdinFilename: String?
  var currentFolder: String
  var respectsIgnores: Bool

  static let extensions: Set<String> = ["md", "markdown", "mdown", "mkd", "html", "htm", "xhtml", "txt", "text"]

  /// - Parameter selects: whether a file a folder walk found should be linted (configuration
  ///   `include`/`exclude`); files named on the command line are always linted.
  func collect(_ paths: [String], selects: (String) -> Bool) -> (inputs: [LintInput], errors: [ToolError]) {
    var inputs: [LintInput] = []
    var errors: [ToolError] = []
    var seen = Set<String>()
    let walk = FileWalk(extensions: Self.extensions, respectsIgnores: respectsIgnores)
    for path in paths {
      if path == "-" {
        let name = stdinFilename ?? "<stdin>"
        inputs.append(
          LintInput(
            path: name, format: DocumentFormat(path: name) ?? .markdown, bytes: FileReader.readStandardInput(),
            absolutePath: PathName.absolute(name, in: currentFolder)))
        continue
      }
      let absolute = PathName.absolute(path, in: currentFolder)
      switch walk.fileSystem.kind(of: absolute) {
      case nil:
        errors.append(ToolError(path: path, message: "no such file or folder"))
      case .file:
        // A file named explicitly is linted even with an unknown extension, as plain text.
        if seen.insert(absolute).inserted {
          inputs.append(LintInput(path: path, format: DocumentFormat(path: path) ?? .text, bytes: nil, absolutePath: absolute))
        }
      case .folder:
        for file in walk.files(under: absolute) where selects(file) && seen.insert(file).inserted {
          let shown = Self.display(file, under: absolute, givenAs: path)
          inputs.append(LintInput(path: shown, format: DocumentFormat(path: file) ?? .text, bytes: nil, absolutePath: file))
        }
      }
    }
    return (inputs, errors)
  }

  /// A walked file's path spelled from the folder as the user gave it (`docs/` + `a.md` → `docs/a.md`).
  static func display(_ file: String, under root: String, givenAs given: String) -> String {
    guard let relative = PathName.relative(file, to: root), !relative.isEmpty else { return file }
    if given == "." || given == "./" { return relative }
    return PathName.join(given, relative)
  }
}
