import Testing
import TemporalResolution

/// Intervals, modifiers, granularity, offsets, anchors, signals and tense of resolved mentions.
@Suite struct ValueDetailsTests {
    let anchor = CalendarDate(year: 2013, month: 2, day: 12)!  // a Tuesday
    let resolver = DateResolver()

    func only(_ text: String, anchor: CalendarDate? = nil) throws -> TemporalMention {
        let mentions = resolver.resolve(text, anchor: anchor ?? self.anchor)
        try #require(mentions.count == 1, "\(text): \(mentions.map(\.text))")
        return mentions[0]
    }

    func day(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    @Test func weekInterval() throws {
        let m = try only("last week")
        #expect(m.value.type == .date)
        #expect(m.value.granularity == .week)
        #expect(m.value.interval == DayInterval(start: day("2013-02-04"), end: day("2013-02-10")))
        #expect(m.anchorKind == .publication)
        #expect(m.anchor == anchor)
        #expect(m.rule == "last-unit")
    }

    @Test func monthQuarterYearDecadeIntervals() throws {
        #expect(try only("March last year").value.interval == DayInterval(start: day("2012-03-01"), end: day("2012-03-31")))
        #expect(try only("the third quarter of 2012").value.interval == DayInterval(start: day("2012-07-01"), end: day("2012-09-30")))
        #expect(try only("in 2009").value.interval == DayInterval(start: day("2009-01-01"), end: day("2009-12-31")))
        let decade = try only("the 1990s")
        #expect(decade.value.granularity == .decade)
        #expect(decade.value.interval == DayInterval(start: day("1990-01-01"), end: day("1999-12-31")))
        #expect(try only("February 2012").value.interval?.end == day("2012-02-29"))
        #expect(try only("winter 2012").value.interval == DayInterval(start: day("2012-12-01"), end: day("2013-02-28")))
        #expect(try only("last weekend").value.interval == DayInterval(start: day("2013-02-09"), end: day("2013-02-10")))
    }

    @Test func absoluteDatesNeedNoAnchor() throws {
        let m = try only("July 25, 2024")
        #expect(m.anchorKind == .none)
        #expect(m.value.granularity == .day)
        #expect(m.value.interval == DayInterval(day: day("2024-07-25")))
    }

    @Test func durationsSetsAndReferencesHaveNoInterval() throws {
        let duration = try only("nearly 12 years")
        #expect(duration.value.type == .duration)
        #expect(duration.value.value == "P12Y")
        #expect(duration.value.mod == .lessThan)
        #expect(duration.value.interval == nil)
        #expect(duration.text == "nearly 12 years")
        let set = try only("every Monday")
        #expect(set.value.type == .set)
        #expect(set.value.interval == nil)
        let now = try only("now")
        #expect(now.value.value == "PRESENT_REF")
        #expect(now.value.interval == nil)
    }

    @Test func modifiersWidenTheSpan() throws {
        let m = try only("in early 2012")
        #expect(m.text == "early 2012")
        #expect(m.value.mod == .start)
        #expect(try only("the end of 2012").value.mod == .end)
        let mid = try only("the mid-1990s")
        #expect(mid.text == "the mid-1990s")
        #expect(mid.value.mod == .mid)
        #expect(mid.value.value == "199")
    }

    @Test func timesHaveDayIntervals() throws {
        let m = try only("at 3 p.m. Monday")
        #expect(m.value.type == .time)
        #expect(m.value.granularity == .time)
        #expect(m.value.interval == DayInterval(day: day("2013-02-11")))
        let night = try only("Monday night")
        #expect(night.value.granularity == .partOfDay)
        #expect(night.value.value == "2013-02-11TNI")
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let text = "Über 🇩🇪 Zürich — café, naïve: the talks began last week."
        let m = try only(text)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == "last week")
        #expect(m.text == "last week")
    }

    @Test func spansNeverEndInAMark() throws {
        for (text, expression) in [("In the first week of March, talks resumed.", "the first week of March"),
                                   ("On Christmas, he spoke.", "Christmas"), ("At 3 p.m. yesterday, they met.", "3 p.m. yesterday")] {
            let m = try only(text)
            #expect(m.text == expression, "\(text)")
            #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[m.start..<m.end])) == expression)
        }
    }

