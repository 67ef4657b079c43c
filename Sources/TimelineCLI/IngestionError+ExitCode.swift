import Ingestion

extension IngestionError {
    /// The exit code for this error: input missing or unreadable 66, bad data 65, bad options 64.
    var exitCode: ExitCode {
        switch kind {
        case .missing, .unreadable: .noInput
        case .invalidData, .undated, .duplicateID, .noArticles: .dataError
        case .usage: .usage
        }
    }

    /// This error as a command's failure, with its hint.
    func commandError(command: String) -> CommandError {
        let hint = hint ?? (kind == .usage ? "see 'timeline help \(command)'" : nil)
        return CommandError(exitCode, message, hint: hint)
    }
}
