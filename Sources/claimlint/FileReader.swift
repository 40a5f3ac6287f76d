import ClaimLintCore
import Foundation

/// Reads files named on the command line and standard input as bytes.
enum FileReader {
  /// The bytes of `path` (relative to the current folder), or an error naming it as given.
  static func readBytes(_ path: String) -> Result<[UInt8], ToolError> {
    LocalFileSystem().read(PathName.absolute(path, in: LocalFileSystem.currentFolder), shownAs: path)
  }

  /// All of standard input.
  static func readStandardInput() -> [UInt8] {
    [UInt8](FileHandle.standardInput.readDataToEndOfFile())
  }
}
