@_exported import TimelineModel
import Foundation

/// Reads a corpus: any mix of files and folders, in `.txt`, `.md` (front matter), `.html`,
/// `.jsonl` and `.tml`, with an optional `sources.json` manifest beside the files.
public enum CorpusReader {
    /// The articles of `paths` in a stable order, one per distinct text, each with a publication date.
    ///
    /// Throws `IngestionError` for a missing or unreadable path, bad data (the message names the
    /// file and line), a folder with no articles, duplicate ids, and articles with no date.
    public static func read(paths: [String], options: IngestionOptions = .init()) throws -> Corpus {
        guard !paths.isEmpty else { throw IngestionError(.usage, "no corpus given: name files or folders of articles") }
        var walker = try FileWalker(paths: paths)
        var warnings = walker.warnings
        let (entries, stories) = try manifestEntries(walker.manifests)
        for manifest in walker.explicitManifests {
            let folder = FileWalker.key((manifest as NSString).deletingLastPathComponent)
            for entry in entries.values where FileWalker.key((entry.path as NSString).deletingLastPathComponent) == folder {
                walker.add(entry.path, root: paths.firstIndex(of: manifest) ?? 0)
            }
        }

        var drafts: [ArticleDraft] = []
        var articlesPerRoot = [Int](repeating: 0, count: paths.count)
        // Files are read in parallel; their results are taken in order, so the first error is the first file's.
        let results = ParallelMap.map(walker.files) { file in Result { try readFile(file.path) } }
        for (file, result) in zip(walker.files, results) {
            let (read, fileWarnings) = try result.get()
            warnings += fileWarnings
            let entry = entries[FileWalker.key(file.path)]
            for var draft in read {
                if let entry { Manifest.apply(entry, to: &draft, singleArticle: read.count == 1) }
                drafts.append(draft)
            }
            if file.root < articlesPerRoot.count { articlesPerRoot[file.root] += read.count }
        }
        try checkEveryFolderHasArticles(paths, articlesPerRoot, drafts, skipped: warnings)
        try checkUniqueIDs(drafts)

        let (kept, duplicateWarnings) = DuplicateDetector.merge(drafts)
        warnings += duplicateWarnings
        let articles = try date(kept, options: options, warnings: &warnings)
        return Corpus(articles: articles, warnings: warnings, title: Set(stories).count == 1 ? stories.first : nil)
    }

    // MARK: Steps

