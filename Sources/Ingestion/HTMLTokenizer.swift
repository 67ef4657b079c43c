/// One piece of an HTML document.
enum HTMLToken: Equatable {
    /// Name and attribute names lower-cased; attribute values with entities decoded.
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    case endTag(name: String)
    /// Text as written (entities not decoded); CDATA sections come as text too.
    case text(String)
    case comment(String)
}

/// A forgiving HTML tokenizer: unclosed tags, unquoted attributes, upper-case names, comments,
/// CDATA, doctypes and stray `<` never stop it. It does not build a tree; `HTMLArticleExtractor` does
/// the little nesting bookkeeping it needs.
struct HTMLTokenizer {
    /// Elements whose content is text up to their end tag, never markup.
    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp", "noscript"]

    private let s: [Unicode.Scalar]
    private var i = 0

    init(_ source: String) {
        s = Array(source.unicodeScalars)
    }

    static func tokens(_ source: String) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(source)
        var out: [HTMLToken] = []
        while let token = tokenizer.next() { out.append(token) }
        return out
    }

    mutating func next() -> HTMLToken? {
        if let raw = rawText {
            rawText = nil
            return .text(raw)
        }
        guard i < s.count else { return nil }
        if s[i] == "<", let token = markup() { return token }
        let start = i
        i += 1
        while i < s.count, s[i] != "<" { i += 1 }
        return .text(string(start, i))
    }

    // MARK: Markup

    /// The markup at `<`, or nil (and nothing consumed) when the `<` is just a character.
    private mutating func markup() -> HTMLToken? {
        if starts(with: "<!--") {
            let end = find("-->", from: i + 4)
            defer { i = min(end + 3, s.count) }
            return .comment(string(i + 4, end))
        }
        if starts(with: "<![CDATA[") {
            let end = find("]]>", from: i + 9)
            defer { i = min(end + 3, s.count) }
            return .text(string(i + 9, end))
        }
        guard i + 1 < s.count else { return nil }
        let next = s[i + 1]
        if next == "!" || next == "?" {
            i = min(find(">", from: i + 2) + 1, s.count)
            return .comment("")
        }
        if next == "/", i + 2 < s.count, isLetter(s[i + 2]) {
            i += 2
            let name = readName()
            i = min(find(">", from: i) + 1, s.count)
            return .endTag(name: name)
        }
        guard isLetter(next) else { return nil }
        i += 1
        let name = readName()
        let (attributes, selfClosing) = readAttributes()
        if Self.rawTextElements.contains(name), !selfClosing {
            captureRawText(until: name)
        }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// Reads the content of a raw-text element, up to its end tag, to be returned as the next token.
    private mutating func captureRawText(until name: String) {
        let close = Array("</\(name)".unicodeScalars)
        var j = i
        while j < s.count, !matchesIgnoringCase(close, at: j) { j += 1 }
        if j > i { rawText = string(i, j) }
        i = j
    }

    /// Raw text waiting to be returned after a `<script>`-like start tag.
    private var rawText: String?

    private mutating func readName() -> String {
        let start = i
        while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "/" { i += 1 }
        return string(start, i).lowercased()
    }

    private mutating func readAttributes() -> ([String: String], Bool) {
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < s.count {
            while i < s.count, isSpace(s[i]) { i += 1 }
            guard i < s.count else { break }
            if s[i] == ">" { i += 1; break }
            if s[i] == "/" {
                i += 1
                if i < s.count, s[i] == ">" { selfClosing = true; i += 1; break }
                continue
            }
            let nameStart = i
            i += 1
            while i < s.count, !isSpace(s[i]), s[i] != "=", s[i] != ">", s[i] != "/" { i += 1 }
            let name = string(nameStart, i).lowercased()
            while i < s.count, isSpace(s[i]) { i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, isSpace(s[i]) { i += 1 }
                value = readValue()
            }
            if attributes[name] == nil { attributes[name] = HTMLEntities.decode(value) }
        }
        return (attributes, selfClosing)
    }

    private mutating func readValue() -> String {
        guard i < s.count else { return "" }
        if s[i] == "\"" || s[i] == "'" {
            let quote = s[i]
            let start = i + 1
            var j = start
            while j < s.count, s[j] != quote { j += 1 }
            i = min(j + 1, s.count)
            return string(start, j)
        }
        let start = i
        while i < s.count, !isSpace(s[i]), s[i] != ">" { i += 1 }
        return string(start, i)
    }

    // MARK: Scalars

    private func starts(with prefix: String) -> Bool {
        matchesIgnoringCase(Array(prefix.unicodeScalars), at: i)
    }

    private func matchesIgnoringCase(_ pattern: [Unicode.Scalar], at j: Int) -> Bool {
        guard j + pattern.count <= s.count else { return false }
        for (k, p) in pattern.enumerated() where lower(s[j + k]) != lower(p) { return false }
        return true
    }

    /// The index of `pattern` at or after `from`, or the end of the input.
    private func find(_ pattern: String, from: Int) -> Int {
        let p = Array(pattern.unicodeScalars)
        var j = from
        while j < s.count {
            if matchesIgnoringCase(p, at: j) { return j }
            j += 1
        }
        return s.count
    }

    private func string(_ a: Int, _ b: Int) -> String {
        a < b ? String(String.UnicodeScalarView(s[a..<b])) : ""
    }

    private func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32) ?? c : c
    }

    private func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    private func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }
}
