import Foundation

@testable import ClaimLintCore

/// An in-memory file tree for configuration, walk and workspace tests; counts reads so caching can be
/// checked, and can be changed between runs.
final class MemoryFileSystem: FileSystem, @unchecked Sendable {
  private var files: [String: String]
  private var folders: Set<String>
  private var readLog: [String] = []
  private let lock = NSLock()

  /// `files` maps absolute paths to contents; their folders exist implicitly, `emptyFolders` explicitly.
  init(_ files: [String: String], emptyFolders: [String] = []) {
    self.files = files
    folders = ["/"]
    for path in Array(files.keys) + emptyFolders { addFolders(of: path) }
    folders.formUnion(emptyFolders)
  }

  private func addFolders(of path: String) {
    var folder = path
    while folder != "/" {
      folder = PathName.parent(folder)
      folders.insert(folder)
    }
  }

  private func locked<T>(_ body: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }

  /// Every path read, in order.
  var reads: [String] { locked { readLog } }

  /// Creates or replaces a file.
  func write(_ path: String, _ text: String) {
    locked {
      files[path] = text
      addFolders(of: path)
    }
  }

  func remove(_ path: String) {
    _ = locked { files.removeValue(forKey: path) }
  }

  func contents(of path: String) -> [UInt8]? {
    locked {
      readLog.append(path)
      return files[path].map { Array($0.utf8) }
    }
  }

  func kind(of path: String) -> FileKind? {
    locked {
      if files[path] != nil { return .file }
      return folders.contains(path) ? .folder : nil
    }
  }

  func names(inFolder path: String) -> [String]? {
    locked {
      guard folders.contains(path) else { return nil }
      let entries = Array(files.keys) + Array(folders)
      return Array(
        Set(
          entries.compactMap { entry -> String? in
            guard entry != path, PathName.parent(entry) == path else { return nil }
            return PathName.name(entry)
          }))
    }
  }

  func resolvingLinks(_ path: String) -> String { path }

  /// A stamp that does not count as a read.
  func stamp(of path: String) -> FileStamp? {
    locked { files[path].map { FileStamp(size: $0.utf8.count, modified: 0, identity: $0.hashValue) } }
  }
}
