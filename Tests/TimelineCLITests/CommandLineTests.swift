import Foundation
import Testing
@testable import TimelineCLI

@Suite struct CommandLineTests {
    @Test func helpListsEveryCommandAndExitCode() {
        let result = CommandRunner.run(["--help"])
        #expect(result.code == 0)
        for command in TimelineCommandLine.commands {
            #expect(result.out.contains("  \(command.name) "))
        }
        for code in ["0 ok", "64 usage", "65", "66", "70", "73"] {
            #expect(result.out.contains(code))
        }
    }

    @Test func noArgumentsPrintsHelpAndFailsAsUsage() {
        let result = CommandRunner.run([])
        #expect(result.code == 64)
        #expect(result.out.contains("Usage: timeline COMMAND"))
    }

    @Test func versionIsPrinted() {
        let result = CommandRunner.run(["--version"])
        #expect(result.code == 0)
        #expect(result.out == "timeline \(TimelineCommandLine.version)\n")
    }

    @Test(arguments: ["build", "sources", "resolve", "tag"])
    func everyCommandHasHelp(command: String) {
        let viaHelp = CommandRunner.run(["help", command])
        let viaFlag = CommandRunner.run([command, "--help"])
        #expect(viaHelp.code == 0)
        #expect(viaHelp.out == viaFlag.out)
        #expect(viaHelp.out.contains("Usage: timeline \(command)"))
    }

    @Test(arguments: [["frobnicate"], ["--frobnicate"], ["help", "frobnicate"]])
    func unknownCommandsAreUsageErrorsWithAHint(arguments: [String]) {
        let result = CommandRunner.run(arguments)
        #expect(result.code == 64)
        #expect(result.err.split(separator: "\n").count == 2)
        #expect(result.err.contains("frobnicate"))
        #expect(result.err.contains("hint: see 'timeline --help'"))
    }

    @Test(arguments: ["build", "sources", "resolve", "tag"])
    func unknownOptionsAreUsageErrors(command: String) {
        let result = CommandRunner.run([command, "--no-such-option", "x"])
        #expect(result.code == 64)
        #expect(result.err.contains("'--no-such-option'"))
        #expect(result.err.contains("hint: see 'timeline help \(command)'"))
    }
}

@Suite struct ArgumentScannerTests {
    @Test func readsOptionsValuesAndPositionals() throws {
        var scanner = ArgumentScanner(command: "x", arguments: ["a", "--format", "json", "--output=o.md", "--", "--b"])
        #expect(try scanner.next() == .positional("a"))
        #expect(try scanner.next() == .option("--format"))
        #expect(try scanner.value(of: "--format") == "json")
        #expect(try scanner.next() == .option("--output"))
        #expect(try scanner.value(of: "--output") == "o.md")
        #expect(try scanner.next() == .positional("--b"))
        #expect(try scanner.next() == nil)
    }

    @Test func missingValueIsAUsageError() throws {
        var scanner = ArgumentScanner(command: "x", arguments: ["--format"])
        #expect(try scanner.next() == .option("--format"))
        #expect(throws: CommandError.self) { try scanner.value(of: "--format") }
    }

    @Test func inlineValueOnAFlagIsAUsageError() throws {
        var scanner = ArgumentScanner(command: "x", arguments: ["--day-first=yes"])
        #expect(try scanner.next() == .option("--day-first"))
        #expect(throws: CommandError.self) { try scanner.next() }
    }

    @Test func typedValuesNameWhatWasExpected() throws {
        var scanner = ArgumentScanner(command: "x", arguments: ["--anchor", "2024-02-30"])
        _ = try scanner.next()
        do {
            _ = try scanner.date(of: "--anchor")
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(error.code == .usage)
            #expect(error.message.contains("2024-02-30"))
            #expect(error.message.contains("YYYY-MM-DD"))
        }
    }
}

@Suite struct OutputFileTests {
    @Test func writesTheWholeFileAndLeavesNoTemporary() throws {
        let folder = try CommandRunner.temporaryFolder()
        let target = folder.appendingPathComponent("out.md").path
        try OutputFile.write("first", to: target)
        try OutputFile.write("second", to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.md"])
    }

    @Test func unwritableTargetIsCannotCreateAndKeepsTheOldFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        let missing = folder.appendingPathComponent("no/such/folder/out.md").path
        #expect(throws: CommandError.self) { try OutputFile.write("x", to: missing) }
        do {
            try OutputFile.write("x", to: missing)
        } catch let error as CommandError {
            #expect(error.code == .cannotCreate)
            #expect(error.message.contains(missing))
        }
        // A folder in the way of the target: the rename fails, nothing is left behind.
        let blocked = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inner"), withIntermediateDirectories: true)
        #expect(throws: CommandError.self) { try OutputFile.write("x", to: blocked.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
    }
}
