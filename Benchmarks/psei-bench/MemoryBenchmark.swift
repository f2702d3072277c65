import Foundation
import KafkaFeed
import Logging
import MarketData
import Simulator

/// `memory`: the real `psei-ticker watch` under tmux (200×60) reads a full simulated day of `symbols` securities
/// from an embedded broker; once it has caught up (its CPU falls quiet), its peak RSS (`VmHWM`) is read, then its
/// CPU use over `idleWindows` windows of `idleSeconds` with no records arriving, as % of one core, then its RSS and
/// the two parts of it: the pages it owns (`RssAnon`) and the pages of the executable and libraries it has mapped
/// from the page cache (`RssFile`: clean, shared, given back by the kernel when memory is short).
func memoryBenchmark(symbols: Int, until secondOfDay: Int, idleSeconds: Double, idleWindows: Int, logger: Logger) throws
    -> [BenchmarkResult]
{
    let broker = try EmbeddedBroker(partitions: 16, topics: FeedTopic.defaultNames, logger: logger)
    let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
    let end = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: secondOfDay)!
    var produced = 0
    for simulated in MarketSimulator(.init(seed: 1, date: "2026-11-25", extraSymbols: symbols - 30))! {
        guard simulated.timestamp <= end else { break }
        try producer.send(simulated.record)
        produced += 1
        if produced % 10_000 == 0 { producer.poll() }
    }
    try producer.flush(timeoutMs: 120_000)

    let watch = try WatchUnderTmux(bootstrap: broker.bootstrapServers, benchmark: "memory")
    defer { watch.stop() }
    let pid = watch.pid
    try waitUntilQuiet(pid: pid, benchmark: "memory")
    let peakKiB = try processStatus(pid: pid, field: "VmHWM")
    let idle = try (0..<idleWindows).map { _ in try cpuPercent(pid: pid, over: idleSeconds) }
    let settledKiB = try processStatus(pid: pid, field: "VmRSS")
    let anonymousKiB = try processStatus(pid: pid, field: "RssAnon")
    let fileKiB = try processStatus(pid: pid, field: "RssFile")
    return [
        BenchmarkResult(
            name: "memory peak RSS (\(symbols) symbols, \(produced) records)", unit: "MiB",
            samples: [Double(peakKiB) / 1024], reference: nil, referenceSamples: nil),
        BenchmarkResult(
            name: "memory RSS caught up, idle", unit: "MiB", samples: [Double(settledKiB) / 1024], reference: nil,
            referenceSamples: nil),
        BenchmarkResult(
            name: "memory   of which its own (RssAnon)", unit: "MiB", samples: [Double(anonymousKiB) / 1024], reference: nil,
            referenceSamples: nil),
        BenchmarkResult(
            name: "memory   of which mapped files (RssFile)", unit: "MiB", samples: [Double(fileKiB) / 1024],
            reference: nil, referenceSamples: nil),
        BenchmarkResult(
            name: "memory idle CPU (\(Int(idleSeconds)) s windows)", unit: "% of a core",
            samples: idle, reference: nil, referenceSamples: nil),
    ]
}

/// The real `psei-ticker watch` in a detached 200×60 tmux session, its log in a scratch directory (`stop` ends both).
struct WatchUnderTmux {
    let pid: Int32
    private let session = "psei-bench-\(getpid())"
    private let directory: String

    init(bootstrap: String, benchmark: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(session).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let command = "exec \(siblingExecutable("psei-ticker")) watch -b \(bootstrap) --log-file \(directory)/watch.log"
        guard system("tmux new-session -d -s \(session) -x 200 -y 60 '\(command)'") == 0,
            let pid = Int32(shell("tmux display -p -t \(session) '#{pane_pid}'").trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            _ = system("tmux kill-session -t \(session) 2>/dev/null")
            throw BenchmarkError("\(benchmark): could not start psei-ticker watch under tmux")
        }
        self.pid = pid
    }

    func stop() {
        _ = system("tmux kill-session -t \(session) 2>/dev/null")
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// A benchmark that could not run.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The path of an executable built next to this one.
func siblingExecutable(_ name: String) -> String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name).path
}

/// Waits until the process has caught up: two quiet seconds in a row (under 5 % of a core), at most 5 minutes.
func waitUntilQuiet(pid: Int32, benchmark: String) throws {
    var quiet = 0
    var waited = 0
    while quiet < 2 {
        guard waited < 300 else { throw BenchmarkError("\(benchmark): psei-ticker did not settle within 5 minutes") }
        quiet = try cpuPercent(pid: pid, over: 1) < 5 ? quiet + 1 : 0
        waited += 1
    }
}

/// A shell command's standard output.
func shell(_ command: String) -> String {
    guard let pipe = popen(command, "r") else { return "" }
    defer { pclose(pipe) }
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while case let count = fread(&buffer, 1, buffer.count, pipe), count > 0 { output.append(contentsOf: buffer[0..<count]) }
    return String(decoding: output, as: UTF8.self)
}

/// The process's CPU use (user + system, all threads) over `seconds` of wall time, in % of one core.
private func cpuPercent(pid: Int32, over seconds: Double) throws -> Double {
    let before = try cpuTicks(pid: pid)
    let start = DispatchTime.now().uptimeNanoseconds
    usleep(UInt32(seconds * 1e6))
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return Double(try cpuTicks(pid: pid) - before) / Double(sysconf(Int32(_SC_CLK_TCK))) / elapsed * 100
}

/// utime + stime from `/proc/PID/stat` (fields 14 and 15, counted after the parenthesised command name).
private func cpuTicks(pid: Int32) throws -> Int {
    let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
    let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
    return Int(fields[11])! + Int(fields[12])!
}

/// A `kB` field of `/proc/PID/status`, such as `VmHWM` (peak resident set).
func processStatus(pid: Int32, field: String) throws -> Int {
    let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
        let kib = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" })[1])
    else {
        throw BenchmarkError("memory: no \(field) in /proc/\(pid)/status")
    }
    return kib
}
