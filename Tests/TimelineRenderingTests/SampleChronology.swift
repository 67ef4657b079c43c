import TimelineModel

/// A small hand-built chronology with every feature the renderers show.
enum Sample {
    static func day(_ iso: String) -> TemporalValue {
        let date = CalendarDate(iso: iso)!
        return TemporalValue(type: .date, value: iso, granularity: .day, interval: DayInterval(day: date))
    }

    static let anchor = CalendarDate(year: 2024, month: 7, day: 25)!

    static let chronology = Chronology(
        title: "Putin meets Assad | July 2024",
        entries: [
            ChronologyEntry(
                id: "e0123456789ab",
                when: TemporalValue(type: .date, value: "2015", granularity: .year,
                                    interval: DayInterval(start: CalendarDate(year: 2015, month: 1, day: 1)!,
                                                          end: CalendarDate(year: 2015, month: 12, day: 31)!)),
                summary: "Russia began its military intervention in Syria",
                kind: .occurred,
                citations: [Citation(source: "001", quote: "Moscow saved Assad's government through its military intervention in 2015.",
                                     start: 10, end: 84, expression: "in 2015",
                                     resolvedFrom: Resolution(rule: "year", anchor: anchor, anchorKind: .none))]
            ),
            ChronologyEntry(
                id: "eabcdef012345",
                when: day("2024-07-24"),
                summary: "Putin met *Assad* in the Kremlin",
                kind: .occurred,
                citations: [
                    Citation(source: "002", quote: "Putin met with Assad in the Kremlin on Wednesday.", start: 0, end: 49,
                             expression: "on Wednesday", resolvedFrom: Resolution(rule: "weekday", anchor: anchor, anchorKind: .publication)),
                    Citation(source: "001", quote: "Putin held talks with Assad in Moscow.", start: 120, end: 158),
                ],
                conflicts: [Conflict(when: day("2024-07-25"), sources: ["000"], citations: [
                    Citation(source: "000", quote: "Putin met with Assad at the Kremlin on Thursday, according to a video [link].",
                             start: 0, end: 77, expression: "on Thursday",
                             resolvedFrom: Resolution(rule: "weekday", anchor: anchor, anchorKind: .publication)),
                ])],
                dateReason: "1 source gives 2024-07-24, 1 gives 2024-07-25; as many sources each; the earlier date"
            ),
            ChronologyEntry(
                id: "e555555555555",
                when: TemporalValue(type: .date, value: "2024-08", granularity: .month,
                                    interval: DayInterval(start: CalendarDate(year: 2024, month: 8, day: 1)!,
                                                          end: CalendarDate(year: 2024, month: 8, day: 31)!)),
                summary: "Erdogan would meet Assad in Moscow",
                kind: .planned,
                citations: [Citation(source: "000", quote: "Erdogan would meet Assad in Moscow in August.", start: 300, end: 345,
                                     expression: "in August", resolvedFrom: Resolution(rule: "month", anchor: anchor, anchorKind: .publication))]
            ),
        ],
        sources: [
            Article(id: "000", published: anchor, publishedFrom: .manifest, text: "…"),
            Article(id: "001", title: "Putin meets Assad | Moscow", outlet: "The Example_Times", published: anchor,
                    publishedFrom: .frontMatter, text: "…"),
            Article(id: "002", url: "https://example.com/a|b?x=1", published: anchor, publishedFrom: .urlPath,
                    duplicates: [DuplicateCopy(id: "002b", outlet: "Wire")], text: "…"),
        ]
    )
}
