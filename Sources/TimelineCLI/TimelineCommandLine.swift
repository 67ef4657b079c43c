/// The `timeline` command line: finds the subcommand, runs it, turns errors into messages and exit codes.
public enum TimelineCommandLine {
    public static let version = "0.1.0"

    /// Every subcommand, in the order `timeline --help` lists them.
    static let commands: [any Command.Type] = [
        BuildCommand.self,
        SourcesCommand.self,
        ResolveCommand.self,
        TagCommand.self,
    ]

    /// Runs `timeline` with the arguments after the program name and returns the exit code.
    public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        do {
            return try dispatch(arguments, console: console).rawValue
        } catch let error as CommandError {
            console.error("timeline: \(error.message)")
            if let hint = error.hint { console.error("hint: \(hint)") }
            return error.code.rawValue
        } catch {
            console.error("timeline: internal error: \(error)")
            return ExitCode.software.rawValue
        }
    }

    private static func dispatch(_ arguments: [String], console: Console) throws -> ExitCode {
        guard let first = arguments.first else {
            console.print(overview)
            return .usage
        }
        switch first {
        case "--help", "-h":
            console.print(overview)
            return .ok
        case "--version":
            console.print("timeline \(version)")
            return .ok
        case "help":
            guard arguments.count > 1 else {
                console.print(overview)
                return .ok
            }
            guard let command = command(named: arguments[1]) else {
                throw CommandError.usage("unknown command '\(arguments[1])'", command: nil)
            }
            console.print(command.help)
            return .ok
        default:
            guard let command = command(named: first) else {
                if first.hasPrefix("-") { throw CommandError.usage("unknown option '\(first)'", command: nil) }
                throw CommandError.usage("unknown command '\(first)'", command: nil)
            }
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                console.print(command.help)
                return .ok
            }
            return try command.run(ArgumentScanner(command: command.name, arguments: rest), console: console)
        }
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }

    static var overview: String {
        let width = commands.map { $0.name.count }.max() ?? 0
        let lines = commands.map { "  \($0.name)\(String(repeating: " ", count: width - $0.name.count))  \($0.summary)" }
        return """
        timeline \(version): one cited chronology from many news articles.

        Usage: timeline COMMAND [OPTIONS] [ARGUMENTS]

        Commands:
        \(lines.joined(separator: "\n"))

        Options:
          -h, --help   show this help, or a command's help after the command
          --version    print the version

        'timeline help COMMAND' shows a command's options.
        Exit codes: 0 ok, 64 usage, 65 bad input data, 66 input missing or unreadable,
        70 internal error, 73 output cannot be written.
        """
    }
}
