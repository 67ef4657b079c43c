import Foundation
@testable import TimelineCLI

/// Runs `timeline` in-process and captures what it prints.
final class CommandRunner: @unchecked Sendable {
    private(set) var out = ""
    private(set) var err = ""
    private let lock = NSLock()

    var console: Console {
        Console(
            out: { [self] text in lock.withLock { out += text } },
            err: { [self] text in lock.withLock { err += text } }
        )
    }

    /// Runs the command line and returns the exit code.
    static func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let runner = CommandRunner()
        let code = TimelineCommandLine.run(arguments, console: runner.console)
        return (code, runner.out, runner.err)
    }

    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh empty folder under the system temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
