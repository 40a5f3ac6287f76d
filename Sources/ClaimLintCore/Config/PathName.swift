/// Pure string operations on `/`-separated paths; nothing touches the disk.
public enum PathName {
  /// No `.` or empty components, `..` folded where possible; `.` for an empty relative path.
  public static func normalize(_ path: String) -> String {
    ReportPaths.normalize(path)
  }

  /// `path` made absolute against `folder` (when relative) and normalized.
  public static func absolute(_ path: String, in folder: String) -> String {
    let slashed = normalize(path)
    return slashed.hasPrefix("/") ? slashed : normalize(folder + "/" + slashed)
  }

  /// `child` appended to `folder`.
  public static func join(_ folder: String, _ child: String) -> String {
    folder.hasSuffix("/") ? folder + child : folder + "/" + child
  }

  /// The folder holding `path` (`/` for top-level entries, `.` for a bare relative name).
  public static func parent(_ path: String) -> String {
    let normalized = normalize(path)
    guard let slash = normalized.lastIndex(of: "/") else { return "." }
    return slash == normalized.startIndex ? "/" : String(normalized[..<slash])
  }

  /// The last component.
  public static func name(_ path: String) -> String {
    normalize(path).split(separator: "/").last.map(String.init) ?? path
  }

  /// `path` relative to `folder` when it lies inside it (both absolute and normalized), else `nil`.
  /// A path equal to the folder gives `""`.
  public static func relative(_ path: String, to folder: String) -> String? {
    if path == folder { return "" }
    if folder == "/" { return path.hasPrefix("/") ? String(path.dropFirst()) : nil }
    guard path.hasPrefix(folder + "/") else { return nil }
    return String(path.dropFirst(folder.count + 1))
  }

  /// The folder and its ancestors, nearest first, up to `/`.
  public static func ancestors(of folder: String) -> [String] {
    var result = [folder]
    var current = folder
    while current != "/" && current != "." {
      current = parent(current)
      result.append(current)
    }
    return result
  }
}
