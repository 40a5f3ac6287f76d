import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Writes files so that a reader sees either the old bytes or the new, never a mix, and a crash loses
/// neither: the new bytes go to a temporary file beside the target (with its owner and permissions, or
/// the usual ones for a new file), which is flushed to disk and renamed over it. Every file claimlint
/// writes goes through here: `--fix` rewrites and `--write-baseline`.
///
/// Only a regular file is ever replaced. A symbolic link is followed, so the file it points to is
/// replaced and the link stays; a folder, a device, a FIFO, a socket or a link to nothing is refused.
public enum AtomicFile {
  /// Writes `bytes` to `path`, creating the file or replacing a regular file. With `replaceable`, an
  /// existing file is replaced only when its bytes pass it (`what` names what it must hold); otherwise it
  /// is left as it is.
  public static func write(
    _ path: String, _ bytes: [UInt8], replaceable: (([UInt8]) -> Bool)? = nil, what: String = ""
  ) throws(ToolError) {
    let (target, existing) = try writableTarget(path)
    if existing != nil, let replaceable {
      guard let old = contents(of: target) else { throw ToolError(path: path, message: "cannot read it; not replaced") }
      guard replaceable(old) else {
        throw ToolError(path: path, message: "holds something other than \(what); not replaced (remove it or name another file)")
      }
    }
    let temporary = try writeTemporary(bytes, beside: target, keeping: existing, shownAs: path)
    try commit(temporary, over: target, shownAs: path)
  }

  /// Writes `bytes` to `path` if the file still holds `expected` (checked before writing and again
  /// just before the rename); a file that changed since it was read is refused.
  public static func replace(_ path: String, expecting expected: [UInt8], with bytes: [UInt8]) throws(ToolError) {
    let (target, existing) = try writableTarget(path)
    guard let before = existing else { throw ToolError(path: path, message: "cannot read it: no such file") }
    guard contents(of: target) == expected else {
      throw ToolError(path: path, message: "changed since it was read; not fixed (run again)")
    }
    let temporary = try writeTemporary(bytes, beside: target, keeping: before, shownAs: path)
    guard let after = LocalFileSystem.status(target), same(before, after), contents(of: target) == expected else {
      remove(temporary)
      throw ToolError(path: path, message: "changed while being fixed; not fixed (run again)")
    }
    try commit(temporary, over: target, shownAs: path)
  }

  /// The file to write (symbolic links resolved) and its status, or `nil` status when it is new.
  private static func writableTarget(_ path: String) throws(ToolError) -> (String, stat?) {
    var info = stat()
    guard PathBytes.withCString(path, { lstat($0, &info) }) == 0 else {
      guard errno == ENOENT else { throw ToolError(path: path, message: "cannot read it: \(describeErrno())") }
      return (path, nil)
    }
    var target = path
    if info.st_mode & S_IFMT == S_IFLNK {
      guard let resolved = PathBytes.withCString(path, { realpath($0, nil) }) else {
        throw ToolError(path: path, message: "is a symbolic link to nothing (\(describeErrno())); not replaced")
      }
      target = PathBytes.decode(cString: resolved)
      free(resolved)
      guard let resolvedInfo = LocalFileSystem.status(target) else {
        throw ToolError(path: path, message: "cannot read it: \(describeErrno())")
      }
      info = resolvedInfo
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw ToolError(path: path, message: "\(kindName(info.st_mode)), not a regular file; not replaced")
    }
    return (target, info)
  }

  /// What a file that is not a regular file is, in words.
  private static func kindName(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "is a folder"
    case S_IFCHR, S_IFBLK: "is a device"
    case S_IFIFO: "is a FIFO"
    case S_IFSOCK: "is a socket"
    default: "is a special file"
    }
  }

  /// Creates the temporary file next to `target`, with the mode and owner of `existing` (for a new file,
  /// 0666 less the umask, as any program creates one), writes and flushes it.
  private static func writeTemporary(
    _ bytes: [UInt8], beside target: String, keeping existing: stat?, shownAs path: String
  ) throws(ToolError) -> String {
    let folder = (target as NSString).deletingLastPathComponent
    let prefix = (folder.isEmpty ? "." : folder) + "/." + (target as NSString).lastPathComponent + ".claimlint-"
    var temporary = ""
    var descriptor: Int32 = -1
    for _ in 0..<100 where descriptor < 0 {
      temporary = prefix + String(UInt32.random(in: 0...UInt32.max), radix: 36)
      descriptor = PathBytes.withCString(temporary) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
      if descriptor < 0 && errno != EEXIST { break }
    }
    guard descriptor >= 0 else {
      throw ToolError(path: path, message: "cannot create a temporary file beside it: \(describeErrno())")
    }
    var failure: String?
    if let existing {
      if fchmod(descriptor, existing.st_mode & 0o7777) != 0 { failure = "cannot keep its permissions: \(describeErrno())" }
      _ = fchown(descriptor, existing.st_uid, existing.st_gid)  // only root may give a file away; our own is fine
    }
    if failure == nil { failure = writeAll(bytes, to: descriptor) }
    if failure == nil && fsync(descriptor) != 0 { failure = "cannot flush it to disk: \(describeErrno())" }
    close(descriptor)
    if let failure {
      remove(temporary)
      throw ToolError(path: path, message: failure)
    }
    return temporary
  }

  /// Renames the temporary file over the target and flushes the folder entry.
  private static func commit(_ temporary: String, over target: String, shownAs path: String) throws(ToolError) {
    let renamed = PathBytes.withCString(temporary) { from in PathBytes.withCString(target) { rename(from, $0) } }
    guard renamed == 0 else {
      let reason = describeErrno()
      remove(temporary)
      throw ToolError(path: path, message: "cannot replace the file: \(reason)")
    }
    syncFolder(of: target)
  }

  /// Writes every byte, retrying short writes; the reason on failure.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return "cannot write it: \(describeErrno())"
      }
      offset += written
    }
    return nil
  }

  private static func contents(of path: String) -> [UInt8]? {
    LocalFileSystem().contents(of: path)
  }

  private static func remove(_ path: String) {
    _ = PathBytes.withCString(path) { unlink($0) }
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
    let descriptor = PathBytes.withCString((path as NSString).deletingLastPathComponent) { open($0, O_RDONLY) }
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func describeErrno() -> String {
    String(cString: strerror(errno))
  }
}
