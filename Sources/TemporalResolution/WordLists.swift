/// The word lists the rules draw on: each maps lower-case words to what they mean.
enum WordLists {
    /// Cardinal number words below twenty, and the tens.
    static let smallNumbers: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Words standing for one of something: "a year ago", "an hour".
    static let oneWords: Set<String> = ["a", "an"]
    /// Words for an unknown count: "several years" is PXY.
    static let vagueCounts: Set<String> = ["several", "many", "few", "numerous", "some"]

    /// Ordinal words.
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        "twenty-first": 21, "last": -1, "final": -1,
    ]

    /// Months by full name only (bare months must be spelled out).
    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Units of time, singular and plural.
    static let units: [String: TimeUnit] = {
        var table: [String: TimeUnit] = [:]
        for (words, unit) in [
            (["day", "days"], TimeUnit.day), (["week", "weeks"], .week), (["month", "months"], .month),
            (["year", "years", "yr", "yrs"], .year), (["quarter", "quarters"], .quarter),
            (["decade", "decades"], .decade), (["century", "centuries"], .century),
            (["hour", "hours", "hr", "hrs"], .hour), (["minute", "minutes", "min", "mins"], .minute),
            (["seconds", "secs"], .second), (["weekend", "weekends"], .weekend),
            (["fortnight", "fortnights"], .fortnight),
        ] as [([String], TimeUnit)] {
            for w in words { table[w] = unit }
        }
        return table
    }()

    /// Plural unit words, for "for years" (PXY).
    static let pluralUnits: [String: TimeUnit] = [
        "days": .day, "weeks": .week, "months": .month, "years": .year, "decades": .decade,
        "centuries": .century, "hours": .hour, "minutes": .minute, "quarters": .quarter,
    ]

    static let seasons: [String: Season] = [
        "spring": .spring, "summer": .summer, "fall": .fall, "autumn": .fall, "winter": .winter,
    ]

    static let partsOfDay: [String: PartOfDay] = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night,
        "overnight": .night, "midday": .afternoon,
    ]

    /// "the nineties" → 199.
    static let decadeWords: [String: Int] = [
        "twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196, "seventies": 197,
        "eighties": 198, "nineties": 199,
    ]

    /// Time zone abbreviations that may follow a clock time.
    static let timeZones: Set<String> = [
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "bst", "cet", "cest", "z",
    ]

    /// Words after a number that make it a count or a measure, never a year.
    static let notAfterYear: Set<String> = [
        "%", "percent", "per", "people", "persons", "troops", "soldiers", "workers", "employees", "shares",
        "points", "votes", "feet", "miles", "meters", "metres", "kilometers", "kilometres", "tons", "tonnes",
        "dollars", "euros", "pounds", "yen", "barrels", "cars", "units", "jobs", "pages", "members", "deaths",
        "seats", "cases", "acres", "homes", "houses", "kg", "km", "mph", "lb", "lbs", "ft", "cc", "hp", "sq",
        "students", "patients", "children", "men", "women", "residents", "votes", "ml", "mg", "million", "billion",
    ]

    /// Words that end an amount: "$2 million a year", "8.5% annually", "15 cents a share".
    static let amountEnds: Set<String> = [
        "%", "percent", "million", "billion", "trillion", "thousand", "hundred", "cents", "dollars", "euros", "pounds",
        "yen", "francs", "marks", "points",
    ]
}

/// A unit of time, as counted in "three days ago" or "48 hours".
enum TimeUnit: String, Hashable, Sendable {
    case day, week, month, year, quarter, decade, century, hour, minute, second, weekend, fortnight
}

enum Season: String, Hashable, Sendable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"
}

enum PartOfDay: String, Hashable, Sendable {
    case morning = "MO", afternoon = "AF", evening = "EV", night = "NI"
}
