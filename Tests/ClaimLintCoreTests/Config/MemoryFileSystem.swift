@testable import ClaimLintCore

/// An in-memory file tree for configuration and walk tests; counts reads so caching can be checked.
final class MemoryFileSystem: FileSystem, @unchecked Sendable {
  private let files: [String: String]
  private let folders: Set<String>
  private(set) var reads: [String] = []

  /// `files` maps absolute paths to contents; their folders exist implicitly, `emptyFolders` explicitly.
  init(_ files: [String: String], emptyFolders: [String] = []) {
    self.files = files
    var folders: Set<String> = ["/"]
    for path in Array(files.keys) + emptyFolders {
      var folder = path
      while folder != "/" {
        folder = PathName.parent(folder)
        folders.insert(folder)
      }
    }
    folders.formUnion(emptyFolders)
    self.folders = folders
  }

  func contents(of path: String) -> [UInt8]? {
    reads.append(path)
    return files[path].map { Array($0.utf8) }
  }

  func kind(of path: String) -> FileKind? {
    if files[path] != nil { return .file }
    return folders.contains(path) ? .folder : nil
  }

  func names(inFolder path: String) -> [String]? {
    guard folders.contains(path) else { return nil }
    let entries = Array(files.keys) + Array(folders)
    return Array(Set(entries.compactMap { entry -> String? in
      guard entry != path, PathName.parent(entry) == path else { return nil }
      return PathName.name(entry)
    }))
  }

  func resolvingLinks(_ path: String) -> String { path }
}
