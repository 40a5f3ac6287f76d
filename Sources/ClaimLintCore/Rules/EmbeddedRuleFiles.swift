import Foundation

/// The default rule files, carried inside the binary: the build embeds the package's `Rules/` folder.
public enum EmbeddedRuleFiles {
  /// Each default rule file as its name (`Rules/…`) and contents, sorted by name.
  public static var files: [(name: String, contents: String)] { files(under: "") }

  /// The default files whose names start with `prefix` (only those are decoded).
  static func files(under prefix: String) -> [(name: String, contents: String)] {
    encoded.filter { $0.name.hasPrefix(prefix) }.map { entry in
      let data = Data(base64Encoded: entry.base64) ?? Data()
      return (entry.name, String(decoding: data, as: UTF8.self))
    }
  }
}
