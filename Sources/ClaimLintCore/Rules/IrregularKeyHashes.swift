/// The irregular noun tables of ``Inflection`` by the FNV-1a hash of their keys, with their forms already
/// hashed: a vocabulary key is looked up from the hash of its bytes, without making an array of them.
struct IrregularKeyHashes: Sendable {
  /// A key and the hashes of its irregular forms.
  private struct Forms: Sendable {
    var key: [UInt8]
    var hashes: [UInt64]
  }

  private let plurals: [UInt64: [Forms]]
  private let singulars: [UInt64: [Forms]]

  init(plurals: [[UInt8]: [[UInt8]]], singulars: [[UInt8]: [UInt8]]) {
    self.plurals = Self.table(plurals.map { ($0.key, $0.value) })
    self.singulars = Self.table(singulars.map { ($0.key, [$0.value]) })
  }

  private static func table(_ pairs: [([UInt8], [[UInt8]])]) -> [UInt64: [Forms]] {
    var table: [UInt64: [Forms]] = [:]
    for (key, forms) in pairs {
      table[TermTokenizer.hash(key), default: []].append(Forms(key: key, hashes: forms.map { TermTokenizer.hash($0) }))
    }
    return table
  }

  /// The hashes of the irregular plurals of `key`, whose hash is `hash`; nil when it has none.
  func plurals(of key: ArraySlice<UInt8>, hash: UInt64) -> [UInt64]? { Self.find(key, hash, in: plurals) }

  /// The hash of the irregular singular of `key`, whose hash is `hash`; nil when it has none.
  func singular(of key: ArraySlice<UInt8>, hash: UInt64) -> UInt64? { Self.find(key, hash, in: singulars)?.first }

  private static func find(_ key: ArraySlice<UInt8>, _ hash: UInt64, in table: [UInt64: [Forms]]) -> [UInt64]? {
    guard let candidates = table[hash] else { return nil }
    return candidates.first { $0.key.elementsEqual(key) }?.hashes
  }
}
