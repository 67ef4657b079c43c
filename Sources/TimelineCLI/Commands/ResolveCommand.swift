/// `timeline resolve`: find and normalize the temporal expressions in a text.
enum ResolveCommand: Command {
    static let name = "resolve"
    static let summary = "find and normalize the temporal expressions in a text"
    static let help = """
    Usage: timeline resolve (not implemented yet)
    """

    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode {
        throw CommandError(.software, "'timeline resolve' is not implemented yet")
    }
}
