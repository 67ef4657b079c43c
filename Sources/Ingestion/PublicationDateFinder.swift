/// Settles an article's publication date from what its file says, in this order:
/// 1. a date the file states outright (manifest, front matter, JSON field, TimeML DCT);
/// 2. HTML metadata (`article:published_time`, JSON-LD `datePublished`, other `<meta>`, `<time datetime>`);
/// 3. a date in the URL path;
/// 4. a dateline or date line near the top of the text; one without a year ("MOSCOW, July 25 (Reuters) -")
///    counts only when the URL gives the year.
/// `--published` and `--default-published` are applied by `CorpusReader` around this.
enum PublicationDateFinder {
    /// How much of the top of the text may hold a dateline.
    static let datelineLines = 5
    static let datelineCharacters = 400
    /// A date further into its line than this is part of a sentence, not a dateline.
    static let datelineColumn = 80

    static func find(for draft: ArticleDraft) -> DateCandidate? {
        if let stated = draft.stated { return stated }
        for (source, value) in draft.metadataDates {
            if case .date(let date) = DateTextParser.parseValue(value) {
                return DateCandidate(date: date, source: .htmlMetadata, evidence: "\(source) \(value.trimmingCharacters(in: .whitespaces))")
            }
        }
        let urlDate = draft.url.flatMap(URLDate.find)
        if let url = draft.url, let date = urlDate?.date {
            return DateCandidate(date: date, source: .urlPath, evidence: url)
        }
        return dateline(in: draft.text, year: urlDate?.year)
    }

    /// HTML metadata dates that name no real day (`2024-02-30`): ignored, but worth a warning.
    static func invalidMetadataDates(of draft: ArticleDraft) -> [String] {
        draft.metadataDates.filter { DateTextParser.parseValue($0.value) == .invalid }
            .map { "ignored invalid date in \($0.source): '\($0.value)'" }
    }

    /// The first date line or dateline in the top of `text`.
    static func dateline(in text: String, year fallbackYear: Int?) -> DateCandidate? {
        for line in topLines(of: text) {
            for found in DateTextParser.dates(in: line) where found.offset < datelineColumn {
                if found.year != nil, let date = found.date {
                    return DateCandidate(date: date, source: .dateline, evidence: "\"\(found.text)\"")
                }
                if found.year == nil, let year = fallbackYear,
                   let date = CalendarDate(year: year, month: found.month, day: found.day) {
                    return DateCandidate(date: date, source: .dateline, evidence: "\"\(found.text)\", year \(year) from the URL")
                }
            }
        }
        return nil
    }

    private static func topLines(of text: String) -> [String] {
        let top = String(text.prefix(datelineCharacters))
        return top.split(separator: "\n").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .prefix(datelineLines).map { $0 }
    }
}
