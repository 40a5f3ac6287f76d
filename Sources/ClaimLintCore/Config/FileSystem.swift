import Foundation

/// The file-system access configuration discovery and folder walks need; tests use an in-memory one.
public protocol FileSystem: Sendable {
  /// The bytes of a file, or `nil` when it does not exist or cannot be read.
  func contents(of path: String) -> [UInt8]?
  /// Whether `path` is a file, a folder, or missing.
  func kind(of path: String) -> FileKind?
  /// The names in a folder (unsorted), or `nil` when it cannot be listed.
  func names(inFolder path: String) -> [String]?
  /// The path with symbolic links resolved, to visit each real folder once.
  func resolvingLinks(_ path: String) -> String
  /// What tells this version of a file from the next, or `nil` when it does not exist.
  func stamp(of path: String) -> FileStamp?
}

extension FileSystem {
  /// A stamp from the file's contents: right for any file system, but reads the whole file.
  public func stamp(of path: String) -> FileStamp? {
    contents(of: path).map { FileStamp(size: $0.count, modified: 0, identity: $0.hashValue) }
  }

  /// The bytes of the file at `path` (absolute), or an error that names it as `shown`.
  public func read(_ path: String, shownAs shown: String) -> Result<[UInt8], ToolError> {
    switch kind(of: path) {
    case nil: return .failure(ToolError(path: shown, message: "no such file or folder"))
    case .folder: return .failure(ToolError(path: shown, message: "is a folder"))
    case .file: break
    }
    guard let bytes = contents(of: path) else {
      return .failure(ToolError(path: shown, message: "cannot read the file (permission denied?)"))
    }
    return .success(bytes)
  }

  /// The text of a UTF-8 file (rule and configuration files), or an error that names it as `shown`.
  public func readText(_ path: String, shownAs shown: String) -> Result<String, ToolError> {
    read(path, shownAs: shown).flatMap { bytes in
      guard let text = String(validating: bytes, as: UTF8.self) else {
        return .failure(ToolError(path: shown, message: "not valid UTF-8; save the file as UTF-8"))
      }
      return .success(text)
    }
  }
}

/// One version of a file: equal stamps mean the file has not changed (size, modification time, identity).
public struct FileStamp: Sendable, Hashable {
  public var size: Int
  /// Modification time in nanoseconds since 1970, or 0 when unknown.
  public var modified: Int
  /// The inode, or a hash of the contents.
  public var identity: Int

  public init(size: Int, modified: Int, identity: Int) {
    self.size = size
    self.modified = modified
    self.identity = identity
  }
}

/// What a path names.
public enum FileKind: Sendable, Hashable {
  case file
  case folder
}
