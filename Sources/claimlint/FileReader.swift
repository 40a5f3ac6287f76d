import ClaimLintCore
import Foundation

/// Reads files and standard input as bytes, turning failures into tool errors that name the file.
enum FileReader {
  static func readBytes(_ path: String) -> Result<[UInt8], ToolError> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(ToolError(path: path, message: "no such file or folder"))
    }
    guard !isDirectory.boolValue else { return .failure(ToolError(path: path, message: "is a folder")) }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(ToolError(path: path, message: "cannot read the file (permission denied?)"))
    }
    return .success([UInt8](data))
  }

  /// A UTF-8 text file (rule and configuration files).
  static func readText(_ path: String) -> Result<String, ToolError> {
    readBytes(path).flatMap { bytes in
      guard let text = String(validating: bytes, as: UTF8.self) else {
        return .failure(ToolError(path: path, message: "not valid UTF-8; save the file as UTF-8"))
      }
      return .success(text)
    }
  }

  /// All of standard input.
  static func readStandardInput() -> [UInt8] {
    [UInt8](FileHandle.standardInput.readDataToEndOfFile())
  }
}
