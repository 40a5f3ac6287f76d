import Foundation

/// A file system of one folder held in memory: the files put into it, and nothing from the disk.
///
/// A ``TextLinter`` keeps the configuration a client sends here, so linting text never reads a file,
/// and a configuration's `rule-paths` find nothing. Changing a file changes its stamp, so a workspace
/// reads it again.
public final class HeldFileSystem: FileSystem, @unchecked Sendable {
  /// The folder that holds the files; its ancestors exist and are empty.
  public let folder: String
  private var files: [String: (bytes: [UInt8], version: Int)] = [:]
  private var writes = 0
  private let lock = NSLock()

  public init(folder: String) {
    self.folder = PathName.normalize(folder)
  }

  /// Puts a file named `name` into the folder, or takes it out when `bytes` is `nil`.
  public func set(_ name: String, to bytes: [UInt8]?) {
    lock.withLock {
      writes += 1
      files[PathName.join(folder, name)] = bytes.map { ($0, writes) }
    }
  }

  public func contents(of path: String) -> [UInt8]? {
    lock.withLock { files[path]?.bytes }
  }

  public func kind(of path: String) -> FileKind? {
    if lock.withLock({ files[path] != nil }) { return .file }
    return PathName.ancestors(of: folder).contains(path) ? .folder : nil
  }

  public func names(inFolder path: String) -> [String]? {
    guard kind(of: path) == .folder else { return nil }
    guard path == folder else {
      // An ancestor holds the next folder on the way down.
      return PathName.relative(folder, to: path).flatMap { $0.split(separator: "/").first.map { [String($0)] } }
    }
    return lock.withLock { files.keys.map(PathName.name) }
  }

  public func resolvingLinks(_ path: String) -> String { path }

  public func stamp(of path: String) -> FileStamp? {
    lock.withLock { files[path].map { FileStamp(size: $0.bytes.count, modified: 0, identity: $0.version) } }
  }
}
