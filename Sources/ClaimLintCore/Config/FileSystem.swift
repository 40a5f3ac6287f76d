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
}

/// What a path names.
public enum FileKind: Sendable, Hashable {
  case file
  case folder
}

/// The real file system, through Foundation.
public struct LocalFileSystem: FileSystem {
  public init() {}

  public func contents(of path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
  }

  public func kind(of path: String) -> FileKind? {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
    return isFolder.boolValue ? .folder : .file
  }

  public func names(inFolder path: String) -> [String]? {
    try? FileManager.default.contentsOfDirectory(atPath: path)
  }

  public func resolvingLinks(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }

  /// The process's current folder.
  public static var currentFolder: String { FileManager.default.currentDirectoryPath }
}
