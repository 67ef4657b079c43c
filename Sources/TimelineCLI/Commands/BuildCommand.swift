/// `timeline build`: build a cited chronology from a corpus of articles.
enum BuildCommand: Command {
    static let name = "build"
    static let summary = "build a cited chronology from a corpus of articles"
    static let help = """
    Usage: timeline build (not implemented yet)
    """

    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode {
        throw CommandError(.software, "'timeline build' is not implemented yet")
    }
}
