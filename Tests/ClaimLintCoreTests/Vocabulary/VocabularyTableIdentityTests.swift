import Foundation
import Testing

@testable import ClaimLintCore

/// The term tables are built from key hashes, without making each key and noun form: on every shipped
/// vocabulary they must equal the tables made the plain way, from ``TermTokenizer/keys(of:)``,
/// ``TermDictionary/spellings(of:)`` and ``Inflection/nounForms(ofKey:)``.
@Suite struct VocabularyTableIdentityTests {
  static let folder = VocabularyFilesTests.folder

  /// The shipped vocabularies, loaded as a run loads them, and their tokenizer.
  static func shipped() throws -> (vocabularies: [VocabularyDictionary], tokenizer: TermTokenizer) {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }
    let sources = try files.sorted().map { name in
      RuleSource(name: "Rules/vocabulary/" + name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }
    let (vocabularies, tokenizer, errors) = VocabularyDictionary.load(sources)
    #expect(errors.isEmpty)
    return (vocabularies.values.sorted { $0.name < $1.name }, tokenizer)
  }

  @Test func keysEqualThePlainKeys() throws {
    let (vocabularies, tokenizer) = try Self.shipped()
    var keys = TermKeys()
    var checked = 0
    for vocabulary in vocabularies {
      for entry in vocabulary.dictionary.entries {
        tokenizer.fillKeys(of: entry.term, into: &keys)
        let plain = tokenizer.keys(of: entry.term)
        let filled = (0..<keys.count).map { (Array(keys.bytes[keys.range($0)]), keys.hyphenAfter[$0]) }
        #expect(filled.map(\.0) == plain.map(\.key), "\(entry.term)")
        #expect(filled.map(\.1) == plain.map(\.hyphenAfter), "\(entry.term)")
        checked += 1
      }
    }
    #expect(checked > 40_000)
  }

  @Test func formHashesEqualTheHashedForms() throws {
    let (vocabularies, tokenizer) = try Self.shipped()
    var words = Set<[UInt8]>()
    for vocabulary in vocabularies {
      for entry in vocabulary.dictionary.entries {
        for spelling in TermDictionary.spellings(of: tokenizer.keys(of: entry.term)) { words.formUnion(spelling) }
      }
    }
    // Irregular nouns, and the edge cases of the regular rules.
    words.formUnion(["mouse", "mice", "child", "children", "crisis", "box", "church", "rash", "allergy", "day", "allergies",
      "illness", "virus", "stones", "rashes", "boxes", "ses", "a", "x1", "covid19", "café"].map { Array($0.utf8) })
    for word in words {
      var hashes: [UInt64] = []
      Inflection.standard.appendNounFormHashes(ofKey: word[...], to: &hashes)
      let expected = Inflection.standard.nounForms(ofKey: word).map { TermTokenizer.hash($0) }
      #expect(Set(hashes) == Set(expected), "\(String(decoding: word, as: UTF8.self))")
    }
    #expect(words.count > 20_000)
  }

  @Test func tablesEqualThePlainConstruction() throws {
    let (vocabularies, tokenizer) = try Self.shipped()
    // The spelling table is a vocabulary file with no terms of its own.
    let withTerms = vocabularies.filter { !$0.dictionary.entries.isEmpty }
    #expect(withTerms.count >= 4)
    for vocabulary in withTerms {
      let entries = vocabulary.dictionary.entries
      let table = TermTable(entries: entries, tokenizer: tokenizer)
      let expected = Self.plainSlots(entries, tokenizer: tokenizer)
      #expect(table.count == expected.count, "\(vocabulary.name)")
      var mismatches: [String] = []
      for (hash, slot) in expected {
        guard let found = table.slot(hash) else {
          mismatches.append("missing \(hash)")
          continue
        }
        var chain: [Int32] = []
        var link = found.head
        while link >= 0 {
          chain.append(table.links[Int(link)].entry)
          link = table.links[Int(link)].next
        }
        if found.continues != slot.continues || chain != slot.entries { mismatches.append("slot \(hash)") }
      }
      for start in Self.plainStarts(entries, tokenizer: tokenizer) where !table.mayStart(start) {
        mismatches.append("start \(start)")
      }
      #expect(mismatches.isEmpty, "\(vocabulary.name): \(mismatches.prefix(5))")
      #expect(expected.count > 100, "\(vocabulary.name): \(entries.count) entries")
    }
  }

  /// The slots the table must have, made from keys and forms as arrays: entry lists newest first.
  static func plainSlots(_ entries: [TermDictionary.Entry], tokenizer: TermTokenizer) -> [UInt64: (continues: Bool, entries: [Int32])] {
    var slots: [UInt64: (continues: Bool, entries: [Int32])] = [:]
    for (index, entry) in entries.enumerated() {
      for spelling in TermDictionary.spellings(of: tokenizer.keys(of: entry.term)) {
        var hash = TermTokenizer.sequenceSeed
        for key in spelling.dropLast() {
          hash = TermTokenizer.extend(hash, with: TermTokenizer.hash(key))
          slots[hash, default: (false, [])].continues = true
        }
        for form in Inflection.standard.nounForms(ofKey: spelling[spelling.count - 1]) {
          let terminal = TermTokenizer.extend(hash, with: TermTokenizer.hash(form))
          if !slots[terminal, default: (false, [])].entries.contains(Int32(index)) {
            slots[terminal, default: (false, [])].entries.insert(Int32(index), at: 0)
          }
        }
      }
    }
    return slots
  }

  /// The one-word sequence hashes every term can start with.
  static func plainStarts(_ entries: [TermDictionary.Entry], tokenizer: TermTokenizer) -> [UInt64] {
    entries.flatMap { entry in
      TermDictionary.spellings(of: tokenizer.keys(of: entry.term)).flatMap { spelling -> [UInt64] in
        spelling.count > 1
          ? [TermTokenizer.extend(TermTokenizer.sequenceSeed, with: TermTokenizer.hash(spelling[0]))]
          : Inflection.standard.nounForms(ofKey: spelling[0]).map {
            TermTokenizer.extend(TermTokenizer.sequenceSeed, with: TermTokenizer.hash($0))
          }
      }
    }
  }
}
