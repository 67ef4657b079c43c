import Foundation
import Testing
@testable import Ingestion

@Suite struct HTMLTests {
    @Test func tokenizerToleratesRealWorldMarkup() {
        let tokens = HTMLTokenizer.tokens("<DIV Class=lead data-x='a b' hidden>a < b<br/><!-- c --><p>d &amp; e<![CDATA[ f ]]><?php x ?></div")
        #expect(tokens == [
            .startTag(name: "div", attributes: ["class": "lead", "data-x": "a b", "hidden": ""], selfClosing: false),
            .text("a "), .text("< b"),
            .startTag(name: "br", attributes: [:], selfClosing: true),
            .comment(" c "),
            .startTag(name: "p", attributes: [:], selfClosing: false),
            .text("d &amp; e"), .text(" f "), .comment(""),
            .endTag(name: "div"),
        ])
    }

    @Test func scriptContentIsNotMarkup() {
        let tokens = HTMLTokenizer.tokens("<script>if (a<b) { x = '</p>' }</SCRIPT><p>t")
        #expect(tokens == [
            .startTag(name: "script", attributes: [:], selfClosing: false),
            .text("if (a<b) { x = '</p>' }"),
            .endTag(name: "script"),
            .startTag(name: "p", attributes: [:], selfClosing: false),
            .text("t"),
        ])
    }

    @Test func unterminatedMarkupEndsTheInputQuietly() {
        for html in ["<p", "<!-- open", "<![CDATA[ open", "<a href='open", "</", "<", "&", "&#", "&#x;", "<script>never closed"] {
            _ = HTMLArticleExtractor.extract(html)
        }
        #expect(HTMLArticleExtractor.extract("<p>text<!-- open").text == "text")
    }

    @Test func entitiesNamedDecimalAndHex() {
        #expect(HTMLEntities.decode("a&nbsp;b &rsquo; &mdash; &amp; &#8217; &#x2019; &#X2014; &#146; &unknown; & &amp") ==
                "a\u{A0}b \u{2019} \u{2014} & \u{2019} \u{2019} \u{2014} \u{2019} &unknown; & &amp")
        #expect(HTMLEntities.decode("&#0; &#xFFFFFFF;") == "\u{FFFD} \u{FFFD}")
    }

    @Test func blocksBecomeParagraphsAndBoilerplateIsDropped() {
        let page = HTMLArticleExtractor.extract("""
        <html><body><nav>Menu</nav><div>One
        line</div><h2>Two</h2><P>Three <b>bold</b> <a href=x>link</a>.<li>Four<td>Five</td><footer>Foot</footer>
        """)
        #expect(page.text == "One line\n\nTwo\n\nThree bold link.\n\nFour\n\nFive")
    }

    @Test func withoutAnArticleElementTheBodyIsUsed() {
        let page = HTMLArticleExtractor.extract("<title>T &amp; U</title><body><p>Body text.</p><aside>Aside</aside></body>")
        #expect(page.text == "Body text.")
        #expect(page.title == "T & U")
    }

    @Test func anUnclosedHeaderDoesNotHideTheArticle() {
        // Before, every word after the unclosed <header> was dropped and the page had no text.
        let page = HTMLArticleExtractor.extract("""
        <html><body><header><a href=/>Home</a><p>The Kremlin said on Thursday that talks had ended.</p>
        <p>Both leaders met in Moscow.</p><footer>Foot</footer></body></html>
        """)
        #expect(page.text.contains("The Kremlin said on Thursday that talks had ended."))
        #expect(page.text.contains("Both leaders met in Moscow."))
        #expect(!page.text.contains("Foot"), "a closed footer is still dropped")
    }

    @Test func anUnclosedHeadEndsAtTheBody() {
        let page = HTMLArticleExtractor.extract("<html><head><title>T</title><body><p>Body text.</p></body>")
        #expect(page.text == "Body text.")
        #expect(page.title == "T")
    }

    @Test func anUnclosedScriptStillHidesItsCode() {
        let page = HTMLArticleExtractor.extract("<body><p>Text.</p><script>var a = 1;")
        #expect(page.text == "Text.")
    }
}
