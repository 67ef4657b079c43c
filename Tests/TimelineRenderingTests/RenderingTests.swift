import Foundation
import Testing
@testable import TimelineRendering

@Suite struct DateWordsTests {
    func value(_ v: String, _ mod: TimexModifier? = nil) -> TemporalValue {
        TemporalValue(type: .date, value: v, mod: mod)
    }

    @Test func everyGranularityInWords() {
        let cases: [(String, String)] = [
            ("2024-07-24", "Wednesday 24 July 2024"),
            ("2024-07", "July 2024"),
            ("2015", "2015"),
            ("2024-W30", "Week 30, 2024"),
            ("2024-W30-WE", "Weekend of week 30, 2024"),
            ("2024-SU", "Summer 2024"),
            ("2012-WI", "Winter 2012"),
            ("2024-Q3", "Q3 2024"),
            ("2024-H1", "First half of 2024"),
            ("199", "the 1990s"),
            ("20", "the 21st century"),
            ("17", "the 18th century"),
            ("2024-07-24TEV", "Wednesday 24 July 2024, evening"),
            ("2024-07-24T15:00", "Wednesday 24 July 2024, 15:00"),
            ("PAST_REF", "PAST_REF"),
            ("XXXX-05", "XXXX-05"),
            ("2024-02-30", "2024-02-30"),
        ]
        for (timex, words) in cases {
            #expect(DateWords.phrase(value(timex)) == words, "\(timex)")
        }
    }

    @Test func modifiersPrefixTheDate() {
        #expect(DateWords.phrase(value("2012", .start)) == "Early 2012")
        #expect(DateWords.phrase(value("2012", .mid)) == "Mid-2012")
        #expect(DateWords.phrase(value("2024-07", .end)) == "Late July 2024")
        #expect(DateWords.phrase(value("199", .start)) == "Early 1990s")
        #expect(DateWords.phrase(value("2024-SU", .start)) == "Early summer 2024")
        #expect(DateWords.phrase(value("199", .before)) == "Before the 1990s")
    }
}

@Suite struct MarkdownRendererTests {
    @Test func escapesQuotesTitlesAndTableCells() {
        #expect(MarkdownEscaping.inline("a|b *c* _d_ [e](f) <g> `h` ~i~ \\") == "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\~i\\~ \\\\")
        #expect(MarkdownEscaping.inline("two\nlines") == "two lines")
        #expect(MarkdownEscaping.link("https://x.org/a|b c") == "<https://x.org/a%7Cb%20c>")
        let text = MarkdownRenderer.format(Sample.chronology)
        #expect(text.contains("| 001 | The Example\\_Times | Putin meets Assad \\| Moscow |"))
        #expect(text.hasPrefix(Chronology.markdownSignature + "\n# Putin meets Assad \\| July 2024\n"))
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let chars = Array(line)
            let unescapedPipes = chars.indices.filter { chars[$0] == "|" && ($0 == 0 || chars[$0 - 1] != "\\") }
            #expect(unescapedPipes.count == 6, "\(line)")
        }
    }

    @Test func showsHeadingsKindsConflictsAndCitations() {
        let text = MarkdownRenderer.format(Sample.chronology)
        #expect(text.contains("\n## 2015\n"))
        #expect(text.contains("\n## Wednesday 24 July 2024\n"))
        #expect(text.contains("\n## August 2024\n"))
        #expect(text.contains("_planned_"))
        #expect(text.contains("Sources disagree: **000** says Thursday 25 July 2024: “Putin met with Assad at the Kremlin on Thursday, according to a video \\[link\\].” [3]"))
        #expect(text.contains("**Putin met \\*Assad\\* in the Kremlin** [1] [2]"))
        #expect(text.contains("2. **001** 120–158: “Putin held talks with Assad in Moscow.” — undated"))
    }

    @Test func everyDisagreeingSourceIsNamedWithItsOwnMarks() {
        let anchor = Sample.anchor
        func cite(_ source: String, _ start: Int) -> Citation {
            Citation(source: source, quote: "Putin met Assad on Thursday.", start: start, end: start + 28, expression: "on Thursday",
                     resolvedFrom: Resolution(rule: "weekday", anchor: anchor, anchorKind: .publication))
        }
        let entry = ChronologyEntry(id: "e000000000001", when: Sample.day("2024-07-24"), summary: "Putin met Assad", kind: .occurred,
                                    citations: [cite("b", 0)],
                                    conflicts: [Conflict(when: Sample.day("2024-07-25"), sources: ["a", "c"],
                                                         citations: [cite("a", 0), cite("a", 90), cite("c", 5)])])
        let text = MarkdownRenderer.format(Chronology(entries: [entry], sources: []))
        #expect(text.contains("Sources disagree: **a** says Thursday 25 July 2024: “Putin met Assad on Thursday.” [2] [3]; **c** says Thursday 25 July 2024: “Putin met Assad on Thursday.” [4]"))
        #expect(text.contains("\n4. **c** 5–33:"))
    }

    @Test func smallChronologyMarkdown() throws {
        try GoldenFile.check(MarkdownRenderer.format(Sample.chronology), named: "smallChronologyMarkdown.md")
    }

    @Test func syndicatedCopiesNameEveryOutlet() throws {
        let article = Article(id: "a", outlet: "AFP", published: try #require(CalendarDate(iso: "2024-07-25")),
                              duplicates: [DuplicateCopy(id: "b", outlet: "France 24"), DuplicateCopy(id: "c")], text: "x")
        let text = MarkdownRenderer.format(Chronology(entries: [], sources: [article]))
        #expect(text.contains("| a (same text: b, c) | AFP, France 24 |"))
    }

    @Test func emptyChronology() {
        let text = MarkdownRenderer.format(Chronology(entries: [], sources: []))
        #expect(text.hasPrefix(Chronology.markdownSignature + "\n# Timeline\n\n0 entries from 0 sources.\n"))
    }
}

