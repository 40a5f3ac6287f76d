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
  ///
  /// The built-in vocabularies (tested with the project) are read only when a rule first needs them:
  /// at load, only their kinds are listed. A user's vocabulary is read at once, so its errors show.
  static func load(_ sources: [RuleSource]) -> (
    vocabularies: [String: VocabularyDictionary], tokenizer: TermTokenizer, errors: [ToolError]
  ) {
    var files: [(name: String, source: RuleSource, parsed: VocabularyFile?, kinds: Set<String>)] = []
    var errors: [ToolError] = []
    var names: [String: String] = [:]
    for source in sources where source.isVocabulary {
      let name = VocabularyFile.name(ofPath: source.name)
      if let first = names[name] {
        errors.append(
          ToolError(path: source.name, line: 1, column: 1, message: "duplicate vocabulary '\(name)'; \(first) has the same name"))
        continue
      }
      let kinds = source.isBuiltIn ? VocabularyFile.kinds(in: source.text) : []
      if source.isBuiltIn && !kinds.contains(spellingKind) {
        names[name] = source.name
        files.append((name, source, nil, kinds))
        continue
      }
      switch VocabularyFile.parse(path: source.name, text: source.text) {
      case .success(let file):
        names[name] = source.name
        files.append((name, source, file, Set(file.rows.map(\.kind))))
      case .failure(let error):
        errors.append(error)
      }
    }
    let spelling = files.flatMap { file in
      (file.parsed?.rows ?? []).filter { $0.kind == spellingKind }.map { (from: $0.term.lowercased(), to: $0.concept.lowercased()) }
    }
    let tokenizer = TermTokenizer(normalizer: TermNormalizer(replacements: spelling))
    let spellingKey = spelling.map { "\($0.from)>\($0.to)" }.joined(separator: ",")
    var vocabularies: [String: VocabularyDictionary] = [:]
    for (name, source, parsed, kinds) in files {
      switch compile(name, source: source, parsed: parsed, kinds: kinds, tokenizer: tokenizer, spellingKey: spellingKey) {
      case .success(let vocabulary): vocabularies[name] = vocabulary
      case .failure(let error): errors.append(error)
      }
    }
    return (vocabularies, tokenizer, errors)
  }

  /// The dictionary of one file: from its parsed rows now, or (built-in) from its text on first use.
  private static func compile(
    _ name: String, source: RuleSource, parsed: VocabularyFile?, kinds: Set<String>, tokenizer: TermTokenizer,
    spellingKey: String
  ) -> Result<VocabularyDictionary, ToolError> {
    // A built-in file cannot change within a process: its name is enough, without hashing megabytes.
    let contents = source.isBuiltIn ? "built-in" : "\(source.text.utf8.count)|\(TermTokenizer.hash(source.text.utf8))"
    let key = "\(source.name)|\(contents)|\(spellingKey)"
    if let cached = cache.value(for: key) { return .success(cached) }
    let vocabulary: VocabularyDictionary
    if let parsed {
      switch entries(of: parsed, tokenizer: tokenizer) {
      case .success(let entries):
        vocabulary = VocabularyDictionary(
          name: name, dictionary: TermDictionary(entries: entries, tokenizer: tokenizer), kinds: kinds)
      case .failure(let error):
        return .failure(error)
      }
    } else {
      let path = source.name
      let text = source.text
      let dictionary = TermDictionary(tokenizer: tokenizer) {
        guard case .success(let file) = VocabularyFile.parse(path: path, text: text),
          case .success(let entries) = entries(of: file, tokenizer: tokenizer)
        else { return [] }
        return entries
      }
      vocabulary = VocabularyDictionary(name: name, dictionary: dictionary, kinds: kinds)
    }
    cache.store(vocabulary, for: key)
    return .success(vocabulary)
  }

  /// The dictionary entries of a parsed file, or the first sense error.
  private static func entries(of file: VocabularyFile, tokenizer: TermTokenizer) -> Result<[TermDictionary.Entry], ToolError> {
    var entries: [TermDictionary.Entry] = []
    entries.reserveCapacity(file.rows.count)
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
    return .success(entries)
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
