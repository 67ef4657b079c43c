import Foundation
@testable import Ingestion

/// A folder of test files, created fresh and removed afterwards.
final class TemporaryCorpus {
    let root: String

    init() throws {
        root = (NSTemporaryDirectory() as NSString).appendingPathComponent("ingestion-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        _ = chmod(root, 0o755)
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Writes `text` at `name` (folders created as needed) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = self.path(name)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func folder(_ name: String) throws -> String {
        let path = self.path(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func path(_ name: String) -> String { (root as NSString).appendingPathComponent(name) }

    /// Reads the whole folder.
    func read(_ options: IngestionOptions = .init()) throws -> Corpus {
        try CorpusReader.read(paths: [root], options: options)
    }

    /// The error reading `paths` (default: the whole folder) throws, nil when it does not throw.
    func error(_ paths: [String]? = nil, _ options: IngestionOptions = .init()) -> IngestionError? {
        do {
            _ = try CorpusReader.read(paths: paths ?? [root], options: options)
            return nil
        } catch let error as IngestionError {
            return error
        } catch {
            return nil
        }
    }
}

/// The folder of this test target's fixture files.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

func date(_ iso: String) -> CalendarDate? { CalendarDate(iso: iso) }
