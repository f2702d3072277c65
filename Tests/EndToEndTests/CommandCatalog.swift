import Foundation
import Testing

/// Every option of every command, as the binary itself describes them (`--experimental-dump-help`), and a way to
/// run any command line to its end: tests built on it cover an option the day it is added.
enum CommandCatalog {
    /// One option of one command.
    struct Option: CustomStringConvertible {
        let command: String
        /// The spelling `--help` shows first, e.g. `--bootstrap-servers`.
        let name: String
        /// Every spelling, e.g. `-b` and `--bootstrap-servers`.
        let names: [String]
        let abstract: String
        var description: String { "\(command) \(name)" }
    }

    /// Every option (not flags, not positional arguments) of every command.
    static func options() throws -> [Option] {
        let dump = try runToEnd(pseiTicker, ["--experimental-dump-help"])
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(dump.stdout.utf8))
        return (tool.command.subcommands ?? []).flatMap { options(of: $0, path: []) }
    }

    /// Runs `psei-ticker` with `arguments` in a fresh directory, with stdin and stdout not a terminal, until it ends;
    /// a broker or an index processor, which run until told to stop, are sent SIGTERM once they print their first line. `environment` changes
    /// the test's own: a nil value removes the variable.
    static func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> Ending {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pseiTicker)
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        process.currentDirectoryURL = temporaryDirectory()
        let output = Pipe()
        let errorFile = process.currentDirectoryURL!.appendingPathComponent("psei-stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try launch(process)
        // Not a measure of speed: only turns a hang (the defect these tests look for) into a failure.
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { kill(pid, SIGKILL) } }
        var stdout = Data()
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stdout.append(chunk)
            let printed = String(decoding: stdout, as: UTF8.self)
            if printed.contains("bootstrap.servers=") || printed.hasPrefix("index-processor in group") { kill(pid, SIGTERM) }
        }
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: process.currentDirectoryURL!)
        return Ending(
            byExit: process.terminationReason == .exit, status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: stderr)
    }

    /// How a run ended.
    struct Ending {
        let byExit: Bool
        let status: Int32
        let stdout: String
        let stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
        /// An exit with a status below 128 — not a signal, not a trap.
        var isOrderly: Bool { byExit && status < 128 }
    }

    /// The arguments that let `command` run and end on its own (or be stopped) apart from the option under test;
    /// nil for a command this list does not know yet.
    static func baseArguments(_ command: String, broker: String, session: String) -> [[String]]? {
        // The configuration commands write no log; a file in the run's own folder keeps the user's alone.
        if command == "config init" || command == "config check" { return [["--config", "config.toml"]] }
        let specific: [[String]]? =
            switch command {
            case "demo": []
            case "watch": [["--bootstrap-servers", broker]]
            case "replay": [[session]]
            case "snapshot": [["--replay", session]]
            case "wrap": [["--replay", session]]
            case "alerts": [["--replay", session], ["--alert", "any halt"]]
            case "record": [["--bootstrap-servers", broker], ["--output", "session.jsonl"], ["--until-caught-up"]]
            case "topics": [["--bootstrap-servers", broker], ["--interval", "0.2"]]
            case "broker": [["--partitions", "1"]]
            case "index-processor": [["--bootstrap-servers", broker]]
            // The simulated day has nothing before 08:00: the feed ends at once.
            case "feed": [["--bootstrap-servers", broker], ["--pace", "max"], ["--date", "2026-11-25"], ["--to", "08:00"]]
            default: nil
            }
        return specific.map { $0 + [["--log-file", "/dev/null"]] }
    }

    /// `base` without the option under test, then that option with `value`.
    static func arguments(_ option: Option, _ value: String, base: [[String]]) -> [String] {
        option.command.split(separator: " ").map(String.init) + base.filter { !option.names.contains($0[0]) }.flatMap { $0 } + [
            option.name, value,
        ]
    }

    /// The first 300 records of the sample day as a session file, small enough to read in a blink.
    static func smallSession() throws -> String {
        let path = temporaryDirectory().appendingPathComponent("small.jsonl").path
        let made = try runToEnd("/bin/sh", ["-c", "zcat \(SampleSessionTests.session) | head -301 > \(path)"])
        #expect(made.status == 0, "\(made.stderr)")
        return path
    }

    private static func options(of command: CommandInfo, path: [String]) -> [Option] {
        let name = (path + [command.commandName]).joined(separator: " ")
        let own = (command.arguments ?? []).filter { $0.kind == "option" }.map { argument in
            Option(
                command: name, name: argument.preferredName?.spelling ?? argument.names?.first?.spelling ?? "",
                names: (argument.names ?? []).map(\.spelling), abstract: argument.abstract ?? "")
        }
        return own + (command.subcommands ?? []).flatMap { options(of: $0, path: path + [command.commandName]) }
    }

    private struct ToolInfo: Decodable { let command: CommandInfo }
    private struct CommandInfo: Decodable {
        let commandName: String
        let subcommands: [CommandInfo]?
        let arguments: [ArgumentInfo]?
    }
    private struct ArgumentInfo: Decodable {
        let kind: String
        let names: [NameInfo]?
        let preferredName: NameInfo?
        let abstract: String?
    }
    private struct NameInfo: Decodable {
        let kind: String
        let name: String
        var spelling: String { kind == "long" ? "--\(name)" : "-\(name)" }
    }
}
