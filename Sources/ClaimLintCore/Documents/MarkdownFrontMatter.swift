/// YAML (`---`) and TOML (`+++`) front matter at the very start of a Markdown file.
enum MarkdownFrontMatter {
  /// Masks front matter that starts at `start` and is closed (`---` or `...` for YAML, `+++` for TOML);
  /// returns where the body begins. Unclosed front matter is not front matter.
  static func maskFrontMatter(_ buffer: inout ScanBuffer, from start: Int) -> Int {
    let first = SourceLine.at(start, in: buffer.text, limit: buffer.count)
    let fence = ScanBuffer.trimmed(first.content, in: buffer.text)
    guard fence.lowerBound == first.start, fence.count == 3 else { return start }
    let marker = Array(buffer.text[fence])
    guard marker == Array("---".utf8) || marker == Array("+++".utf8) else { return start }
    let closers = marker == Array("---".utf8) ? [marker, Array("...".utf8)] : [marker]
    var lineStart = first.next
    while lineStart < buffer.count {
      let line = SourceLine.at(lineStart, in: buffer.text, limit: buffer.count)
      let trimmed = ScanBuffer.trimmed(line.content, in: buffer.text)
      if trimmed.lowerBound == line.start && closers.contains(Array(buffer.text[trimmed])) {
        buffer.mask(start..<line.next)
        return line.next
      }
      lineStart = line.next
    }
    return start
  }
}
