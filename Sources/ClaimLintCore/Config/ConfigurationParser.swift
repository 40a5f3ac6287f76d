import Yams

/// Reads `.claimlint.yml` text. Syntax errors, wrong types and globs that can match nothing (outside the
/// file's folder) are errors; unknown keys are warnings.
struct ConfigurationParser {
  let reader: YAMLReader
  /// The folder globs and rule paths are relative to.
  let folder: String
  /// Where a glob that may be an absolute path is looked up; `nil` skips that check.
  let fileSystem: (any FileSystem)?

  static let topLevelKeys = ["version", "profiles", "rules", "include", "exclude", "overrides", "rule-paths", "fail-on"]
  static let overrideKeys = ["files", "rules", "profiles"]

  init(path: String, text: String, folder: String, fileSystem: (any FileSystem)? = nil) {
    reader = YAMLReader(file: path, text: text)
    self.folder = PathName.normalize(folder)
    self.fileSystem = fileSystem
  }

  func parse() -> Configuration {
    var configuration = Configuration(path: reader.file, folder: folder)
    guard let root = reader.root() else { return configuration }
    if case .scalar = root, root.null != nil { return configuration }  // an empty file
    guard let fields = reader.mapping(root, "a configuration file") else { return configuration }
    fields.rejectUnknownKeys(allowed: Self.topLevelKeys, severity: .warning)
    if let node = fields["version"], let number = reader.integer(node, "'version'"), number != 1 {
      reader.fail(at: node, "unsupported configuration version \(number); this claimlint reads version 1")
    }
    configuration.profiles = fields["profiles"].flatMap { names($0, "'profiles'") }
    configuration.rules = fields["rules"].flatMap { levels($0, "'rules'") } ?? RuleLevels()
    configuration.include = fields["include"].flatMap { globs($0, "'include'") }
    configuration.exclude = fields["exclude"].flatMap { globs($0, "'exclude'") } ?? []
    configuration.rulePaths =
      fields["rule-paths"].flatMap { reader.strings($0, "'rule-paths'", typed: true) }?.map { PathName.absolute($0, in: folder) } ?? []
    configuration.failOn = fields["fail-on"].flatMap {
      reader.choice($0, "'fail-on'", FailOn.allCases.map(\.rawValue)).flatMap(FailOn.init(rawValue:))
    }
    if let node = fields["overrides"], let items = reader.sequence(node, "'overrides'") {
      configuration.overrides = items.compactMap(override)
    }
    return configuration
  }

  private func override(_ node: Node) -> Configuration.Override? {
    guard let fields = reader.mapping(node, "an item of 'overrides'") else { return nil }
    fields.rejectUnknownKeys(allowed: Self.overrideKeys, severity: .warning)
    guard let files = fields.required("files").flatMap({ globs($0, "'files'") }) else { return nil }
    return Configuration.Override(
      files: files,
      rules: fields["rules"].flatMap { levels($0, "'rules'") } ?? RuleLevels(),
      profiles: fields["profiles"].flatMap { names($0, "'profiles'") } ?? [])
  }

  /// A `rules:` mapping. Keys that are not rule ids or wildcards are kept, to be warned about as unknown.
  private func levels(_ node: Node, _ what: String) -> RuleLevels? {
    guard let fields = reader.mapping(node, what) else { return nil }
    var entries: [RuleLevels.Entry] = []
    for (key, value) in fields.mapping {
      guard let name = reader.string(key, "a key of \(what)") else { continue }
      let choices = RuleLevel.allCases.map(\.rawValue)
      guard let level = reader.choice(value, "the level of '\(name)'", choices).flatMap(RuleLevel.init(rawValue:))
      else { continue }
      let start = reader.position(of: key)
      entries.append(
        RuleLevels.Entry(selector: RuleSelector(name) ?? .rule(name), level: level, line: start.line, column: start.column))
    }
    return RuleLevels(entries)
  }

  private func names(_ node: Node, _ what: String) -> [Configuration.Named]? {
    let items: [Node]
    if case .scalar = node { items = [node] } else if let list = reader.sequence(node, what) { items = list } else {
      return nil
    }
    return items.compactMap { item in
      reader.string(item, item == node ? what : "each item of \(what)", typed: true).map {
        let start = reader.position(of: item)
        return Configuration.Named($0, line: start.line, column: start.column)
      }
    }
  }

  private func globs(_ node: Node, _ what: String) -> [GlobPattern]? {
    let items: [Node]
    if case .scalar = node { items = [node] } else if let list = reader.sequence(node, what) { items = list } else {
      return nil
    }
    return items.compactMap { item in
      let named = item == node ? what : "each item of \(what)"
      guard let text = reader.string(item, named, typed: true), staysInside(text, at: item, what) else { return nil }
      guard let glob = GlobPattern(glob: text) else {
        reader.fail(at: item, "'\(text)' in \(what) is not a usable glob")
        return nil
      }
      return glob
    }
  }

  /// Whether a glob names files inside the configuration's folder, the only ones it can match; an error
  /// at the glob when it climbs out (`../x`) or is an absolute path (`/home/me/docs/*.md`).
  ///
  /// A leading `/` anchors a glob to the folder, as in `.gitignore`, so it is taken as an absolute path
  /// only when it starts with the folder's own path, or its first component does not exist in the folder
  /// but does from the root of the file system. For `exclude` the first two components must exist from
  /// the root: an anchored exclude of a folder not made yet (`/lib/`) is harmless, while an `include` or
  /// `files` glob that matches nothing silently leaves files unchecked.
  private func staysInside(_ text: String, at item: Node, _ what: String) -> Bool {
    let components = text.split(separator: "/", omittingEmptySubsequences: true)
    if components.contains("..") {
      reader.fail(at: item, "'\(text)' in \(what) reaches outside the folder of this configuration file; globs match only files inside it")
      return false
    }
    guard text.hasPrefix("/"), folder != "/" else { return true }
    var absolute = text.hasPrefix(folder + "/")
    let fromRootNeeded = what == "'exclude'" ? 2 : 1
    if !absolute, let fileSystem, components.count >= fromRootNeeded {
      let fromRoot = "/" + components.prefix(fromRootNeeded).joined(separator: "/")
      absolute = fileSystem.kind(of: fromRoot) != nil && fileSystem.kind(of: PathName.join(folder, String(components[0]))) == nil
    }
    guard absolute else { return true }
    var message = "'\(text)' in \(what) is an absolute path; globs are relative to the folder of this configuration file"
    if let inside = PathName.relative(PathName.normalize(text), to: folder) { message += " (write '\(inside)')" }
    reader.fail(at: item, message)
    return false
  }
}

extension Configuration {
  /// Parses configuration text. `path` names the file in messages; globs are relative to `folder`.
  /// Returns the configuration (with whatever could be read) and every error and warning.
  ///
  /// A file with an error contributes nothing: the configuration returned is then empty (with `path`
  /// set), whatever parts of the file were fine. `fileSystem`, when given, is used to tell an absolute
  /// path in a glob from an anchored one.
  public static func parse(
    path: String, text: String, folder: String, fileSystem: (any FileSystem)? = nil
  ) -> (Configuration, [ToolError]) {
    let parser = ConfigurationParser(path: path, text: text, folder: folder, fileSystem: fileSystem)
    let configuration = parser.parse()
    let errors = parser.reader.errors
    guard !errors.contains(where: { $0.severity == .error }) else {
      return (Configuration(path: path, folder: folder), errors)
    }
    return (configuration, errors)
  }
}
