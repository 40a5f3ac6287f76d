import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// The real file system, through POSIX calls on the bytes of each path (``PathBytes``), so a name that
/// is not UTF-8 is listed, read and reported like any other.
public struct LocalFileSystem: FileSystem {
  public init() {}

  public func contents(of path: String) -> [UInt8]? {
    let descriptor = PathBytes.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { return nil }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<count])
    }
  }

  public func kind(of path: String) -> FileKind? {
    guard let info = Self.status(path) else { return nil }
    return info.st_mode & S_IFMT == S_IFDIR ? .folder : .file
  }

  public func names(inFolder path: String) -> [String]? {
    guard let folder = PathBytes.withCString(path, { opendir($0) }) else { return nil }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
        PathBytes.decode(raw.prefix { $0 != 0 })
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  public func resolvingLinks(_ path: String) -> String {
    guard let resolved = PathBytes.withCString(path, { realpath($0, nil) }) else { return path }
    defer { free(resolved) }
    return PathBytes.decode(cString: resolved)
  }

  public func stamp(of path: String) -> FileStamp? {
    guard let info = Self.status(path) else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return FileStamp(
      size: Int(info.st_size), modified: Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec), identity: Int(info.st_ino))
  }

  /// The process's current folder.
  public static var currentFolder: String {
    guard let folder = getcwd(nil, 0) else { return FileManager.default.currentDirectoryPath }
    defer { free(folder) }
    return PathBytes.decode(cString: folder)
  }

  /// `stat` of the path (links followed), or `nil` when it does not exist or cannot be reached.
  static func status(_ path: String) -> stat? {
    var info = stat()
    return PathBytes.withCString(path) { stat($0, &info) } == 0 ? info : nil
  }
}
