import TimelineModel

/// Walks a command's arguments one at a time, so that each command can parse into its own typed options.
///
/// Accepts `--name value` and `--name=value`; `--` ends the options.
struct ArgumentScanner {
    let command: String
    private var rest: ArraySlice<String>
    private var pendingValue: String?
    private var optionsEnded = false

    init(command: String, arguments: [String]) {
        self.command = command
        rest = arguments[...]
    }

    enum Item: Equatable {
        case option(String)
        case positional(String)
    }

    /// The next option name (`--format`) or positional argument, nil at the end.
    mutating func next() throws -> Item? {
        if let value = pendingValue {
            throw CommandError.usage("option does not take a value: '\(value)'", command: command)
        }
        guard let arg = rest.popFirst() else { return nil }
        if optionsEnded || !arg.hasPrefix("-") || arg == "-" { return .positional(arg) }
        if arg == "--" {
            optionsEnded = true
            return try next()
        }
        if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
            pendingValue = String(arg[arg.index(after: eq)...])
            return .option(String(arg[..<eq]))
        }
        return .option(arg)
    }

    /// The value of the option just returned by `next()`.
    mutating func value(of option: String) throws -> String {
        if let value = pendingValue {
            pendingValue = nil
            return value
        }
        guard let value = rest.popFirst() else {
            throw CommandError.usage("missing value for \(option)", command: command)
        }
        return value
    }

    /// The value of the option just returned, converted; a usage error names what was expected.
    mutating func value<T>(of option: String, expected: String, _ parse: (String) -> T?) throws -> T {
        let text = try value(of: option)
        guard let parsed = parse(text) else {
            throw CommandError.usage("invalid value for \(option): '\(text)' (expected \(expected))", command: command)
        }
        return parsed
    }

    /// The value of the option just returned, as a day that exists (`YYYY-MM-DD`).
    mutating func date(of option: String) throws -> CalendarDate {
        try value(of: option, expected: "a date YYYY-MM-DD") { CalendarDate(iso: $0) }
    }

    func unknown(_ option: String) -> CommandError {
        CommandError.usage("unknown option '\(option)'", command: command)
    }
}
