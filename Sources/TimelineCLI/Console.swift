import Foundation

/// Where a command writes: standard output and standard error, or strings in tests.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        writeOut = out
        writeErr = err
    }

    /// The process's standard output and standard error.
    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) }
    )

    func print(_ text: String) { writeOut(text.hasSuffix("\n") ? text : text + "\n") }
    func write(_ text: String) { writeOut(text) }
    func error(_ text: String) { writeErr(text.hasSuffix("\n") ? text : text + "\n") }
    func warning(_ text: String) { error("warning: \(text)") }
}
