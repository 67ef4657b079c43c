/// Cuts a long text into pieces of about `size` UTF-8 bytes at line breaks, so that tokens never need to be held
/// for a whole large text at once. A piece ends at a line break when one comes within `slack` bytes, else at a
/// space, else at any scalar boundary (a text without white space still gets cut).
enum TextChunks {
    static let size = 1 << 16
    static let slack = 1 << 16

    static func pieces(of text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.count > size + slack else { return [text[...]] }
        var result: [Substring] = []
        var start = text.startIndex
        while start < text.endIndex {
            guard let target = utf8.index(start, offsetBy: size, limitedBy: text.endIndex), target < text.endIndex else {
                result.append(text[start...])
                break
            }
            let cut = boundary(in: text, from: target)
            result.append(text[start..<cut])
            start = cut
        }
        return result
    }

    /// The first good place to cut at or after `from`.
    private static func boundary(in text: String, from: String.Index) -> String.Index {
        let utf8 = text.utf8
        let limit = utf8.index(from, offsetBy: slack, limitedBy: text.endIndex) ?? text.endIndex
        var space: String.Index?
        var i = from
        while i < limit {
            let byte = utf8[i]
            if byte == 10 { return utf8.index(after: i) }
            if byte == 32 && space == nil { space = utf8.index(after: i) }
            i = utf8.index(after: i)
        }
        if let space { return space }
        // Any scalar boundary.
        var j = limit
        while j < text.endIndex, j.samePosition(in: text.unicodeScalars) == nil { j = utf8.index(after: j) }
        return j
    }
}
