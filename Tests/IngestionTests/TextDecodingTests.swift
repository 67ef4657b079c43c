import Foundation
import Testing
@testable import Ingestion

@Suite struct TextDecodingTests {
    @Test func utf8WithBOMAndWindowsLineEnds() {
        #expect(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8))) == .text("a\nb\nc", warning: nil))
    }

    @Test func utf16WithBOM() {
        #expect(TextDecoding.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x19, 0x20])) == .text("A\u{2019}", warning: nil))
    }

    @Test func windows1252Fallback() {
        guard case .text(let text, let warning) = TextDecoding.decode(Data([0x93, 0x48, 0x69, 0x94, 0x80, 0x81])) else {
            Issue.record("expected text")
            return
        }
        #expect(text == "\u{201C}Hi\u{201D}\u{20AC}\u{81}")
        #expect(warning != nil)
    }

    @Test func nulBytesMeanBinary() {
        #expect(TextDecoding.decode(Data([0x41, 0x00])) == .binary("contains NUL bytes: not a text file"))
    }
}
