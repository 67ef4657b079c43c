import Foundation

/// Turns the paths of a command line into the files to read: folders recursively in sorted order,
/// hidden files and folders skipped, files of other kinds ignored, `sources.json` kept apart as a manifest.
struct FileWalker {
    /// The kinds of article file, by extension (lower-cased).
    enum Format: String, CaseIterable {
        case text = "txt", markdown = "md", markdownLong = "markdown", html, htm, jsonLines = "jsonl", timeML = "tml"

        init?(path: String) {
            self.init(rawValue: (path as NSString).pathExtension.lowercased())
        }
    }

    struct File: Equatable {
        var path: String
        /// The index of the command-line path it was found under.
        var root: Int
    }

    var files: [File] = []
    /// Manifests found in walked folders or beside files given one by one.
    var manifests: [String] = []
    /// Manifests given on the command line themselves: their files are read too.
    var explicitManifests: [String] = []
    var warnings: [IngestionWarning] = []
    private var seen = Set<String>()

    static let extensionList = "." + Format.allCases.map(\.rawValue).joined(separator: ", .")

    init(paths: [String]) throws {
        for (root, path) in paths.enumerated() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw IngestionError.at(.missing, file: path, "no such file or folder")
            }
            if isFolder.boolValue {
                var visited = Set<String>()
                try walk(folder: path, root: root, visited: &visited)
            } else if (path as NSString).lastPathComponent == Manifest.fileName {
                addManifest(path, explicit: true)
            } else if Format(path: path) != nil {
                add(path, root: root)
                let beside = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(Manifest.fileName)
                if FileManager.default.fileExists(atPath: beside) { addManifest(beside, explicit: false) }
            } else {
                warnings.append(IngestionWarning(file: path, message: "not an article file (expected \(Self.extensionList)); ignored"))
            }
        }
    }

    private mutating func walk(folder: String, root: Int, visited: inout Set<String>) throws {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw IngestionError.at(.unreadable, file: folder, "cannot read folder (\(Self.reason(error)))")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                try walk(folder: path, root: root, visited: &visited)
            } else if name == Manifest.fileName {
                addManifest(path, explicit: false)
            } else if Format(path: path) != nil {
                add(path, root: root)
            }
        }
    }

    mutating func add(_ path: String, root: Int) {
        if seen.insert(Self.key(path)).inserted { files.append(File(path: path, root: root)) }
    }

    private mutating func addManifest(_ path: String, explicit: Bool) {
        let key = Self.key(path)
        if explicit, !explicitManifests.contains(where: { Self.key($0) == key }) { explicitManifests.append(path) }
        if !manifests.contains(where: { Self.key($0) == key }) { manifests.append(path) }
    }

    /// One spelling per file, to compare paths given in different ways.
    static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, let text = strerror(Int32(underlying.code)) {
            return String(cString: text)
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
