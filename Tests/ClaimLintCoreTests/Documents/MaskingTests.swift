import Testing
@testable import ClaimLintCore

/// Every non-prose piece below contains an uppercase `Q`; prose never does, so no `Q` may survive masking.
@Suite struct MaskingTests {
  @Test func markdownNonProseLeavesNoLetters() throws {
    let source = """
      ---
      title: Q front matter
      ---
      # Heading with `Q code` span

      Prose with [link text](https://Q.example/Q "Q title") and ![alt words](Q.png).
      Bare https://example.org/Q and www.Q.org and Q@example.org and <https://Q.example>.
      Inline <span class="Q">html</span> and <!-- Q comment --> and <script>Q()</script> end.
      Footnote[^Q] and [full][Qref] reference.

      ```Q
      Q fenced
      ```

      ~~~
      Q tilde fenced
      ~~~

          Q indented code

      <div class="Q">
      <style>Q { }</style>
      Block html words
      </div>

      [Qref]: https://Q.example "Q"
      [^Q]: Footnote words.

      | col one | col two |
      |:-------:|---------|
      | cell words | `Q` |
      """
    let document = try parsed(source, .markdown)
    #expect(!document.scanString.contains("Q"))
    for word in ["Heading", "Prose", "link text", "alt words", "Bare", "html", "end", "Footnote", "full", "reference",
      "Block html words", "Footnote words", "col one", "cell words"]
    {
      expectProse(document, word)
    }
  }

  @Test func htmlNonProseLeavesNoLetters() throws {
    let source = """
      <!DOCTYPE Q>
      <html><head><meta content="Q"><title>Page title</title>
      <style>Q { color: red }</style><script>Q = 1;</script><link rel="Q"></head>
      <body class="Q"><!-- Q comment -->
      <p id="Q">Text <a href="https://Q.example">link</a> and https://Q.example/x too.</p>
      <template>Q</template><noscript>Q</noscript><pre>Q</pre><code>Q</code>
      <![CDATA[Q]]><?Q?>
      </body></html>
      """
    let document = try parsed(source, .html)
    #expect(!document.scanString.contains("Q"))
    #expect(document.collapsedBlockTexts == ["Page title", "Text link and too."])
  }

  @Test func maskingKeepsLayout() throws {
    let source = "- item `code`\n> quote\n\n    code\n"
    let document = try parsed(source, .markdown)
    #expect(document.text.count == source.utf8.count)
    #expect(document.scanString == "  item       \n  quote\n\n        \n")
  }
}
