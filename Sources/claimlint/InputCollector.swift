import ClaimLintCore
import Foundation

/// One thing to lint: a path to show and a way to get its bytes.
struct LintInput: Sendable {
  var path: String
  var format: DocumentFormat
  /// Bytes already read (standard input), or `nil` to read `path`.
  var bytes: [UInt8]?
}

/// Expands command-line paths into inputs: files as given, folders recursively by extension, `-` as stdin.
struct InputCollector {
  var stdinFilename: String?

  static let extensions: Set<String> = ["md", "markdown", "mdown", "mkd", "html", "htm", "xhtml", "txt", "text"]

  func collect(_ paths: [String]) -> (inputs: [LintInput], errors: [ToolError]) {
    var inputs: [LintInput] = []
    var errors: [ToolError] = []
    var seen = Set<String>()
    for path in paths {
      if path == "-" {
        let name = stdinFilename ?? "<stdin>"
        inputs.append(LintInput(path: name, format: DocumentFormat(path: name) ?? .markdown, bytes: FileReader.readStandardInput()))
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        errors.append(ToolError(path: path, message: "no such file or folder"))
        continue
      }
      let files = isDirectory.boolValue ? FileWalker.files(under: path, extensions: Self.extensions, skipHidden: true) : [path]
      for file in files where seen.insert(file).inserted {
        // A file named explicitly is linted even with an unknown extension, as plain text.
        inputs.append(LintInput(path: file, format: DocumentFormat(path: file) ?? .text, bytes: nil))
      }
    }
    return (inputs, errors)
  }
}
