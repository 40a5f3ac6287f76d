/// The default rule files, carried inside the binary: the build embeds the package's `Rules/` folder.
public enum EmbeddedRuleFiles {
  /// Each default rule file as its name (`Rules/…`) and contents, sorted by name.
  public static var files: [(name: String, contents: String)] { files(under: "") }

  /// The default files whose names start with `prefix`.
  static func files(under prefix: String) -> [(name: String, contents: String)] {
    embedded.filter { $0.name.hasPrefix(prefix) }
  }
}