@Suite struct JSONRendererTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func validator() throws -> SchemaValidator {
        try SchemaValidator(schema: Data(contentsOf: Self.repository.appendingPathComponent("Sources/TimelineRendering/Schema/timeline-1.schema.json")))
    }

    @Test func outputConformsToTheSchema() throws {
        let json = JSONRenderer.format(Sample.chronology, options: .init(tool: "timeline test"))
        #expect(try validator().errors(in: Data(json.utf8)) == [])
        let empty = JSONRenderer.format(Chronology(entries: [], sources: []))
        #expect(try validator().errors(in: Data(empty.utf8)) == [])
    }

    @Test func committedExampleTimelinesConformToTheSchema() throws {
        let folder = Self.repository.appendingPathComponent("timelines")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var checked = 0
        for name in names {
            let file = folder.appendingPathComponent(name).appendingPathComponent("timeline.json")
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            #expect(try validator().errors(in: data) == [], "\(name)")
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test func validatorRejectsWhatTheSchemaForbids() throws {
        let bad = """
        {"schema": "timeline/2", "title": 3, "generatedFrom": {"tool": "t", "sourceCount": -1, "entryCount": 0},
         "entries": [{"id": "x", "when": {}, "summary": "s", "kind": "rumour", "citations": [], "conflicts": [],
                      "sources": [], "extra": true}],
         "sources": [{"id": "a", "title": null, "outlet": null, "url": null, "published": "25 July",
                      "publishedFrom": "manifest", "duplicates": []}]}
        """
        let errors = try validator().errors(in: Data(bad.utf8))
        for fragment in ["$.schema:", "$.title: expected", "sourceCount: -1", "$.entries[0]: unexpected key 'extra'",
                         "$.entries[0].id:", "$.entries[0].kind:", "$.entries[0].when: missing required 'value'",
                         "$.sources[0].published:"] {
            #expect(errors.contains { $0.hasPrefix(fragment) || $0.contains(fragment) }, "\(fragment)")
        }
    }

    @Test func schemaEnumsMatchTheModel() throws {
        let schema = try validator().root
        let defs = try #require(schema["$defs"] as? [String: Any])
        func enumValues(_ def: String, _ property: String) -> Set<String> {
            let props = (defs[def] as? [String: Any])?["properties"] as? [String: Any]
            return Set(((props?[property] as? [String: Any])?["enum"] as? [Any] ?? []).compactMap { $0 as? String })
        }
        #expect(enumValues("source", "publishedFrom") == Set(PublicationDateSource.allCases.map(\.rawValue)))
        #expect(enumValues("entry", "kind") == Set(EventKind.allCases.map(\.rawValue)))
        #expect(enumValues("when", "granularity") == Set(Granularity.allCases.map(\.rawValue)))
        #expect(enumValues("when", "mod") == Set(TimexModifier.allCases.map(\.rawValue)))
        #expect(enumValues("when", "type") == Set(TimexType.allCases.map(\.rawValue)))
    }

    @Test func stringsAreEscapedAndOutputIsStable() throws {
        var chronology = Sample.chronology
        chronology.title = "quote \" backslash \\ tab \t newline \n bell \u{7} done"
        let json = JSONRenderer.format(chronology)
        #expect(json.contains(#""title": "quote \" backslash \\ tab \t newline \n bell \u0007 done""#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["title"] as? String == chronology.title)
        #expect(JSONRenderer.format(chronology) == json)
    }

    @Test func smallChronologyJSON() throws {
        try GoldenFile.check(JSONRenderer.format(Sample.chronology, options: .init(tool: "timeline test")),
                             named: "smallChronologyJSON.json")
    }
}
