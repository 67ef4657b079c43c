/// One `timeline` subcommand: its name, its help text and what it does.
protocol Command: Sendable {
    /// The word after `timeline`.
    static var name: String { get }
    /// One line for `timeline --help`.
    static var summary: String { get }
    /// The full text of `timeline help NAME`: usage, options, examples.
    static var help: String { get }
    /// Runs with the arguments after the command name.
    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode
}
