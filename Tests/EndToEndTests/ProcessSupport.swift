import Foundation
import Synchronization

/// The built `psei-ticker` binary, next to the test bundle in the build directory.
let pseiTicker: String = {
    if let path = ProcessInfo.processInfo.environment["PSEI_TICKER_BIN"] { return path }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while directory.path != "/" {
        let candidate = directory.appendingPathComponent("psei-ticker")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
        directory = directory.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../.build/debug/psei-ticker").standardized.path
}()

/// Launches `process`, one launch at a time across the test's threads: Foundation's `Process.run` is not safe to call
/// from several threads at once on Linux (a CI run crashed inside it, in `memcpy`, while `concurrentMap` launched
/// four commands). Only the launch takes turns; the processes then run and are waited for concurrently.
func launch(_ process: Process) throws {
    try launching.withLock { _ in try process.run() }
}

private let launching = Mutex(())

/// A running child process whose stdout is read line by line and stderr collected.
final class ChildProcess {
    let process = Process()
    private let stdout = Pipe()
    private let stderr = Pipe()
    private var buffer = Data()

    init(_ executable: String, _ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try launch(process)
    }

    /// The next line of stdout (blocking), or nil at its end.
    func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer = Data(buffer[buffer.index(after: newline)...])
                return line
            }
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { return buffer.isEmpty ? nil : String(decoding: buffer, as: UTF8.self) }
            buffer.append(chunk)
        }
    }

    /// Sends `signal` and waits up to `seconds` for the exit; the exit status, or nil if it did not exit.
    func stop(_ signal: Int32 = SIGTERM, seconds: Double = 10) -> Int32? {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate(); return nil }
        return process.terminationStatus
    }

    var standardError: String { String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
}

/// Runs a program to completion; stdout, stderr and the exit status. Both streams go through files, so neither
/// can fill up and a daemon the program leaves behind (tmux's server) cannot keep the call waiting.
func runToEnd(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
    throws -> (stdout: String, stderr: String, status: Int32)
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let directory = temporaryDirectory()
    let outputFile = directory.appendingPathComponent("stdout"), errorFile = directory.appendingPathComponent("stderr")
    for file in [outputFile, errorFile] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    process.standardInput = FileHandle.nullDevice
    try launch(process)
    process.waitUntilExit()
    let read = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
    defer { try? FileManager.default.removeItem(at: directory) }
    return (read(outputFile), read(errorFile), process.terminationStatus)
}

/// A fresh temporary directory for one test's files (log files, outputs).
func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("psei-e2e-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
