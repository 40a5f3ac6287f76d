import FuzzSupport

// HTML scanner: position invariants (ranges inside the text, mapped ranges inside the source, line/col).
runFuzzer { checkDocument($0, format: .html) }
