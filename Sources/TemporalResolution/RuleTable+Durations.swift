extension RuleTable {
    /// Durations: "three years" P3Y, "48 hours" PT48H, "for years" PXY, "the past decade" P1DE.
    static let durations: [Rule] = [
        // "Islam will one day be ...": after a modal, "one day" is some day to come, not a duration.
        Rule("future-one-day", "<will|would|could|may|might|can|shall|should> one day", .fixed(.date, "FUTURE_REF"),
             [("it will one day", "2013-02-12", "FUTURE_REF")]),
        Rule("duration", "{count} {unit}", .duration,
             [("three years", "2013-02-12", "P3Y"), ("48 hours", "2013-02-12", "PT48H"), ("twenty-four hours", "2013-02-12", "PT24H"),
              ("several years", "2013-02-12", "PXY"), ("a few days", "2013-02-12", "PXD")]),
        Rule("duration", "{count}-{unit}", .duration,
             [("two-year", "2013-02-12", "P2Y"), ("four-month", "2013-02-12", "P4M"), ("30-year bonds", "2013-02-12", "P30Y")]),
        Rule("duration-and-a-half", "{count} and a half {unit}", .durationAndHalf, [("two and a half years", "2013-02-12", "P2Y6M")]),
        Rule("duration-and-a-half", "{count} 1/2 {unit}", .durationAndHalf,
             [("2 1/2 years", "2013-02-12", "P2Y6M"), ("5 1/2 hours", "2013-02-12", "PT5H30M")]),
        Rule("duration-and-a-half", "{count} {unit} and a half", .durationAndHalf, [("a minute and a half", "2013-02-12", "PT1M30S")]),
        Rule("duration", "{count} more|full|straight|consecutive|long {unit}", .duration, [("two more weeks", "2013-02-12", "P2W")]),
        Rule("duration", "{count} trading|business|working|school {unit}", .duration,
             [("eight trading days", "1989-10-30", "P8D"), ("ten business days", "2013-02-12", "P10D")]),
        Rule("duration-past", "the past|last|next|first|coming|previous|latest {count} {unit}", .duration,
             [("the past two months", "2013-02-12", "P2M"), ("the first nine months", "1989-11-02", "P9M"), ("the next 12 months", "2013-02-12", "P12M")]),
        Rule("duration-past-vague", "the past|last|next|coming {pluralUnit}", .vagueDuration, [("the past decades", "2013-02-12", "PXDE")]),
        Rule("duration-past", "the past|last {singularUnit}", .unitDuration,
             [("the past decade", "2013-02-12", "P10Y"), ("the past year", "2013-02-12", "P1Y")]),
        Rule("duration-the-months", "the {count} {unit}", .duration, [("the nine months", "1989-11-02", "P9M")]),
        Rule("duration-the-months", "the year-earlier|year-ago {count} {unit}", .duration, [("the year-earlier nine months", "1989-11-02", "P9M")]),
        Rule("duration-vague", "<for|in|over|within|after|take|takes|took|spent|spend|lasted|last> {pluralUnit}", .vagueDuration,
             [("for years", "2013-02-12", "PXY")]),
        Rule("duration-vague", "{pluralUnit}", .vagueDuration, []),
        // "in recent months" is a stretch of months of unknown length up to now (TimeBank: PXM, PXW); "recent years"
        // names the past at large (TimeBank mostly PAST_REF).
        Rule("recent-units", "recent years|decades", .fixed(.date, "PAST_REF"), [("recent years", "2013-02-12", "PAST_REF")]),
        Rule("recent-units", "recent {pluralUnit}", .vagueDuration, [("recent months", "2013-02-12", "PXM"), ("recent weeks", "2013-02-12", "PXW")]),
        Rule("recent-units", "past {pluralUnit}", .fixed(.date, "PAST_REF"), [("in past years", "2013-02-12", "PAST_REF")]),
        Rule("coming-units", "coming|future {pluralUnit}", .fixed(.date, "FUTURE_REF"), [("coming months", "2013-02-12", "FUTURE_REF")]),
        Rule("duration-half", "half a|an {unit}", .durationFraction(quarters: 2),
             [("half a year", "2013-02-12", "P6M"), ("half an hour", "2013-02-12", "PT30M"), ("half a century", "2013-02-12", "P50Y")]),
        Rule("duration-quarter", "a quarter of a|an {unit}", .durationFraction(quarters: 1),
             [("a quarter of a century", "2013-02-12", "P25Y"), ("a quarter of an hour", "2013-02-12", "PT15M")]),
        Rule("duration-three-quarters", "three quarters|-quarters of a|an {unit}", .durationFraction(quarters: 3),
             [("three-quarters of an hour", "2013-02-12", "PT45M")]),
    ]
}
