/// `timeline tag`: tag TimeML files with TIMEX3 values, for scoring.
enum TagCommand: Command {
    static let name = "tag"
    static let summary = "tag TimeML files with TIMEX3 values, for scoring"
    static let help = """
    Usage: timeline tag (not implemented yet)
    """

    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode {
        throw CommandError(.software, "'timeline tag' is not implemented yet")
    }
}
