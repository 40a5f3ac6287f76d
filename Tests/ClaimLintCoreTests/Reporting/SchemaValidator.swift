import Foundation
import Testing

/// Validates JSON against the SARIF 2.1.0 schema with python3's `jsonschema`, when all are present.
struct SchemaValidator {
  static let schemaRelativePath = "shared/schemas/sarif-schema-2.1.0.json"

  let python: URL
  let schema: URL

  /// Finds python3 with `jsonschema` and the schema (`../shared/schemas/` from the package, or any
  /// ancestor's `shared/schemas/`), or cancels the test with the reason one is missing.
  static func locate() throws -> SchemaValidator {
    guard let schema = findSchema() else {
      try Test.cancel("skipped: \(schemaRelativePath) not found above the package directory")
    }
    guard let python = findExecutable("python3") else { try Test.cancel("skipped: python3 is not on PATH") }
    let check = try run(python, ["-c", "import jsonschema"], input: "")
    guard check.status == 0 else { try Test.cancel("skipped: python3 cannot import jsonschema") }
    return SchemaValidator(python: python, schema: schema)
  }

  /// Schema violations in `json`, one per line; empty when it is valid.
  func validate(_ json: String) throws -> String {
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      cls = jsonschema.validators.validator_for(schema)
      validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
      errors = sorted(validator.iter_errors(json.load(sys.stdin)), key=lambda e: list(e.absolute_path))
      for error in errors:
          print("/".join(map(str, error.absolute_path)) + ": " + error.message)
      sys.exit(1 if errors else 0)
      """
    let result = try Self.run(python, ["-c", script, schema.path], input: json)
    return result.status == 0 ? "" : result.output.isEmpty ? "validator exited with \(result.status)" : result.output
  }

  private static func findSchema() -> URL? {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      directory.deleteLastPathComponent()
      let candidate = directory.appendingPathComponent(schemaRelativePath)
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
    }
    return nil
  }

  private static func findExecutable(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  private static func run(_ executable: URL, _ arguments: [String], input: String) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
