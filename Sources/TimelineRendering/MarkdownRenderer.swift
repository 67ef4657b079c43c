import TimelineModel

/// Renders a chronology as Markdown that reads well on GitHub and in a terminal.
///
/// A title, one `##` heading per date in words, under it each entry: its summary with numbered
/// citation marks, its kind unless it simply occurred, disagreements between sources, then the
/// numbered citations (source, offsets, quote, the time expression and how it was resolved).
/// A table of sources ends the document.
public struct MarkdownRenderer {
    public struct Options: Hashable, Sendable {
        /// The title when the chronology has none.
        public var defaultTitle: String
        /// Show each entry's stable id.
        public var showIDs: Bool

        public init(defaultTitle: String = "Timeline", showIDs: Bool = true) {
            self.defaultTitle = defaultTitle
            self.showIDs = showIDs
        }
    }

    public static func format(_ chronology: Chronology, options: Options = Options()) -> String {
        var lines: [String] = [Chronology.markdownSignature]
        lines.append("# " + MarkdownEscaping.inline(chronology.title ?? options.defaultTitle))
        lines.append("")
        lines.append(overview(chronology))
        var heading: String?
        for entry in chronology.entries {
            let words = DateWords.phrase(entry.when)
            if words != heading {
                lines += ["", "## " + MarkdownEscaping.inline(words)]
                heading = words
            }
            lines.append("")
            lines += entryLines(entry, options: options)
        }
        lines += ["", "## Sources", ""] + sourceTable(chronology.sources)
        return lines.joined(separator: "\n") + "\n"
    }

    static func overview(_ chronology: Chronology) -> String {
        let entries = chronology.entries.count
        let sources = chronology.sources.count
        let conflicts = chronology.entries.filter { !$0.conflicts.isEmpty }.count
        var text = "\(entries) \(entries == 1 ? "entry" : "entries") from \(sources) \(sources == 1 ? "source" : "sources")"
        if conflicts > 0 { text += "; sources disagree on the date of \(conflicts)" }
        return text + "."
    }

    static func entryLines(_ entry: ChronologyEntry, options: Options) -> [String] {
        let cited = entry.citations
        let conflicting = entry.conflicts.flatMap(\.citations)
        let marks = cited.indices.map { "[\($0 + 1)]" }.joined(separator: " ")
        var first = "**" + MarkdownEscaping.inline(entry.summary) + "**"
        if !marks.isEmpty { first += " " + marks }
        var lines = [first]
        var details: [String] = []
        if entry.kind != .occurred { details.append("_\(entry.kind.rawValue)_") }
        if options.showIDs { details.append("`\(entry.id)`") }
        if !details.isEmpty { lines += ["", details.joined(separator: " · ")] }

        var number = cited.count
        var disagreements: [String] = []
        for conflict in entry.conflicts {
            let date = MarkdownEscaping.inline(DateWords.phrase(conflict.when))
            let first = number
            number += conflict.citations.count
            for source in conflict.sources {
                let theirs = conflict.citations.indices.filter { conflict.citations[$0].source == source }
                let marks = theirs.map { "[\(first + $0 + 1)]" }.joined(separator: " ")
                let snippet = theirs.first.map { ": “" + MarkdownEscaping.inline(Snippet.around(conflict.citations[$0])) + "”" } ?? ""
                disagreements.append("**\(MarkdownEscaping.inline(source))** says \(date)\(snippet) \(marks)")
            }
        }
        if !disagreements.isEmpty {
            lines += ["", "Sources disagree: " + disagreements.joined(separator: "; ")]
        }
        if let reason = entry.dateReason {
            lines += ["", "Date: " + MarkdownEscaping.inline(reason) + "."]
        }
        lines.append("")
        for (n, citation) in (cited + conflicting).enumerated() {
            lines.append("\(n + 1). " + citationLine(citation))
        }
        return lines
    }

    static func citationLine(_ citation: Citation) -> String {
        var line = "**\(MarkdownEscaping.inline(citation.source))** \(citation.start)–\(citation.end): “"
            + MarkdownEscaping.inline(citation.quote) + "”"
        if let expression = citation.expression {
            line += " — “\(MarkdownEscaping.inline(expression))”"
            if let how = citation.resolvedFrom {
                line += " (rule `\(how.rule)`" + (anchorWords[how.anchorKind].map { ", \($0) \(how.anchor.iso))" } ?? ")")
            }
        } else {
            line += " — undated, tells the same event"
        }
        return line
    }

    /// How a resolution's anchor is described; nothing for expressions that needed no anchor.
    static let anchorWords: [AnchorKind: String] = [
        .publication: "counted from publication on",
        .lastMention: "counted from the date mentioned before,",
    ]

    static func sourceTable(_ sources: [Article]) -> [String] {
        var rows = ["| id | outlet | title | published | url |", "|---|---|---|---|---|"]
        for article in sources {
            let published = "\(article.published.iso) (\(article.publishedFrom.rawValue))"
            // Syndicated copies are one source: every outlet is named, and the ids of the copies.
            let copies = article.duplicates.map(\.id)
            let id = copies.isEmpty ? article.id : "\(article.id) (same text: \(copies.joined(separator: ", ")))"
            let outlets = article.outlets.isEmpty ? nil : article.outlets.joined(separator: ", ")
            let cells = [MarkdownEscaping.cell(id), MarkdownEscaping.cell(outlets),
                         MarkdownEscaping.cell(article.title), published, MarkdownEscaping.link(article.url)]
            rows.append("| " + cells.joined(separator: " | ") + " |")
        }
        return rows
    }
}
