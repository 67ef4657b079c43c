/// A publication date and how it was found.
struct DateCandidate: Equatable {
    var date: CalendarDate
    var source: PublicationDateSource
    /// What it was read from, for humans.
    var evidence: String
}

/// An article as read from its file, before its publication date is settled.
struct ArticleDraft {
    /// The path as given (or joined to the folder as given).
    var file: String
    /// The line, for JSON Lines records.
    var line: Int?
    var id: String
    var title: String?
    var outlet: String?
    var url: String?
    var language: String?
    var text: String
    /// A date the file states outright: front matter, JSON field, TimeML DCT, or the manifest.
    var stated: DateCandidate?
    /// Dates from HTML metadata as written, most trusted first.
    var metadataDates: [(source: String, value: String)] = []

    var location: String { Location.describe(file: file, line: line) }

    init(file: String, line: Int? = nil, id: String, text: String) {
        self.file = file
        self.line = line
        self.id = id
        self.text = text
    }

    func article(published: DateCandidate, duplicates: [DuplicateCopy]) -> Article {
        Article(id: id, title: title, outlet: outlet, url: url, language: language, published: published.date,
                publishedFrom: published.source, publishedEvidence: published.evidence, location: location,
                duplicates: duplicates, text: text)
    }
}

/// Reading a date a file states outright, where a bad value is an error, not a guess.
enum StatedDate {
    /// The date in `value`; throws `.invalidData` naming the file, line, field and value when it is not a real day.
    static func parse(_ value: String, field: String, source: PublicationDateSource, file: String, line: Int?) throws -> DateCandidate {
        switch DateTextParser.parseValue(value) {
        case .date(let date):
            return DateCandidate(date: date, source: source, evidence: "\(field): \(value)")
        case .invalid:
            throw IngestionError.at(.invalidData, file: file, line: line,
                                    "invalid date in '\(field)': '\(value)' is not a day in the calendar")
        case .notADate:
            throw IngestionError.at(.invalidData, file: file, line: line,
                                    "'\(field)' is not a date: '\(value)' (expected YYYY-MM-DD)")
        }
    }
}