    @Test func anaphoraCountsFromTheLastMention() throws {
        let mentions = resolver.resolve("It began on 3 May 2010. Two days later, it ended. The next week was calm.", anchor: anchor)
        try #require(mentions.count == 3)
        #expect(mentions[1].value.value == "2010-05-05")
        #expect(mentions[1].anchorKind == .lastMention)
        #expect(mentions[1].anchor == day("2010-05-03"))
        #expect(mentions[2].value.value == "2010-W19")
    }

    @Test func aReportDateIsNoAnchorForLaterAnaphora() {
        let text = "Rain flooded the valley on Wednesday, officials said on Thursday. The river burst its banks two days later."
        let mentions = resolver.resolve(text, anchor: day("2025-03-14"))
        #expect(mentions.map(\.value.value) == ["2025-03-12", "2025-03-13", "2025-03-14"])
        #expect(mentions.last?.anchor == day("2025-03-12"))
        #expect(mentions.last?.anchorKind == .lastMention)
        // A coarser date after a reporting verb is what was reported, and anchors what follows.
        let earnings = resolver.resolve("The company reported first-quarter profit of $2 million. Two months later it was sold.",
                                        anchor: day("2013-05-20"))
        #expect(earnings.first?.value.value == "2013-Q1")
        #expect(earnings.last?.anchorKind == .lastMention)
        #expect(earnings.last?.anchor.month ?? 0 <= 3)
    }

    @Test func anaphoraWithoutEarlierDateUsesThePublicationDate() throws {
        let m = try only("The following day, he resigned.")
        #expect(m.value.value == "2013-02-13")
        #expect(m.anchorKind == .publication)
    }

    @Test func tenseMovesBareWeekdaysAndMonths() throws {
        #expect(try only("He met them on Friday.").value.value == "2013-02-08")
        #expect(try only("He will meet them on Friday.").value.value == "2013-02-15")
        #expect(try only("He met them on Friday.").tense == .past)
        #expect(try only("They would meet in August.").value.value == "2013-08")
        #expect(try only("They met in August.").value.value == "2012-08")
        #expect(try only("He met them on Tuesday.").value.value == "2013-02-12")
    }

    @Test func signalsAndRanges() throws {
        #expect(try only("since 2016").signal == .since)
        #expect(try only("until March 2014").signal == .until)
        #expect(try only("by Friday").signal == .by)
        #expect(try only("after the 1990s").signal == .after)
        let range = try only("from May 3, 2012 to June 5, 2012")
        #expect(range.signal == .from)
        #expect(range.value.value == "2012-05-03")
        #expect(range.rangeEnd?.value == "2012-06-05")
        #expect(range.value.interval == DayInterval(start: day("2012-05-03"), end: day("2012-06-05")))
        #expect(range.text == "May 3, 2012 to June 5, 2012")
        let separate = resolver.resolve("between 2010 and 2012", anchor: anchor, mergeRanges: false)
        #expect(separate.map(\.value.value) == ["2010", "2012"])
    }

    @Test func numericDateOrderIsVisibleInTheRule() throws {
        #expect(try only("03/04/2024").rule == "numeric-date-month-first")
        #expect(try only("03/04/2024").value.value == "2024-03-04")
        let dayFirst = DateResolver(options: ResolverOptions(numericDateOrder: .dayFirst))
        let m = try #require(dayFirst.resolve("03/04/2024", anchor: anchor).first)
        #expect(m.value.value == "2024-04-03")
        #expect(m.rule == "numeric-date-day-first")
        // Only one reading is a date: the rule says which, whatever the option.
        #expect(try only("25/07/2024").rule == "numeric-date-day-first")
    }

    @Test func severalMentionsComeInOrderWithoutOverlap() {
        let text = "On Monday, March 4, 2013, two days after the vote, officials said sales rose 5% in the third quarter and would rise next year."
        let mentions = resolver.resolve(text, anchor: anchor)
        #expect(mentions.count >= 4)
        for (a, b) in zip(mentions, mentions.dropFirst()) {
            #expect(a.end <= b.start)
        }
    }
}
