import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file's contents so that a reader sees either the old bytes or the new, never a mix, and a
/// crash loses neither: the new bytes go to a temporary file beside it (same owner and permissions),
/// which is flushed to disk and renamed over the original.
///
/// ``replace(_:expecting:with:)`` refuses a file whose bytes are no longer the ones the caller read,
/// checked before writing and again just before the rename; ``save(_:to:)`` creates or replaces a report.
/// A symbolic link is followed: the file it points to is replaced.
public enum AtomicFile {
  /// Writes `bytes` to `path` if the file still holds `expected`.
  public static func replace(_ path: String, expecting expected: [UInt8], with bytes: [UInt8]) throws(ToolError) {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let before = try status(of: target, shownAs: path)
    guard FileManager.default.contents(atPath: target).map(Array.init) == expected else {
      throw ToolError(path: path, message: "changed since it was read; not fixed (run again)")
    }
    let temporary = try writeTemporary(bytes, beside: target, mode: before.st_mode, owner: before.st_uid, group: before.st_gid, shownAs: path)
    let after = try? status(of: target, shownAs: path)
    guard let after, same(before, after), FileManager.default.contents(atPath: target).map(Array.init) == expected else {
      unlink(temporary)
      throw ToolError(path: path, message: "changed while being fixed; not fixed (run again)")
    }
    guard rename(temporary, target) == 0 else {
      let reason = describeErrno()
      unlink(temporary)
      throw ToolError(path: path, message: "cannot replace the file: \(reason)")
    }
    syncFolder(of: target)
  }

  /// Writes `bytes` to `path` (a report's `--output`): a new file gets the usual permissions (0666 less
  /// the umask), an existing regular file keeps its own. A symbolic link is followed; anything else at
  /// `path` (a folder, a device, a pipe, a dangling link) is refused and left alone.
  public static func save(_ bytes: [UInt8], to path: String) throws(ToolError) {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    var info = stat()
    var mode: mode_t
    if stat(target, &info) == 0 {
      guard info.st_mode & S_IFMT == S_IFREG else { throw ToolError(path: path, message: "not a regular file; not replaced") }
      mode = info.st_mode
    } else {
      guard errno == ENOENT else { throw ToolError(path: path, message: "cannot write there: \(describeErrno())") }
      var link = stat()
      guard lstat(path, &link) != 0 else { throw ToolError(path: path, message: "a link to nothing; not replaced") }
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
      (info.st_uid, info.st_gid) = (getuid(), getgid())
    }
    let temporary = try writeTemporary(bytes, beside: target, mode: mode, owner: info.st_uid, group: info.st_gid, shownAs: path)
    guard rename(temporary, target) == 0 else {
      let reason = describeErrno()
      unlink(temporary)
      throw ToolError(path: path, message: "cannot replace the file: \(reason)")
    }
    syncFolder(of: target)
  }

  /// Creates the temporary file next to `target` with the given mode and owner, writes and flushes it.
  private static func writeTemporary(
    _ bytes: [UInt8], beside target: String, mode: mode_t, owner: uid_t, group: gid_t, shownAs path: String
  ) throws(ToolError) -> String {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".claimlint-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw ToolError(path: path, message: "cannot create a temporary file beside it: \(describeErrno())")
    }
    let temporary = String(cString: template)
    var failure: String?
    if fchmod(descriptor, mode & 0o7777) != 0 { failure = "cannot keep its permissions: \(describeErrno())" }
    _ = fchown(descriptor, owner, group)  // only root may give a file away; keeping our own is fine
    if failure == nil { failure = writeAll(bytes, to: descriptor) }
    if failure == nil && fsync(descriptor) != 0 { failure = "cannot flush it to disk: \(describeErrno())" }
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw ToolError(path: path, message: failure)
    }
    return temporary
  }

  /// Writes every byte, retrying short writes; the reason on failure.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return "cannot write it: \(describeErrno())"
      }
      offset += written
    }
    return nil
  }

  private static func status(of path: String, shownAs shown: String) throws(ToolError) -> stat {
    var info = stat()
    guard stat(path, &info) == 0 else { throw ToolError(path: shown, message: "cannot read it: \(describeErrno())") }
    guard info.st_mode & S_IFMT == S_IFREG else { throw ToolError(path: shown, message: "not a regular file; not fixed") }
    return info
  }

  /// Same inode, size and modification time.
  private static func same(_ a: stat, _ b: stat) -> Bool {
    #if canImport(Darwin)
      let (timeA, timeB) = (a.st_mtimespec, b.st_mtimespec)
    #else
      let (timeA, timeB) = (a.st_mtim, b.st_mtim)
    #endif
    return a.st_ino == b.st_ino && a.st_dev == b.st_dev && a.st_size == b.st_size
      && timeA.tv_sec == timeB.tv_sec && timeA.tv_nsec == timeB.tv_nsec
  }

  /// Flushes the folder entry of the rename; a failure here leaves a correct file, so it is not reported.
  private static func syncFolder(of path: String) {
    let descriptor = open((path as NSString).deletingLastPathComponent, O_RDONLY)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func describeErrno() -> String {
    String(cString: strerror(errno))
  }
}
