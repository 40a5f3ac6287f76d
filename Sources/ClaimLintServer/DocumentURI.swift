import Foundation

/// Converts between `file:` URIs and paths; other schemes (`untitled:`) get a path in the workspace
/// folder so that its configuration applies.
enum DocumentURI {
  static func path(of uri: String, folder: String) -> String {
    if uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL, !url.path.isEmpty {
      return url.path
    }
    let name = uri.split(separator: ":", maxSplits: 1).last.map(String.init) ?? uri
    let safe = name.split(separator: "/").last.map(String.init) ?? "untitled"
    return (folder.hasSuffix("/") ? folder : folder + "/") + (safe.isEmpty ? "untitled" : safe)
  }

  static func uri(of path: String) -> String {
    URL(fileURLWithPath: path).absoluteString
  }
}
