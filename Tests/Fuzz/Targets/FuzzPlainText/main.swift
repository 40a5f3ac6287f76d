import FuzzSupport

// PlainText scanner: position invariants (ranges inside the text, mapped ranges inside the source, line/col).
runFuzzer { checkDocument($0, format: .text) }
