import Foundation
import Testing

@testable import ClaimLintMCP

/// Messages a strict JSON decoder refuses, made readable; and the request id of a message too long to read.
@Suite struct MessageRepairTests {
  func repaired(_ text: String) -> String {
    String(decoding: MessageRepair.repaired(Array(text.utf8)), as: UTF8.self)
  }

  @Test func loneSurrogatesBecomeReplacementCharacters() throws {
    #expect(repaired(#"{"t":"a\ud800b"}"#) == #"{"t":"a\uFFFDb"}"#)
    #expect(repaired(#"{"t":"\uDC00"}"#) == #"{"t":"\uFFFD"}"#)
    #expect(repaired(#"{"t":"\ud83d\ude00 \ud83d"}"#) == #"{"t":"\ud83d\ude00 \uFFFD"}"#)
    // An escaped backslash before "ud800" is text, not an escape.
    #expect(repaired(#"{"t":"\\ud800"}"#) == #"{"t":"\\ud800"}"#)
    #expect(repaired(#"{"t":"\u00e9\n"}"#) == #"{"t":"\u00e9\n"}"#)
    let decoded = try JSONDecoder().decode([String: String].self, from: Data(repaired(#"{"t":"a\ud800b"}"#).utf8))
    #expect(decoded["t"] == "a\u{FFFD}b")
  }

  @Test func invalidUTF8BecomesReplacementCharacters() throws {
    let line = Array(#"{"t":"a"#.utf8) + [0xFF, 0xC3] + Array(#"b"}"#.utf8)
    let decoded = try JSONDecoder().decode([String: String].self, from: Data(MessageRepair.repaired(line)))
    #expect(decoded["t"] == "a\u{FFFD}\u{FFFD}b")
  }

  @Test func theTopLevelIDIsFoundInAMessagesStart() {
    func id(_ text: String) -> String? { MessageRepair.requestID(in: Array(text.utf8)) }
    #expect(id(#"{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"arguments":{"text":"aaa"#) == "42")
    #expect(id(#"{"method":"id","params":{"id":3,"x":"}"},"id" : "abc-1","more"#) == #""abc-1""#)
    #expect(id(#"{"params":{"id":3},"text":"\"id\":9"#) == nil)
    #expect(id(#"{"id":-5}"#) == "-5")
  }
}
