import Foundation
import Testing
@testable import Ingestion

@Suite struct TimeMLDocumentTests {
    static let names = ["semeval-style", "timebank-style"]

    func load(_ name: String) throws -> (TimeMLDocument, source: String, scorerText: String) {
        let folder = fixtures.appendingPathComponent("timeml")
        let source = try String(contentsOf: folder.appendingPathComponent("\(name).tml"), encoding: .utf8)
        // Written by timex_score.py's `parse` from the same file: the text a TimeML scorer sees.
        let scorer = try String(contentsOf: folder.appendingPathComponent("\(name).scorer-text.txt"), encoding: .utf8)
        return (try TimeMLDocument(parsing: source, file: "\(name).tml"), source, scorer)
    }

    @Test(arguments: names)
    func rawTextIsWhatTheScorerSees(_ name: String) throws {
        let (document, _, scorer) = try load(name)
        #expect(document.rawText == scorer)
    }

    @Test(arguments: names)
    func headRawTextAndTailRebuildTheDocumentWithoutTags(_ name: String) throws {
        let (document, source, _) = try load(name)
        #expect(source.hasPrefix(document.head) && document.head.hasSuffix("<TEXT>"))
        #expect(source.hasSuffix(document.tail) && document.tail.hasPrefix("</TEXT>"))
    }

    @Test func semEvalSentencesAreSeparatedAndEntitiesDecoded() throws {
        let (document, _, _) = try load("semeval-style")
        #expect(document.creationDate == date("2008-01-09"))
        #expect(document.title == "Shop to lower & simplify prices")
        #expect(document.text == """
        Shop to lower & simplify prices
        January 09 , 2008
        Songs cost \u{A3} 0.79 and will fall to \u{20AC} 0.74 by July .
        A <tag> in text stays , as does a < sign .
        Whitespace before this sentence needs no break .
        """)
    }

    @Test func timeBankTitleAndCreationDate() throws {
        let (document, _, _) = try load("timebank-style")
        #expect(document.creationDate == date("1998-08-07"))
        #expect(document.title == "Explosions rock embassies")
        #expect(document.text.contains("Friday, AT&T said."))
    }

    /// Every span of `text` maps to the same words in `rawText`, once entities are decoded.
    @Test(arguments: names)
    func offsetsMapTextSpansOntoRawText(_ name: String) throws {
        let (document, _, _) = try load(name)
        let text = Array(document.text.unicodeScalars)
        let raw = Array(document.rawText.unicodeScalars)
        for phrase in ["by July", "Friday", "AT&T", "\u{20AC} 0.74", "< sign", "January 09 , 2008", "Whitespace"] {
            guard let range = document.text.range(of: phrase) else { continue }
            let start = document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: range.lowerBound)
            let end = start + phrase.unicodeScalars.count
            #expect(String(String.UnicodeScalarView(text[start..<end])) == phrase)
            let rawStart = document.rawOffset(ofTextOffset: start), rawEnd = document.rawOffset(ofTextOffset: end)
            let rawSpan = String(String.UnicodeScalarView(raw[rawStart..<rawEnd]))
            #expect(HTMLEntities.decode(rawSpan, table: HTMLEntities.xml) == phrase)
        }
        #expect(document.rawOffset(ofTextOffset: 0) == 0)
        #expect(document.rawOffset(ofTextOffset: text.count) == raw.count)
        #expect(document.rawOffset(ofTextOffset: text.count + 10) == raw.count)
        #expect(document.rawOffset(ofTextOffset: -3) == 0)
    }

    @Test func theGoldTimexSpanMapsBack() throws {
        // The scorer puts the gold TIMEX3 "by July" at 106..<113 in the raw text.
        let (document, _, _) = try load("semeval-style")
        let range = try #require(document.text.range(of: "by July"))
        let start = document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: range.lowerBound)
        #expect(document.rawOffset(ofTextOffset: start) == 106)
        #expect(document.rawOffset(ofTextOffset: start + 7) == 113)
    }

    @Test func documentWithoutTextIsInvalidData() {
        #expect {
            try TimeMLDocument(parsing: "<TimeML><DCT></DCT></TimeML>", file: "x.tml")
        } throws: { error in
            (error as? IngestionError)?.kind == .invalidData && "\(error)".contains("x.tml")
        }
    }

    /// The scorer's way, with its regular expressions: the `<TEXT>` body with every tag removed.
    static func scorerText(_ source: String) throws -> String? {
        let body = try NSRegularExpression(pattern: "<TEXT>(.*?)</TEXT>", options: [.dotMatchesLineSeparators])
        let ns = source as NSString
        guard let match = body.firstMatch(in: source, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let inner = ns.substring(with: match.range(at: 1))
        let tag = try NSRegularExpression(pattern: "<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", options: [.dotMatchesLineSeparators])
        return tag.stringByReplacingMatches(in: inner, range: NSRange(location: 0, length: (inner as NSString).length), withTemplate: "")
    }

    @Test(arguments: names)
    func scorerRegexAgreesWithTheFixtures(_ name: String) throws {
        let (document, source, scorer) = try load(name)
        #expect(try Self.scorerText(source) == scorer)
        #expect(document.rawText == scorer)
    }

    /// The shared TimeML corpora, when present: every document parses and its raw text is the scorer's text.
    @Test func sharedCorporaParse() throws {
        // ../shared beside the repository, as in CI.
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data").path
        let roots = ["\(shared)/tbaq-cleaned/TimeBank", "\(shared)/tbaq-cleaned/AQUAINT",
                     "\(shared)/semeval2015-timeline-trial/documents"]
        var count = 0
        for root in roots {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { continue }
            for name in names where name.hasSuffix(".tml") {
                let source = try String(contentsOfFile: "\(root)/\(name)", encoding: .utf8)
                let document = try TimeMLDocument(parsing: source, file: name)
                #expect(document.creationDate != nil, "\(name)")
                #expect(try document.rawText == Self.scorerText(source), "\(name)")
                #expect(document.rawOffset(ofTextOffset: document.text.unicodeScalars.count) == document.rawText.unicodeScalars.count)
                count += 1
            }
        }
        if count > 0 { #expect(count > 200) }
    }
}
