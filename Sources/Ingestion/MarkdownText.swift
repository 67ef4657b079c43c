/// Markdown made plain: heading marks, `**` / `*` / `__` emphasis and link syntax removed,
/// `[text](url)` kept as its text, `![alt](src)` as its alt text, `<https://...>` kept.
enum MarkdownText {
    static func plain(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .map { inline(stripHeading(String($0))) }
            .joined(separator: "\n")
    }

    /// `## Title` → `Title` (also a closing `##`).
    private static func stripHeading(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " }
        let hashes = trimmed.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return line }
        let rest = trimmed.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " else { return line }
        var title = String(rest.drop { $0 == " " })
        while title.hasSuffix("#") { title.removeLast() }
        return title.trimmingTrailingSpaces()
    }

    private static func inline(_ line: String) -> String {
        let chars = Array(line)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "!" || c == "[", let (text, end) = link(chars, at: c == "!" ? i + 1 : i) {
                out += text
                i = end
            } else if c == "*" || (c == "_" && i + 1 < chars.count && chars[i + 1] == "_") {
                // Emphasis marks go; a lone `*` between spaces (a multiplication, a list bullet) stays.
                let run = chars[i...].prefix { $0 == c }.count
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + run < chars.count ? chars[i + run] : " "
                if before.isWhitespace && after.isWhitespace { out += String(chars[i..<i + run]) }
                i += run
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// `[text](target)` at `i`: the text and the index after the closing parenthesis.
    private static func link(_ chars: [Character], at i: Int) -> (String, Int)? {
        guard i < chars.count, chars[i] == "[", let close = chars[i...].firstIndex(of: "]"),
              close + 1 < chars.count, chars[close + 1] == "(",
              let end = chars[(close + 1)...].firstIndex(of: ")") else { return nil }
        return (String(chars[(i + 1)..<close]), end + 1)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