    /// The entries of every manifest by file, and the stories they name.
    private static func manifestEntries(_ manifests: [String]) throws -> ([String: Manifest.Entry], [String]) {
        var entries: [String: Manifest.Entry] = [:]
        var stories: [String] = []
        for path in manifests {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw IngestionError.at(.unreadable, file: path, "cannot read manifest (\(FileWalker.reason(error)))")
            }
            let manifest = try Manifest(contentsOf: path, data: data)
            for entry in manifest.entries {
                entries[FileWalker.key(entry.path)] = entry
            }
            if let story = manifest.story { stories.append(story) }
        }
        return (entries, stories)
    }

    /// The drafts of one file; a file that is empty or not text is skipped with a warning.
    private static func readFile(_ path: String) throws -> ([ArticleDraft], [IngestionWarning]) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw IngestionError.at(.unreadable, file: path, "cannot read file (\(FileWalker.reason(error)))")
        }
        var warnings: [IngestionWarning] = []
        let text: String
        switch TextDecoding.decode(data) {
        case .binary(let reason):
            return ([], [IngestionWarning(file: path, message: "\(reason); skipped")])
        case .text(let decoded, let warning):
            text = decoded
            if let warning { warnings.append(IngestionWarning(file: path, message: warning)) }
        }
        guard !Whitespace.isBlank(text) else {
            return ([], warnings + [IngestionWarning(file: path, message: "empty file; skipped")])
        }
        // A chronology this tool rendered, e.g. `build --output corpus/timeline.md`: not an article.
        if text.hasPrefix(Chronology.markdownSignature) { return ([], warnings) }
        let (drafts, readWarnings) = try ArticleFileReader.read(text, format: FileWalker.Format(path: path) ?? .text, file: path)
        warnings += readWarnings
        var kept: [ArticleDraft] = []
        for draft in drafts {
            if Whitespace.isBlank(draft.text) {
                warnings.append(IngestionWarning(file: draft.file, line: draft.line, message: "no article text found; skipped"))
            } else {
                kept.append(draft)
            }
        }
        return (kept, warnings)
    }

    /// Throws when a folder, or the whole corpus, yields no article; the message says why files
    /// were skipped (`skipped`: the warnings so far), since those warnings are not printed then.
    private static func checkEveryFolderHasArticles(_ paths: [String], _ counts: [Int], _ drafts: [ArticleDraft],
                                                    skipped: [IngestionWarning]) throws {
        let hint = "articles are files ending in \(FileWalker.extensionList), with some text"
        func reasons(under path: String) -> String {
            let prefix = FileWalker.key(path)
            let found = skipped.filter { FileWalker.key($0.file).hasPrefix(prefix) }.map(\.description)
            guard !found.isEmpty else { return "" }
            let shown = found.prefix(5).joined(separator: "; ")
            return " (\(shown)\(found.count > 5 ? "; and \(found.count - 5) more" : ""))"
        }
        for (k, path) in paths.enumerated() where counts[k] == 0 {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw IngestionError.at(.noArticles, file: path, "no articles in this folder" + reasons(under: path), hint: hint)
            }
        }
        if drafts.isEmpty {
            let why = paths.map(reasons(under:)).joined()
            throw IngestionError(.noArticles, "no articles in \(paths.joined(separator: ", "))" + why, hint: hint)
        }
    }

    private static func checkUniqueIDs(_ drafts: [ArticleDraft]) throws {
        var firstByID: [String: ArticleDraft] = [:]
        for draft in drafts {
            if let first = firstByID[draft.id] {
                throw IngestionError(.duplicateID, "two articles have the id '\(draft.id)': \(first.location) and \(draft.location)",
                                     hint: "give one of them another 'id' in its front matter, JSON record or sources.json")
            }
            firstByID[draft.id] = draft
        }
    }

    private static func date(_ kept: [DuplicateDetector.Kept], options: IngestionOptions,
                             warnings: inout [IngestionWarning]) throws -> [Article] {
        if let published = options.published {
            guard kept.count == 1, let only = kept.first else {
                throw IngestionError(.usage, "--published applies to a corpus of one article; this one has \(kept.count)",
                                     hint: "use --default-published DATE for the articles that have no date of their own")
            }
            let candidate = DateCandidate(date: published, source: .commandLine, evidence: "--published \(published.iso)")
            return [only.draft.article(published: candidate, duplicates: only.duplicates)]
        }
        var articles: [Article] = []
        var undated: [String] = []
        for item in kept {
            warnings += PublicationDateFinder.invalidMetadataDates(of: item.draft)
                .map { IngestionWarning(file: item.draft.file, line: item.draft.line, message: $0) }
            if let found = PublicationDateFinder.find(for: item.draft) {
                articles.append(item.draft.article(published: found, duplicates: item.duplicates))
            } else if let fallback = options.defaultPublished {
                let candidate = DateCandidate(date: fallback, source: .defaultFlag, evidence: "--default-published \(fallback.iso)")
                articles.append(item.draft.article(published: candidate, duplicates: item.duplicates))
            } else {
                undated.append(item.draft.location)
            }
        }
        guard undated.isEmpty else {
            let what = undated.count == 1 ? "1 article" : "\(undated.count) articles"
            throw IngestionError(.undated, "no publication date found for \(what): \(undated.joined(separator: ", "))",
                                 hint: "give it with --published DATE (one article) or --default-published DATE, "
                                     + "or add 'published' to the front matter or to a sources.json manifest")
        }
        return articles
    }
}
