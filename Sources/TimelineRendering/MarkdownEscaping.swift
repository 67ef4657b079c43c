/// Makes text safe inside Markdown: quotes, summaries and table cells show as written.
enum MarkdownEscaping {
    /// Characters that could start emphasis, code, links, HTML, tables or strike-through.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// Backslash before each special character; line breaks become spaces.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text {
            if ch.isNewline {
                out.append(" ")
            } else {
                if special.contains(ch) { out.append("\\") }
                out.append(ch)
            }
        }
        return out
    }

    /// A table cell: escaped inline text, nothing when empty.
    static func cell(_ text: String?) -> String {
        inline(text ?? "")
    }

    /// A URL as an autolink that survives tables: pipes, spaces and angle brackets percent-encoded.
    static func link(_ url: String?) -> String {
        guard let url, !url.isEmpty else { return "" }
        let encoded: [Character: String] = ["|": "%7C", " ": "%20", "<": "%3C", ">": "%3E", "\n": ""]
        return "<" + url.map { encoded[$0] ?? String($0) }.joined() + ">"
    }
}
