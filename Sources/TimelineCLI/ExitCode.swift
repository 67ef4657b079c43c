/// The process exit codes of `timeline`, after BSD sysexits.
public enum ExitCode: Int32, Sendable {
    case ok = 0
    /// The command line was wrong: unknown option, missing value.
    case usage = 64
    /// An input file was read but its content is wrong (bad date, bad JSON line, no publication date).
    case dataError = 65
    /// An input path does not exist or cannot be read.
    case noInput = 66
    /// Something went wrong inside the tool.
    case software = 70
    /// The output file cannot be written.
    case cannotCreate = 73
}
