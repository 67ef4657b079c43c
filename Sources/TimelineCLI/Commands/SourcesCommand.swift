/// `timeline sources`: list the articles of a corpus with their publication dates.
enum SourcesCommand: Command {
    static let name = "sources"
    static let summary = "list the articles of a corpus with their publication dates"
    static let help = """
    Usage: timeline sources (not implemented yet)
    """

    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode {
        throw CommandError(.software, "'timeline sources' is not implemented yet")
    }
}
