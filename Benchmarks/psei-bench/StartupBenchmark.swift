import Foundation

/// `start-up`: wall time from launching the real `psei-ticker` to the first byte it writes, `repetitions` times
/// after a warm-up. `snapshot --replay` of the sample day prints the closing frame once it has read the whole day,
/// against inflating the same file with `gzip -dc` into /dev/null (reading the day can be no faster); `demo` under a 120×40
/// pseudo-terminal to the first frame that shows the index (its own broker, producer and consumer started first),
/// against `psei-ticker --help` (launching the binary at all).
/// `upTo` (a Manila time) replays only the start of the day (the smoke run, on a debug build).
func startupBenchmarks(session: String, upTo: String?, repetitions: Int) throws -> [BenchmarkResult] {
    let ticker = siblingExecutable("psei-ticker")
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("psei-bench-startup-\(getpid()).log").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    let snapshot = try repeated(repetitions) {
        try millisecondsToOutput(
            ticker, ["snapshot", "--replay", session, "--log-file", log] + (upTo.map { ["--at", $0] } ?? []), until: nil)
    }
    let inflate = try repeated(repetitions) { try millisecondsToInflate(session) }
    let demo = try repeated(repetitions) { try millisecondsToOutput(ticker, ["demo", "--log-file", log], until: "PSEi") }
    let version = try repeated(repetitions) { try millisecondsToOutput(ticker, ["--help"], until: nil) }
    return [
        BenchmarkResult(
            name: "start-up snapshot --replay (sample day)", unit: "ms", samples: snapshot, reference: "gzip -dc",
            referenceSamples: inflate),
        BenchmarkResult(
            name: "start-up demo to first frame", unit: "ms", samples: demo, reference: "--help", referenceSamples: version),
    ]
}

/// Milliseconds `gzip -dc` takes from its launch to its exit, inflating `file` into /dev/null. (Not through the
/// pseudo-terminal: the 24 MB of text the sample day inflates to take three times as long to pass through one as to
/// inflate. Not through `Process`, whose `waitUntilExit` adds some 200 ms here.)
private func millisecondsToInflate(_ file: String) throws -> Double {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let words = ["gzip", "-dc", file]
    let arguments = words.map { strdup($0) } + [nil]
    defer { arguments.forEach { free($0) } }
    var pid: pid_t = 0
    var status: Int32 = 0
    let time = try seconds {
        guard posix_spawn(&pid, "/usr/bin/gzip", &actions, nil, arguments, environ) == 0 else {
            throw BenchmarkError("start-up: could not launch gzip")
        }
        waitpid(pid, &status, 0)
    }
    guard status == 0 else { throw BenchmarkError("start-up: gzip -dc \(file) failed") }
    return time * 1000
}

/// Milliseconds from launching `executable` under a 120×40 pseudo-terminal to the first output (containing `marker`
/// when given); the process is then ended (SIGTERM) and waited for.
private func millisecondsToOutput(_ executable: String, _ arguments: [String], until marker: String?)
    throws -> Double
{
    var controller: Int32 = 0, terminal: Int32 = 0
    var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&controller, &terminal, nil, nil, &size) == 0 else { throw BenchmarkError("start-up: no pseudo-terminal") }
    defer { close(controller) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["TERM": "xterm-256color"]) { $1 }
    let handle = FileHandle(fileDescriptor: terminal, closeOnDealloc: true)
    process.standardInput = handle
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    let started = DispatchTime.now().uptimeNanoseconds
    try process.run()
    try handle.close()
    var seen: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var finished: UInt64?
    while finished == nil {
        var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 60_000) > 0 else { break }
        let count = read(controller, &buffer, buffer.count)
        guard count > 0 else { break }
        seen += buffer[0..<count]
        if marker.map({ seen.contains(Array($0.utf8)) }) ?? true { finished = DispatchTime.now().uptimeNanoseconds }
    }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    guard let finished else { throw BenchmarkError("start-up: \(executable) \(arguments.first ?? "") wrote nothing expected") }
    return Double(finished - started) / 1e6
}

extension Array where Element == UInt8 {
    /// True when `needle` occurs in the bytes.
    fileprivate func contains(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { self[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
