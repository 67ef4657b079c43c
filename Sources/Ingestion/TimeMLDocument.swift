/// A TimeML document (TimeBank, AQUAINT, SemEval): its creation date, and the text of its `<TEXT>`
/// element with a map back to the characters as written, so that tags can be put back in place.
///
/// Offsets count Unicode scalars.
public struct TimeMLDocument: Sendable {
    /// The `value` of the `<TIMEX3>` inside `<DCT>`, its first ten characters as `YYYY-MM-DD`.
    public let creationDate: CalendarDate?
    /// The `<TITLE>` or else the `<EXTRAINFO>` text, whitespace squashed.
    public let title: String?
    /// The source up to and including `<TEXT>`.
    public let head: String
    /// The source from `</TEXT>` to the end.
    public let tail: String
    /// The body of `<TEXT>` with every tag removed and entities left as written: what a TimeML scorer sees.
    public let rawText: String
    /// `rawText` with entities decoded and a line break where a `</s>` or `</p>` sits between two
    /// non-space characters (SemEval sentences are written `<s>..</s><s>..</s>`).
    public let text: String
    /// For each scalar offset into `text` (and its end), the matching offset into `rawText`.
    private let rawOffsets: [Int]

    /// Closing tags that end a sentence or paragraph.
    static let breakingTags: Set<String> = ["s", "p"]

    /// Reads `source`; throws `IngestionError` (`.invalidData`, naming `file`) when it has no `<TEXT>...</TEXT>`.
    public init(parsing source: String, file: String) throws {
        let s = Array(source.unicodeScalars)
        guard let open = Self.find("<TEXT>", in: s, from: 0),
              let close = Self.find("</TEXT>", in: s, from: open + 6) else {
            throw IngestionError.at(.invalidData, file: file, "not a TimeML document: no <TEXT>...</TEXT> element")
        }
        let bodyStart = open + 6
        head = Self.string(s[..<bodyStart])
        tail = Self.string(s[close...])
        let (raw, breaks) = Self.removeTags(s[bodyStart..<close])
        rawText = Self.string(raw[...])
        (text, rawOffsets) = Self.decode(raw, breaks: breaks)
        creationDate = Self.creationDate(in: s)
        title = Self.element("TITLE", in: s) ?? Self.element("EXTRAINFO", in: s)
    }

    /// The offset into `rawText` of offset `offset` into `text` (clamped to the text).
    public func rawOffset(ofTextOffset offset: Int) -> Int {
        rawOffsets[min(max(offset, 0), rawOffsets.count - 1)]
    }

    // MARK: Reading

    /// The body without tags, and the offsets (into that text) where a sentence or paragraph closed.
    /// A tag is `<`, an optional `/`, a name of letters, digits or `_`, anything but `>`, then `>`.
    private static func removeTags(_ body: ArraySlice<Unicode.Scalar>) -> ([Unicode.Scalar], Set<Int>) {
        var out: [Unicode.Scalar] = []
        var breaks = Set<Int>()
        var i = body.startIndex
        while i < body.endIndex {
            if body[i] == "<", let (name, closing, end) = tag(in: body, at: i) {
                if closing, breakingTags.contains(name.lowercased()) { breaks.insert(out.count) }
                i = end
            } else {
                out.append(body[i])
                i += 1
            }
        }
        return (out, breaks)
    }

    private static func tag(in s: ArraySlice<Unicode.Scalar>, at i: Int) -> (name: String, closing: Bool, end: Int)? {
        var j = i + 1
        let closing = j < s.endIndex && s[j] == "/"
        if closing { j += 1 }
        let nameStart = j
        while j < s.endIndex, isNameScalar(s[j]) { j += 1 }
        guard j > nameStart else { return nil }
        let name = string(s[nameStart..<j])
        while j < s.endIndex, s[j] != ">" { j += 1 }
        guard j < s.endIndex else { return nil }
        return (name, closing, j + 1)
    }

    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_"
    }

    private static func decode(_ raw: [Unicode.Scalar], breaks: Set<Int>) -> (String, [Int]) {
        var out = String.UnicodeScalarView()
        var offsets: [Int] = []
        var i = 0
        while i < raw.count {
            if breaks.contains(i), i > 0, !isSpace(raw[i - 1]), !isSpace(raw[i]) {
                out.append("\n")
                offsets.append(i)
            }
            if raw[i] == "&", let (decoded, length) = HTMLEntities.reference(in: raw, at: i, table: HTMLEntities.xml) {
                for scalar in decoded.unicodeScalars {
                    out.append(scalar)
                    offsets.append(i)
                }
                i += length
            } else {
                out.append(raw[i])
                offsets.append(i)
                i += 1
            }
        }
        offsets.append(raw.count)
        return (String(out), offsets)
    }

    private static func creationDate(in s: [Unicode.Scalar]) -> CalendarDate? {
        guard let open = find("<DCT>", in: s, from: 0), let close = find("</DCT>", in: s, from: open) else { return nil }
        for token in HTMLTokenizer.tokens(string(s[open..<close])) {
            if case .startTag("timex3", let attributes, _) = token, let value = attributes["value"] {
                return CalendarDate(iso: value.prefix(10))
            }
        }
        return nil
    }

    private static func element(_ name: String, in s: [Unicode.Scalar]) -> String? {
        guard let open = find("<\(name)>", in: s, from: 0),
              let close = find("</\(name)>", in: s, from: open) else { return nil }
        let inner = string(s[(open + name.unicodeScalars.count + 2)..<close])
        let plain = HTMLEntities.decode(string(removeTags(Array(inner.unicodeScalars)[...]).0[...]), table: HTMLEntities.xml)
        let squashed = plain.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return squashed.isEmpty ? nil : squashed
    }

    // MARK: Scalars

    private static func find(_ pattern: String, in s: [Unicode.Scalar], from: Int) -> Int? {
        let p = Array(pattern.unicodeScalars)
        guard !p.isEmpty, s.count >= p.count, from <= s.count - p.count else { return nil }
        for i in from...(s.count - p.count) where s[i] == p[0] && s[i..<(i + p.count)].elementsEqual(p) { return i }
        return nil
    }

    private static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(s))
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
}
