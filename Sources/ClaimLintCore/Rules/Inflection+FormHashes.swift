/// The noun forms of a vocabulary key as hashes, without making each form: what hashing every array of
/// ``Inflection/nounForms(ofKey:)`` gives (a test checks every vocabulary row), for building term tables.
extension Inflection {
  /// Appends the FNV-1a hash (``TermTokenizer/hash(_:from:)``) of each noun form of `key`, in the order of
  /// ``nounForms(ofKey:)``.
  func appendNounFormHashes(ofKey key: ArraySlice<UInt8>, to hashes: inout [UInt64]) {
    let count = key.count
    guard count > 1, key.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
      for form in nounForms(ofKey: Array(key)) { hashes.append(TermTokenizer.hash(form)) }
      return
    }
    // prefix[k]: the hash of the key without its last k bytes (k up to 3, where the key is that long).
    var prefix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var value = TermTokenizer.hashBasis
    for (offset, byte) in key.enumerated() {
      switch count - offset {
      case 3: prefix.3 = value
      case 2: prefix.2 = value
      case 1: prefix.1 = value
      default: break
      }
      value = TermTokenizer.hash(from: value, adding: byte)
    }
    prefix.0 = value
    hashes.append(prefix.0)
    appendPluralHashes(key, prefix, to: &hashes)
    if let singular = irregularKeyHashes.singular(of: key, hash: prefix.0) {
      hashes.append(singular)
    } else {
      Self.appendRegularSingularHashes(key, prefix, to: &hashes)
    }
  }

  private func appendPluralHashes(
    _ key: ArraySlice<UInt8>, _ prefix: (UInt64, UInt64, UInt64, UInt64), to hashes: inout [UInt64]
  ) {
    if let irregular = irregularKeyHashes.plurals(of: key, hash: prefix.0) {
      hashes += irregular
      return
    }
    let last = key[key.endIndex - 1]
    let before = key[key.endIndex - 2]
    if last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z")
      || (last == UInt8(ascii: "h") && (before == UInt8(ascii: "c") || before == UInt8(ascii: "s")))
    {
      hashes.append(TermTokenizer.hash("es".utf8, from: prefix.0))
    } else if last == UInt8(ascii: "y") && !Self.isVowelByte(before) {
      hashes.append(TermTokenizer.hash("ies".utf8, from: prefix.1))
    } else {
      // A key ending in "is" ends in "s", handled above, as in ``nounForms(ofKey:)``.
      hashes.append(TermTokenizer.hash("s".utf8, from: prefix.0))
    }
  }

  private static func appendRegularSingularHashes(
    _ key: ArraySlice<UInt8>, _ prefix: (UInt64, UInt64, UInt64, UInt64), to hashes: inout [UInt64]
  ) {
    let end = key.endIndex
    let before = key[end - 2]
    guard key.count > 3, key[end - 1] == UInt8(ascii: "s"), before != UInt8(ascii: "s"), before != UInt8(ascii: "u"),
      before != UInt8(ascii: "i")
    else { return }
    let third = key[end - 3]
    if before == UInt8(ascii: "e") && third == UInt8(ascii: "i") {
      hashes.append(TermTokenizer.hash("y".utf8, from: prefix.3))
      return
    }
    hashes.append(prefix.1)
    guard before == UInt8(ascii: "e") else { return }
    let fourth = key[end - 4]
    if third == UInt8(ascii: "x") || third == UInt8(ascii: "s")
      || (third == UInt8(ascii: "h") && (fourth == UInt8(ascii: "c") || fourth == UInt8(ascii: "s")))
    {
      hashes.append(prefix.2)
    }
  }

  private static func isVowelByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
    default: false
    }
  }
}
