/// The subset of SARIF 2.1.0 that ``SARIFReporter`` writes, as typed `Codable` values.
///
/// Optional properties are left out when `nil`. Names follow the SARIF object names.
enum SARIF {
  static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  static let version = "2.1.0"
  static let sourceRoot = "%SRCROOT%"

  struct Log: Codable, Sendable {
    var schema: String
    var version: String
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Codable, Sendable {
    var tool: Tool
    var invocations: [Invocation]
    var originalUriBaseIds: [String: ArtifactLocation]?
    var columnKind: String
    var results: [Result]
  }

  struct Tool: Codable, Sendable {
    var driver: Driver
  }

  struct Driver: Codable, Sendable {
    var name: String
    var version: String?
    var informationUri: String?
    var rules: [ReportingDescriptor]
  }

  struct ReportingDescriptor: Codable, Sendable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: MultiformatMessage
    var defaultConfiguration: Configuration
    var properties: DescriptorProperties
  }

  struct Configuration: Codable, Sendable {
    var level: String
  }

  struct DescriptorProperties: Codable, Sendable {
    var tags: [String]
  }

  struct Message: Codable, Sendable {
    var text: String
  }

  struct MultiformatMessage: Codable, Sendable {
    var text: String
    var markdown: String
  }

  struct Result: Codable, Sendable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Message
    var locations: [Location]
    var relatedLocations: [Location]?
    var partialFingerprints: [String: String]
    var fixes: [Fix]?
  }

  struct Location: Codable, Sendable {
    var id: Int?
    var physicalLocation: PhysicalLocation?
    var message: Message?
  }

  struct PhysicalLocation: Codable, Sendable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct ArtifactLocation: Codable, Sendable {
    var uri: String
    var uriBaseId: String?
  }

  /// Lines and columns are 1-based with an exclusive end column; byte offsets are 0-based.
  struct Region: Codable, Sendable {
    var startLine: Int
    var startColumn: Int?
    var endLine: Int?
    var endColumn: Int?
    var byteOffset: Int?
    var byteLength: Int?
  }

  struct Fix: Codable, Sendable {
    var description: Message?
    var artifactChanges: [ArtifactChange]
  }

  struct ArtifactChange: Codable, Sendable {
    var artifactLocation: ArtifactLocation
    var replacements: [Replacement]
  }

  struct Replacement: Codable, Sendable {
    var deletedRegion: Region
    var insertedContent: ArtifactContent?
  }

  struct ArtifactContent: Codable, Sendable {
    var text: String
  }

  struct Invocation: Codable, Sendable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [Notification]?
  }

  struct Notification: Codable, Sendable {
    var level: String
    var message: Message
    var locations: [Location]?
  }
}
