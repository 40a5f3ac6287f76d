/// Lints text held in memory (an assistant's draft) with the built-in rules and, optionally, a
/// configuration given as text. It reads no file: the configuration is held in a ``HeldFileSystem``, so
/// its `rule-paths` find nothing. Rules are compiled once, at `init`.
public struct TextLinter: Sendable {
  /// One text to lint and how.
  public struct Input: Sendable {
    public var bytes: [UInt8]
    /// Decides the format (unless `format` is given) and which configuration overrides apply; never read.
    public var name: String?
    public var format: DocumentFormat?
    /// Opt-in profiles; when non-empty, they replace the configuration's.
    public var profiles: [String]
    /// The text of a `.claimlint.yml`, or `nil` for none.
    public var configuration: String?

    public init(
      bytes: [UInt8], name: String? = nil, format: DocumentFormat? = nil, profiles: [String] = [],
      configuration: String? = nil
    ) {
      self.bytes = bytes
      self.name = name
      self.format = format
      self.profiles = profiles
      self.configuration = configuration
    }
  }

  /// Every built-in rule, whatever its profile, sorted by id.
  public let ruleSet: RuleSet
  private let fileSystem: HeldFileSystem
  private var workspace: LintWorkspace
  /// The configuration held now.
  private var configuration: String?

  public init() {
    fileSystem = HeldFileSystem(folder: "/claimlint-text")
    workspace = LintWorkspace(currentFolder: fileSystem.folder, fileSystem: fileSystem)
    ruleSet = workspace.catalog.entry(for: []).ruleSet
  }

  /// The metadata of every rule, claimlint's own included, sorted by id.
  public var rules: [RuleMetadata] {
    (ruleSet.rules.map(\.metadata) + MetaRules.metadata).sorted { $0.id < $1.id }
  }

  /// The rule with this id, or an error that names the closest one.
  public func rule(_ id: String) throws(ToolError) -> RuleMetadata {
    try Self.rule(id, in: rules)
  }

  /// The rule of `rules` with this id, or an error that names the closest one.
  public static func rule(_ id: String, in rules: [RuleMetadata]) throws(ToolError) -> RuleMetadata {
    if let rule = rules.first(where: { $0.id == id }) { return rule }
    var message = "unknown rule '\(id)'"
    if let close = RuleSelector.rule(id).suggestion(among: rules.map(\.id)) { message += "; did you mean '\(close)'?" }
    throw ToolError(path: nil, message: message)
  }

  /// Throws for a profile no rule has, naming the closest one.
  public func checkProfiles(_ profiles: [String]) throws(ToolError) {
    for profile in profiles {
      if let message = RuleSet.unknownProfile(profile, among: ruleSet.profiles) {
        throw ToolError(path: nil, message: message)
      }
    }
  }

  /// Lints `input` as a file named `input.name` with the configuration given; throws for a profile no
  /// rule has. Problems with the text or the configuration are the outcome's errors.
  public mutating func lint(_ input: Input) throws(ToolError) -> LintOutcome {
    try checkProfiles(input.profiles)
    if input.configuration != configuration {
      // A new configuration file is found only by a workspace told about it.
      let name = ConfigurationLocator.fileNames[0]
      fileSystem.set(name, to: input.configuration.map { Array($0.utf8) })
      workspace.refresh(touched: [PathName.join(fileSystem.folder, name)])
      configuration = input.configuration
    }
    let name = Self.placedName(input.name, format: input.format)
    var outcome = workspace.lint([.buffer(name: name, bytes: input.bytes, format: input.format)], profiles: input.profiles)
    outcome.errors = outcome.errors.map(explainHeldPath)
    return outcome
  }

  /// A problem with a file inside the held folder can only be a rule path of the configuration: say so,
  /// with the path as the configuration gives it.
  private func explainHeldPath(_ error: ToolError) -> ToolError {
    guard let path = error.path, let relative = PathName.relative(path, to: fileSystem.folder) else { return error }
    var explained = error
    explained.path = relative
    explained.message += "; rule-paths cannot be used here: text linted in memory reads no file"
    return explained
  }

  /// `name` as a path inside the held folder: relative, without `..`; `draft` with the format's
  /// extension when there is none.
  static func placedName(_ name: String?, format: DocumentFormat?) -> String {
    let parts = PathName.normalize(name ?? "").split(separator: "/").filter { $0 != ".." && $0 != "." }
    guard parts.isEmpty else { return parts.joined(separator: "/") }
    switch format ?? .markdown {
    case .markdown: return "draft.md"
    case .html: return "draft.html"
    case .text: return "draft.txt"
    }
  }
}
