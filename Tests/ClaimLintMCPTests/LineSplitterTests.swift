import Testing

@testable import ClaimLintMCP

/// Lines of the stdio transport: split wherever chunks end, CRLF taken, overlong lines skipped whole.
@Suite struct LineSplitterTests {
  func bytes(_ text: String) -> ArraySlice<UInt8> { ArraySlice(text.utf8) }

  @Test func linesSpanChunksAndEmptyLinesAreLeftOut() {
    var splitter = LineSplitter(maximumLine: 100)
    #expect(splitter.append(bytes("{\"a\":")).isEmpty)
    #expect(splitter.append(bytes("1}\r\n\n{\"b\"")) == [.message(Array("{\"a\":1}".utf8))])
    #expect(splitter.append(bytes(":2}\n{\"c\":3}\n")) == [.message(Array("{\"b\":2}".utf8)), .message(Array("{\"c\":3}".utf8))])
  }

  @Test func anOverlongLineKeepsItsStartAndTheNextLineIsRead() {
    var splitter = LineSplitter(maximumLine: 10)
    #expect(splitter.append(bytes("{\"id\":7,\"text\":\"")).isEmpty)
    #expect(splitter.append(bytes(String(repeating: "x", count: 50))).isEmpty)
    let lines = splitter.append(bytes("\"}\n{\"ok\":1}\n"))
    #expect(lines == [.overlong(prefix: Array("{\"id\":7,\"text\":\"".utf8)), .message(Array("{\"ok\":1}".utf8))])
  }

  @Test func aLineOfExactlyTheMaximumIsAMessage() {
    var splitter = LineSplitter(maximumLine: 4)
    #expect(splitter.append(bytes("abcd\nabcde\n")) == [.message(Array("abcd".utf8)), .overlong(prefix: Array("abcde".utf8))])
  }
}
