import TimelineModel

/// Date arguments on the command line.
enum CalendarDateParsing {
    /// A `YYYY-MM-DD` day that exists; nil otherwise.
    static func date(_ text: String) -> CalendarDate? { CalendarDate(iso: text) }

    static let expected = "a date YYYY-MM-DD"
}
