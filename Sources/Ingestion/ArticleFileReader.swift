import Foundation

/// Reads the articles of one file, by its format. The manifest and dates come later.
enum ArticleFileReader {
    static func read(_ text: String, format: FileWalker.Format, file: String) throws -> (drafts: [ArticleDraft], warnings: [IngestionWarning]) {
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        switch format {
        case .text:
            return ([ArticleDraft(file: file, id: stem, text: text)], [])
        case .markdown, .markdownLong:
            return ([try markdown(text, file: file, stem: stem)], [])
        case .html, .htm:
            return ([html(text, file: file, stem: stem)], [])
        case .jsonLines:
            return try JSONLinesReader.read(text, file: file, stem: stem)
        case .timeML:
            return ([try timeML(text, file: file, stem: stem)], [])
        }
    }

    private static func markdown(_ text: String, file: String, stem: String) throws -> ArticleDraft {
        let front = try FrontMatter(parsing: text, file: file)
        var draft = ArticleDraft(file: file, id: front.value("id")?.value ?? stem, text: MarkdownText.plain(front.body))
        draft.title = front.value("title")?.value
        draft.outlet = front.value("outlet", "source")?.value
        draft.url = front.value("url")?.value
        draft.language = front.value("language", "lang")?.value
        if let published = front.value("published", "date") {
            draft.stated = try StatedDate.parse(published.value, field: "published", source: .frontMatter, file: file, line: published.line)
        }
        return draft
    }

    private static func html(_ text: String, file: String, stem: String) -> ArticleDraft {
        let page = HTMLArticleExtractor.extract(text)
        var draft = ArticleDraft(file: file, id: stem, text: page.text)
        draft.title = page.title
        draft.outlet = page.siteName
        draft.url = page.canonicalURL
        draft.language = page.language
        draft.metadataDates = page.dates
        return draft
    }

    private static func timeML(_ text: String, file: String, stem: String) throws -> ArticleDraft {
        let document = try TimeMLDocument(parsing: text, file: file)
        var draft = ArticleDraft(file: file, id: stem, text: document.text)
        draft.title = document.title
        if let date = document.creationDate {
            draft.stated = DateCandidate(date: date, source: .documentCreationTime, evidence: "<DCT> \(date.iso)")
        }
        return draft
    }
}
