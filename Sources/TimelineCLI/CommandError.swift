/// A failure a command reports to the user: one message, an optional hint, and the exit code.
struct CommandError: Error {
    var code: ExitCode
    var message: String
    var hint: String?

    init(_ code: ExitCode, _ message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    static func usage(_ message: String, command: String?) -> CommandError {
        let help = command.map { "timeline help \($0)" } ?? "timeline --help"
        return CommandError(.usage, message, hint: "see '\(help)'")
    }
}
