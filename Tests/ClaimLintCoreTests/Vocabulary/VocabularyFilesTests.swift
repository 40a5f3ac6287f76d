import Foundation
import Testing

@testable import ClaimLintCore

/// The vocabularies in `Rules/vocabulary/`: well-formed rows, and the generated ones up to date with their
/// generator (`Sources/Vocabulary/generate.py`) when `../shared/vocab` and `python3` are present. The
/// spelling rules (`spelling.tsv`) are written by hand.
@Suite struct VocabularyFilesTests {
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let folder = package.appendingPathComponent("Rules/vocabulary")
  static let kinds: [String: Set<String>] = [
    "conditions": ["disease", "symptom", "marker", "natural-state", "pathogen", "disease-word"],
    "substances": ["vitamin", "mineral", "botanical", "supplement"],
    "drugs": ["drug", "brand"],
    "drug-classes": ["class", "member"],
    "spelling": ["spelling"],
  ]
  /// The hand-written spelling rules have three columns: British infix, `spelling`, American infix.
  static let columns: [String: Int] = ["spelling": 3]
  static let sources: Set<String> = ["DO", "ICD10CM", "UNII", "DrugBank", "curated"]

  @Test func everyRowIsWellFormed() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".tsv") }
    #expect(Set(files) == Set(Self.kinds.keys.map { "\($0).tsv" }))
    for file in files.sorted() {
      let name = String(file.dropLast(4))
      let kinds = try #require(Self.kinds[name], "unexpected file \(file)")
      let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
      var rows = 0
      var problems: [String] = []
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.isEmpty || line.hasPrefix("#") { continue }
        rows += 1
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let location = "\(file):\(index + 1)"
        guard fields.count == Self.columns[name, default: 5] else {
          problems.append("\(location): \(fields.count) fields")
          continue
        }
        if fields[0].isEmpty || fields[0] != fields[0].trimmingCharacters(in: .whitespaces) {
          problems.append("\(location): bad term \(fields[0].debugDescription)")
        }
        if !kinds.contains(fields[1]) { problems.append("\(location): unknown kind \(fields[1])") }
        if fields[2].isEmpty { problems.append("\(location): empty concept") }
        guard fields.count == 5 else { continue }
        if !Self.sources.contains(fields[3]) { problems.append("\(location): unknown source \(fields[3])") }
        if let error = Self.senseError(fields[4]) { problems.append("\(location): \(error)") }
      }
      #expect(rows > 0, "\(file) has no rows")
      #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }
  }

  /// The built-in vocabularies are read lazily at run time, so their errors would not show there: read
  /// them here as a user's files are read, at once.
  @Test func everyVocabularyLoadsWithoutErrors() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".tsv") }
    let sources = try files.map { name in
      RuleSource(name: "Rules/vocabulary/" + name, text: try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8))
    }
    let (ruleSet, errors) = RuleSet.load(sources)
    #expect(errors.isEmpty, "\(errors.prefix(10))")
    #expect(ruleSet.rules.isEmpty)
  }

  @Test func senseSyntax() {
    #expect(Self.senseError("") == nil)
    #expect(Self.senseError("food") == nil)
    #expect(Self.senseError("only-preceded-by=a|the common;not-followed-by=weather;ordinary-word") == nil)
    #expect(Self.senseError("not-preceded-by=") != nil)
    #expect(Self.senseError("not-preceded-by=Great") != nil)
    #expect(Self.senseError("not-preceded-by=a  b") != nil)
    #expect(Self.senseError("sometimes") != nil)
    #expect(Self.senseError("food;food") != nil)
  }

  /// nil when `sense` is empty or `;`-separated constraints and flags, each at most once.
  static func senseError(_ sense: String) -> String? {
    if sense.isEmpty { return nil }
    let word = "[a-z0-9'][a-z0-9'.]*"
    let alternative = "\(word)(?: \(word))*"
    let constraint = "^(not-preceded-by|not-followed-by|only-preceded-by|only-followed-by)=\(alternative)(?:\\|\(alternative))*$"
    var seen: Set<String> = []
    for part in sense.split(separator: ";", omittingEmptySubsequences: false).map(String.init) {
      let name: String
      if part == "food" || part == "ordinary-word" {
        name = part
      } else if part.range(of: constraint, options: .regularExpression) != nil {
        name = String(part.prefix { $0 != "=" })
      } else {
        return "bad sense part \(part.debugDescription)"
      }
      if !seen.insert(name).inserted { return "repeated sense part \(name)" }
    }
    return nil
  }

  @Test func generatedFilesAreUpToDate() throws {
    let vocab = Self.package.deletingLastPathComponent().appendingPathComponent("shared/vocab")
    guard FileManager.default.fileExists(atPath: vocab.path) else {
      try Test.cancel("skipped: \(vocab.path) not found, so the vocabularies cannot be regenerated")
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let python = path.split(separator: ":").map({ URL(fileURLWithPath: String($0)).appendingPathComponent("python3") })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else { try Test.cancel("skipped: python3 is not on PATH") }
    let process = Process()
    process.executableURL = python
    process.arguments = [
      Self.package.appendingPathComponent("Sources/Vocabulary/generate.py").path, "--vocab", vocab.path,
      "--out", Self.folder.path, "--check",
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "generate.py --check failed:\n\(text)")
  }
}
