import Foundation

/// A vocabulary file compiled into a ``TermDictionary``; the same file compiles once per process, however
/// many rule sets load it.
struct VocabularyDictionary: Sendable {
  let name: String
  let dictionary: TermDictionary
  /// The row kinds that occur, for checking lexicon filters.
  let kinds: Set<String>

  /// The kind of row that defines a spelling rule for the normalizer: `term` is the British spelling,
  /// `concept` the American one ("tumour → tumor"), replaced wherever it occurs inside a word.
  static let spellingKind = "spelling"

  /// Parses and compiles every vocabulary among `sources` (files named `*.tsv`), and the normalizer their
  /// spelling rows define. A file with an error is left out whole; the errors name file, line and column.
  static func load(_ sources: [RuleSource]) -> (
    vocabularies: [String: VocabularyDictionary], tokenizer: TermTokenizer, errors: [ToolError]
  ) {
    var files: [(VocabularyFile, RuleSource)] = []
    var errors: [ToolError] = []
    var names: [String: String] = [:]
    for source in sources where source.isVocabulary {
      switch VocabularyFile.parse(path: source.name, text: source.text) {
      case .success(let file):
        if let first = names[file.name] {
          errors.append(
            ToolError(path: source.name, line: 1, column: 1, message: "duplicate vocabulary '\(file.name)'; \(first) has the same name"))
          continue
        }
        names[file.name] = source.name
        files.append((file, source))
      case .failure(let error):
        errors.append(error)
      }
    }
    let spelling = files.flatMap { file, _ in
      file.rows.filter { $0.kind == spellingKind }.map { (from: $0.term.lowercased(), to: $0.concept.lowercased()) }
    }
    let tokenizer = TermTokenizer(normalizer: TermNormalizer(replacements: spelling))
    let spellingKey = spelling.map { "\($0.from)>\($0.to)" }.joined(separator: ",")
    var vocabularies: [String: VocabularyDictionary] = [:]
    for (file, source) in files {
      switch compile(file, source: source, tokenizer: tokenizer, spellingKey: spellingKey) {
      case .success(let vocabulary): vocabularies[file.name] = vocabulary
      case .failure(let error): errors.append(error)
      }
    }
    return (vocabularies, tokenizer, errors)
  }

  private static func compile(
    _ file: VocabularyFile, source: RuleSource, tokenizer: TermTokenizer, spellingKey: String
  ) -> Result<VocabularyDictionary, ToolError> {
    let key = "\(file.path)|\(source.text.utf8.count)|\(TermTokenizer.hash(source.text.utf8))|\(spellingKey)"
    if let cached = cache.value(for: key) { return .success(cached) }
    var entries: [TermDictionary.Entry] = []
    for row in file.rows where row.kind != spellingKind {
      let sense: TermSense
      do {
        sense = try TermSense(row.sense, tokenizer: tokenizer)
      } catch {
        return .failure(
          ToolError(path: file.path, line: row.line, column: row.senseColumn + error.offset, message: error.message))
      }
      entries.append(
        TermDictionary.Entry(
          term: row.term, kind: row.kind, concept: row.concept, source: row.source, sense: sense,
          caseSensitive: TermDictionary.isCaseSensitive(row.term)))
    }
    let vocabulary = VocabularyDictionary(
      name: file.name, dictionary: TermDictionary(entries: entries, tokenizer: tokenizer),
      kinds: Set(entries.map(\.kind)))
    cache.store(vocabulary, for: key)
    return .success(vocabulary)
  }

  private static let cache = Cache()

  /// Compiled vocabularies by file, contents and spelling rules.
  private final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: VocabularyDictionary] = [:]

    func value(for key: String) -> VocabularyDictionary? {
      lock.lock()
      defer { lock.unlock() }
      return values[key]
    }

    func store(_ value: VocabularyDictionary, for key: String) {
      lock.lock()
      values[key] = value
      lock.unlock()
    }
  }
}
