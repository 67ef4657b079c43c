import Foundation

/// Writes a whole output file or nothing: the text goes to a temporary file in the same
/// folder, which is then renamed over the target.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw CommandError(.cannotCreate, "\(path): cannot write output (\(Self.reason(error)))")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(.cannotCreate, "\(path): cannot write output (\(reason))")
        }
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
           let cString = strerror(Int32(underlying.code)) {
            return String(cString: cString)
        }
        return ns.localizedDescription
    }
}
