/// The output formats `--format` accepts, and how to make their reporters.
public enum ReporterKind: String, CaseIterable, Sendable {
  case text
  case gcc
  case json
  case sarif
  case github
  case junit
  case checkstyle
  case html

  /// Settings some reporters use; the others ignore them.
  public struct Options: Sendable {
    /// ANSI colour for `text`.
    public var color: Bool
    /// The directory paths are made relative to, for `sarif` and `github`.
    public var baseDirectory: String?
    /// `tool.driver.version` for `sarif`; the footer of `html`.
    public var toolVersion: String?
    /// `tool.driver.informationUri` for `sarif`.
    public var informationURI: String?
    /// What a column counts in `gcc`.
    public var columnUnit: SourceText.ColumnUnit

    public init(
      color: Bool = false, baseDirectory: String? = nil, toolVersion: String? = nil, informationURI: String? = nil,
      columnUnit: SourceText.ColumnUnit = .utf8
    ) {
      self.color = color
      self.baseDirectory = baseDirectory
      self.toolVersion = toolVersion
      self.informationURI = informationURI
      self.columnUnit = columnUnit
    }
  }

  /// The reporter type, whose ``Reporter/identifier`` is this case's raw value.
  public var reporterType: any Reporter.Type {
    switch self {
    case .text: TextReporter.self
    case .gcc: GCCReporter.self
    case .json: JSONReporter.self
    case .sarif: SARIFReporter.self
    case .github: GitHubReporter.self
    case .junit: JUnitReporter.self
    case .checkstyle: CheckstyleReporter.self
    case .html: HTMLReporter.self
    }
  }

  /// A reporter for this format.
  public func makeReporter(_ options: Options = Options()) -> any Reporter {
    switch self {
    case .text: TextReporter(color: options.color)
    case .gcc: GCCReporter(columnUnit: options.columnUnit)
    case .json: JSONReporter()
    case .sarif:
      SARIFReporter(
        baseDirectory: options.baseDirectory, toolVersion: options.toolVersion, informationURI: options.informationURI)
    case .github: GitHubReporter(baseDirectory: options.baseDirectory)
    case .junit: JUnitReporter()
    case .checkstyle: CheckstyleReporter()
    case .html: HTMLReporter(toolVersion: options.toolVersion)
    }
  }
}
