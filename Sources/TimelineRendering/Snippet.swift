import TimelineModel

/// A short piece of a quote around its time expression, for one-line mentions of a citation.
enum Snippet {
    /// Characters kept on each side of the expression.
    static let context = 60

    static func around(_ citation: Citation) -> String {
        let quote = citation.quote
        guard quote.count > 2 * context + 20 else { return quote }
        let range = citation.expression.flatMap { quote.firstRange(of: $0) } ?? quote.startIndex..<quote.startIndex
        let lower = quote.index(range.lowerBound, offsetBy: -context, limitedBy: quote.startIndex) ?? quote.startIndex
        let upper = quote.index(range.upperBound, offsetBy: context, limitedBy: quote.endIndex) ?? quote.endIndex
        var piece = String(quote[lower..<upper])
        if lower > quote.startIndex, let space = piece.firstIndex(of: " ") { piece = "…" + piece[piece.index(after: space)...] }
        if upper < quote.endIndex, let space = piece.lastIndex(of: " ") { piece = piece[..<space] + "…" }
        return piece
    }
}
