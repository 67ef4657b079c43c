import Foundation

/// What an HTML page says about itself, and its article text.
struct HTMLPage: Equatable {
    /// Paragraphs, headings, list items and quotes, one block per paragraph, separated by blank lines.
    var text: String
    var title: String?
    var siteName: String?
    var canonicalURL: String?
    var language: String?
    /// Publication dates the page states, most trusted first: (where it was found, the value as written).
    var dates: [(source: String, value: String)]

    static func == (a: HTMLPage, b: HTMLPage) -> Bool {
        a.text == b.text && a.title == b.title && a.siteName == b.siteName && a.canonicalURL == b.canonicalURL
            && a.language == b.language && a.dates.map(\.source) == b.dates.map(\.source) && a.dates.map(\.value) == b.dates.map(\.value)
    }
}

/// Reads the article text and metadata of an HTML page from the tokens of `HTMLTokenizer`.
enum HTMLArticleExtractor {
    /// Elements whose text is not article text.
    static let skipped: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
        "form", "button", "select", "textarea", "iframe", "svg", "figcaption", "menu", "dialog",
    ]
    /// Elements that start and end a paragraph of text.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "section", "article", "main", "table", "tr", "td", "th", "caption", "pre", "br", "hr", "figure",
        "address", "center", "body", "html", "details", "summary",
    ]
    /// Elements that never have content or an end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// `<meta>` names and properties that give the publication date, most trusted first.
    /// JSON-LD `datePublished` ranks after the first and `<time datetime>` after them all.
    static let dateMetaNames = [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date",
    ]
    private static let strongestMetaRank = 1

    /// Skipped elements whose text is worth keeping when a page never closes them: an unclosed `<header>` or
    /// `<nav>` would otherwise hide the whole article after it.
    static let salvageable: Set<String> = ["nav", "header", "footer", "aside", "form", "menu", "dialog", "figcaption"]

    static func extract(_ html: String) -> HTMLPage {
        let tokens = HTMLTokenizer.tokens(html)
        var state = State()
        state.read(tokens)
        // A page that leaves a boilerplate element open to its end: read it again with those elements kept.
        let unclosed = Set(state.openSkipped.filter { salvageable.contains($0.name) }.map(\.token))
        if !unclosed.isEmpty {
            state = State()
            state.kept = unclosed
            state.read(tokens)
        }
        let paragraphs = state.paragraphs.contains { $0.inArticle } ? state.paragraphs.filter(\.inArticle) : state.paragraphs
        var dates: [(source: String, value: String)] = []
        let metaDates = dateMetaNames.compactMap { name in state.meta[name].map { (source: "meta \(name)", value: $0) } }
        dates += metaDates.prefix(strongestMetaRank)
        dates += state.jsonLD.datesPublished.map { (source: "JSON-LD datePublished", value: $0) }
        dates += metaDates.dropFirst(strongestMetaRank)
        dates += state.timeDates.map { (source: "<time datetime>", value: $0) }
        return HTMLPage(
            text: paragraphs.map(\.text).joined(separator: "\n\n"),
            title: nonEmpty(state.meta["og:title"]) ?? nonEmpty(state.title) ?? nonEmpty(state.jsonLD.headline),
            siteName: nonEmpty(state.meta["og:site_name"]) ?? nonEmpty(state.jsonLD.publisher),
            canonicalURL: nonEmpty(state.canonical) ?? nonEmpty(state.meta["og:url"]),
            language: nonEmpty(state.language),
            dates: dates.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
        )
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let t = s.map(squash), !t.isEmpty else { return nil }
        return t
    }

    /// Runs of whitespace (no-break spaces too) as one space, trimmed.
    static func squash(_ s: String) -> String { Whitespace.squash(s) }

    private struct Paragraph {
        var text: String
        var inArticle: Bool
    }

    private struct State {
        var paragraphs: [Paragraph] = []
        var buffer = ""
        /// Skipped elements open now, with the index of the token that opened each.
        var openSkipped: [(name: String, token: Int)] = []
        /// Tokens opening skipped elements whose text is kept all the same (see `salvageable`).
        var kept: Set<Int> = []
        /// The index of the token being read.
        var position = 0
        var articleDepth = 0
        var meta: [String: String] = [:]
        var title: String?
        var canonical: String?
        var language: String?
        var timeDates: [String] = []
        var jsonLD = JSONLinkedData()
        /// What the next text token is, when the element before it says so.
        var expecting: Expectation?

        enum Expectation { case title, jsonLD }

        mutating func read(_ tokens: [HTMLToken]) {
            for (i, token) in tokens.enumerated() {
                position = i
                take(token)
            }
            flush()
        }

        mutating func take(_ token: HTMLToken) {
            switch token {
            case .startTag(let name, let attributes, let selfClosing):
                start(name, attributes, selfClosing: selfClosing)
            case .endTag(let name):
                expecting = nil
                end(name)
            case .text(let raw):
                defer { expecting = nil }
                switch expecting {
                case .title: if title == nil { title = HTMLEntities.decode(raw) }
                case .jsonLD: jsonLD.read(raw)
                case nil: if openSkipped.isEmpty { buffer += HTMLEntities.decode(raw) }
                }
            case .comment:
                break
            }
        }

        mutating func start(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
            readMetadata(name, attributes)
            if HTMLArticleExtractor.blocks.contains(name) { flush() }
            if name == "title" { expecting = .title }
            if name == "script", attributes["type"]?.lowercased().contains("ld+json") == true { expecting = .jsonLD }
            guard !selfClosing, !HTMLArticleExtractor.void.contains(name) else { return }
            // The body ends the head even when the page forgot to.
            if name == "body", let k = openSkipped.firstIndex(where: { $0.name == "head" }) { openSkipped.removeSubrange(k...) }
            if HTMLArticleExtractor.skipped.contains(name), !kept.contains(position) { openSkipped.append((name, position)) }
            if name == "article" { articleDepth += 1 }
        }

        mutating func end(_ name: String) {
            if HTMLArticleExtractor.blocks.contains(name) { flush() }
            if let k = openSkipped.lastIndex(where: { $0.name == name }) { openSkipped.removeSubrange(k...) }
            if name == "article", articleDepth > 0 { articleDepth -= 1 }
        }

        mutating func readMetadata(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "meta":
                guard let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                      let content = attributes["content"], meta[key] == nil else { return }
                meta[key] = content
            case "link":
                let rel = attributes["rel"]?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonical == nil { canonical = attributes["href"] }
            case "time":
                if let value = attributes["datetime"] {
                    if attributes["pubdate"] != nil || attributes["itemprop"]?.lowercased() == "datepublished" {
                        timeDates.insert(value, at: 0)
                    } else {
                        timeDates.append(value)
                    }
                }
            case "html":
                if language == nil { language = attributes["lang"] }
            default:
                break
            }
        }

        mutating func flush() {
            let text = HTMLArticleExtractor.squash(buffer)
            buffer = ""
            guard !text.isEmpty else { return }
            paragraphs.append(Paragraph(text: text, inArticle: articleDepth > 0))
        }
    }
}

/// The few fields of a page's JSON-LD (`<script type="application/ld+json">`) that ingestion uses,
/// found at any depth: inside `@graph`, arrays, or nested objects.
struct JSONLinkedData {
    var datesPublished: [String] = []
    var headline: String?
    var publisher: String?

    private static let maxDepth = 24

    mutating func read(_ raw: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty,
              let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) else { return }
        visit(object, depth: 0)
    }

    private mutating func visit(_ object: Any, depth: Int) {
        guard depth < Self.maxDepth else { return }
        if let array = object as? [Any] {
            for item in array { visit(item, depth: depth + 1) }
        } else if let dict = object as? [String: Any] {
            if let date = dict["datePublished"] as? String { datesPublished.append(date) }
            if headline == nil, let h = dict["headline"] as? String { headline = h }
            if publisher == nil, let p = dict["publisher"] as? [String: Any], let name = p["name"] as? String { publisher = name }
            for key in dict.keys.sorted() where key != "publisher" {
                if let value = dict[key] { visit(value, depth: depth + 1) }
            }
        }
    }
}
