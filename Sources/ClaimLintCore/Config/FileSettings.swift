/// What the command line sets for every file, winning over configuration files.
public struct CommandLineSettings: Sendable, Hashable {
  /// `--profile` values, or `nil` when none were given (the configuration's apply).
  public var profiles: [String]?
  /// `--fail-on`, or `nil` when not given.
  public var failOn: FailOn?

  public init(profiles: [String]? = nil, failOn: FailOn? = nil) {
    self.profiles = profiles
    self.failOn = failOn
  }
}

/// The settings in force for one file: its configuration's rule levels and matching overrides, its
/// profiles and its `fail-on`, with command-line flags applied.
public struct FileSettings: Sendable, Hashable {
  /// The configuration file that applies, or `nil` for none.
  public var configurationPath: String?
  /// `rules:` maps, lowest precedence first: the file's, then each matching override in order.
  public var layers: [RuleLevels]
  /// Profiles turned on for the file, as ``RuleSet/profileKey(_:)`` spells them.
  public var profiles: Set<String>
  public var failOn: FailOn

  public init(configurationPath: String? = nil, layers: [RuleLevels] = [], profiles: Set<String> = [], failOn: FailOn = .error) {
    self.configurationPath = configurationPath
    self.layers = layers
    self.profiles = Set(profiles.map(RuleSet.profileKey))
    self.failOn = failOn
  }

  /// Settings for `path` (absolute, normalized) under `configuration`.
  ///
  /// `--profile` replaces the file's `profiles` (overrides' profiles included) and `--fail-on` its `fail-on`.
  public init(for path: String, configuration: Configuration, commandLine: CommandLineSettings = CommandLineSettings()) {
    let overrides = configuration.overrides(for: path)
    configurationPath = configuration.path
    layers = [configuration.rules] + overrides.map(\.rules)
    let names = commandLine.profiles ?? (configuration.profiles ?? []).map(\.name) + overrides.flatMap { $0.profiles.map(\.name) }
    profiles = Set(names.map(RuleSet.profileKey))
    failOn = commandLine.failOn ?? configuration.failOn ?? .error
  }

  /// The configured level of rule `id`: the last layer with an entry naming it decides, and within a
  /// layer the most specific entry; `nil` when no layer names it.
  public func configuredLevel(for id: String) -> RuleLevel? {
    for layer in layers.reversed() {
      if let level = layer.level(for: id) { return level }
    }
    return nil
  }

  /// The severity diagnostics of a rule get, or `nil` when the rule is off for this file.
  public func severity(for id: String, defaultSeverity: Severity) -> Severity? {
    (configuredLevel(for: id) ?? RuleLevel(defaultSeverity)).severity
  }

  /// Whether a rule runs on this file: its profile is on (or it has none) and it is not `off`.
  public func runs(_ rule: RuleMetadata) -> Bool {
    if let profile = rule.profile, !profiles.contains(RuleSet.profileKey(profile)) { return false }
    return severity(for: rule.id, defaultSeverity: rule.defaultSeverity) != nil
  }
}
