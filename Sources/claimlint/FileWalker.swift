import Foundation

/// Lists files under a folder by extension, skipping hidden files and folders; sorted for stable output.
enum FileWalker {
  static func files(under root: String, extensions: Set<String>, skipHidden: Bool) -> [String] {
    var result: [String] = []
    var pending = [root]
    var visited = Set<String>()
    let manager = FileManager.default
    while let folder = pending.popLast() {
      // Symbolic links can loop; visit each real folder once.
      guard visited.insert(URL(fileURLWithPath: folder).resolvingSymlinksInPath().path).inserted else { continue }
      guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
      for name in names {
        if skipHidden && name.hasPrefix(".") { continue }
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue {
          pending.append(path)
        } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
          result.append(path)
        }
      }
    }
    return result.sorted()
  }
}
