extension RuleTable {
    /// Dates counted from the date last mentioned: "two days later", "the following day", "that same day".
    static let anaphoricDates: [Rule] = [
        Rule("units-later", "{count} {unit} later|afterward|afterwards", .countedAnaphoric(1),
             [("two days later", "2010-05-03", "2010-05-05")]),
        // Only at the end of a clause: "two days before the vote" counts from an event the text does not date.
        Rule("units-before", "{count} {unit} before <.|,|;|:|!|?>", .countedAnaphoric(-1),
             [("It began on May 3, 2010; a year before.", "2013-02-12", "2009-05-03")]),
        Rule("units-earlier", "{count} {unit} earlier", .countedAnaphoric(-1),
             [("May 3, 2010, and a year earlier", "2013-02-12", "2009-05-03")]),
        Rule("following-unit", "the following|next|subsequent {singularUnit}", .anaphoricUnit(1),
             [("the following day", "2010-05-03", "2010-05-04"), ("the next year", "2010-05-03", "2011")]),
        Rule("previous-unit", "the previous|preceding|prior {singularUnit}", .anaphoricUnit(-1),
             [("the previous week", "2010-05-05", "2010-W17")]),
        Rule("previous-weekday", "the previous|preceding|prior {weekday}", .weekdayInFocus(.strictPast),
             [("It ended on May 5, 2010; the previous Friday", "2013-02-12", "2010-04-30"), ("the previous Friday", "2013-02-12", "2013-02-08")]),
        Rule("following-weekday", "the following|next {weekday}", .weekdayInFocus(.strictFuture),
             [("It began on May 3, 2010; the following Friday", "2013-02-12", "2010-05-07")]),
        // "the day before the plunge": "before" opens a phrase of its own, it does not count back from the day in focus.
        Rule("unit-before", "the {singularUnit} before", .anaphoricUnit(-1), [("the day before", "2010-05-03", "2010-05-02")],
             requires: [.noWordAfter]),
        Rule("unit-after", "the {singularUnit} after", .anaphoricUnit(1), [("the day after", "2010-05-03", "2010-05-04")],
             requires: [.noWordAfter]),
        Rule("same-unit", "that|the same {singularUnit}", .anaphoricUnit(0),
             [("that same day", "2010-05-03", "2010-05-03"), ("the same day", "2010-05-03", "2010-05-03")]),
        Rule("next-part-of-day", "the next|following {partOfDay}", .anaphoricDayPart(1), [("May 3, 2010; the next morning", "2013-02-12", "2010-05-04TMO")]),
        Rule("that-unit", "that {singularUnit}", .anaphoricUnit(0), [("that day", "2010-05-03", "2010-05-03")]),
        Rule("later-that-unit", "later|earlier that {singularUnit}", .anaphoricUnit(0), [("later that year", "1998-05-03", "1998")]),
    ]
}
