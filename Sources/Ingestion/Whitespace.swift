/// Fast whitespace handling over Unicode scalars (Character properties are slow on long texts).
enum Whitespace {
    /// True for spaces, tabs, line breaks, no-break and other Unicode spaces.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" }
        return c.properties.isWhitespace
    }

    /// Runs of whitespace as one space, leading and trailing whitespace removed.
    static func squash(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in text.unicodeScalars {
            if isSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return String(out)
    }

    /// True when the text has nothing but whitespace.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isSpace)
    }
}
