/// Something to lint: a file or folder on disk, or text that is not on disk.
public enum LintTarget: Sendable, Hashable {
  /// A file or folder, relative to the workspace's current folder or absolute.
  case path(String)
  /// Text from elsewhere (standard input, an editor's unsaved buffer). `name` is how it is shown, and
  /// decides its configuration and, unless `format` is given, its format (Markdown when unknown).
  case buffer(name: String, bytes: [UInt8], format: DocumentFormat? = nil)
}

/// One thing to lint: a path to show and a way to get its bytes, plus the settings it is linted with.
struct LintInput: Sendable {
  var path: String
  var format: DocumentFormat
  /// Bytes already in memory (a buffer), or `nil` to read `absolutePath`.
  var bytes: [UInt8]?
  /// The path made absolute (for a buffer, its name in the current folder).
  var absolutePath: String
  /// The project-relative key used by the baseline and the diff filter.
  var key = ""
  var settings = FileSettings()
  /// The rule paths whose set lints this input (a key of the ``RuleSetCatalog``).
  var rulePaths: [String] = []
}

/// Expands targets into inputs: files as given, folders recursively by extension (skipping hidden and
/// git-ignored files unless told not to, and what configuration excludes), buffers as they are.
struct InputCollector {
  var fileSystem: any FileSystem
  var currentFolder: String
  var respectsIgnores: Bool

  static let extensions: Set<String> = ["md", "markdown", "mdown", "mkd", "html", "htm", "xhtml", "txt", "text"]

  /// - Parameter selects: whether a file a folder walk found should be linted (configuration
  ///   `include`/`exclude`); files named explicitly are always linted.
  func collect(_ targets: [LintTarget], selects: (String) -> Bool) -> (inputs: [LintInput], errors: [ToolError]) {
    var inputs: [LintInput] = []
    var errors: [ToolError] = []
    var seen = Set<String>()
    let walk = FileWalk(fileSystem: fileSystem, extensions: Self.extensions, respectsIgnores: respectsIgnores)
    for target in targets {
      let path: String
      switch target {
      case .buffer(let name, let bytes, let format):
        inputs.append(
          LintInput(
            path: name, format: format ?? DocumentFormat(path: name) ?? .markdown, bytes: bytes,
            absolutePath: PathName.absolute(name, in: currentFolder)))
        continue
      case .path(let given):
        path = given
      }
      let absolute = PathName.absolute(path, in: currentFolder)
      switch fileSystem.kind(of: absolute) {
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
