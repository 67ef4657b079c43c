import Foundation
import Testing
@testable import TimelineRendering

@Suite struct MentionJSONRendererTests {
    static let day = CalendarDate(year: 2024, month: 7, day: 23)!
    static let anchor = CalendarDate(year: 2024, month: 7, day: 25)!

    @Test func everyFieldWithNullsForWhatIsMissing() throws {
        let duration = TemporalMention(text: "nearly \"12\"\tyears", start: 3, end: 20,
                                       value: TemporalValue(type: .duration, value: "P12Y", mod: .lessThan),
                                       rule: "duration", anchor: Self.anchor, anchorKind: .none)
        let weekday = TemporalMention(text: "Tuesday", start: 30, end: 37,
                                      value: TemporalValue(type: .date, value: "2024-07-23", granularity: .day, interval: DayInterval(day: Self.day)),
                                      rule: "weekday", anchor: Self.anchor, anchorKind: .publication)
        let text = MentionJSONRenderer.format([duration, weekday])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["text"] as? String == "nearly \"12\"\tyears")
        #expect(items[0]["mod"] as? String == "LESS_THAN")
        #expect(items[0]["granularity"] is NSNull && items[0]["interval"] is NSNull)
        #expect(items[1]["mod"] is NSNull)
        #expect((items[1]["interval"] as? [String: String]) == ["start": "2024-07-23", "end": "2024-07-23"])
        #expect(Set(items[1].keys) == ["text", "start", "end", "type", "value", "mod", "granularity", "interval", "rule", "anchor"])
    }

    @Test func noMentionsIsAnEmptyArray() {
        #expect(MentionJSONRenderer.format([]) == "[]\n")
    }
}
