import Dashboard
import Foundation
import LiveDashboard
import Logging
import Synchronization
import Testing

/// The `--on-alert` command run for real by `/bin/sh`: what it gets on its standard input and in its environment,
/// that `run` never waits for it, the bound on how many run at once, and the failures that go to the log.
@Suite(.serialized) struct AlertHookTests {
    static let halt = Alert(
        rule: "any halt", kind: "halt", subject: "ALI", message: "ALI halted: news pending", value: nil,
        dataTime: 1_795_570_203_107, announcedAt: 1)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("psei-hook-\(UUID().uuidString)")
    let log = LogLines()

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func contents(_ name: String) -> String { (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? "" }

    func hook(_ command: String, environment: [String: String] = ["PATH": "/usr/bin:/bin"], timeout: Duration = .seconds(30)) -> AlertHook {
        AlertHook(command: command, environment: environment, timeout: timeout, logger: log.logger)
    }

    /// Waits (up to a minute: a bound on a hang, not a measure) until no command of `hook` is running.
    func waitUntilDone(_ hook: AlertHook) {
        let deadline = Date().addingTimeInterval(60)
        while hook.running > 0 && Date() < deadline { usleep(10_000) }
    }

    @Test func theCommandGetsTheJSONLineOnItsInputAndTheFieldsInItsEnvironment() throws {
        let hook = hook(
            "cat > '\(path("json"))'; env > '\(path("env"))'",
            environment: ["PATH": "/usr/bin:/bin", "KEPT": "yes", "PSEI_ALERT_VALUE": "stale"])
        hook.run(Self.halt)
        waitUntilDone(hook)
        #expect(contents("json") == Self.halt.jsonLine + "\n")
        let environment = contents("env").split(separator: "\n").map(String.init)
        for field in Self.halt.fields { #expect(environment.contains("\(field.environmentName)=\(field.value)")) }
        #expect(environment.contains("PSEI_ALERT_MESSAGE=ALI halted: news pending"))
        #expect(environment.contains("KEPT=yes"))
        #expect(!environment.contains { $0.hasPrefix("PSEI_ALERT_VALUE=") }, "a variable of another alert is not passed on")
        #expect(log.lines.isEmpty, "\(log.lines)")
    }

    @Test func theCommandGetsNoDescriptorOfTheDashboardButItsInputOutputAndErrors() throws {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        defer { ends.forEach { close($0) } }
        let hook = hook("exec > '\(path("fds"))'; ls /proc/$$/fd")
        hook.run(Self.halt)
        waitUntilDone(hook)
        #expect(contents("fds").split(separator: "\n").sorted() == ["0", "1", "2"], "\(contents("fds"))")
    }

    @Test func controlCharactersNeverReachTheEnvironment() throws {
        let hostile = Alert(
            rule: "any halt", kind: "halt", subject: "ALI", message: "x\u{1B}]777;notify;pwn;x\u{07}\u{1B}[2J\u{9B}y", value: nil,
            dataTime: nil, announcedAt: 1)
        let hook = hook("env > '\(path("env"))'")
        hook.run(hostile)
        waitUntilDone(hook)
        let message = try #require(contents("env").split(separator: "\n").first { $0.hasPrefix("PSEI_ALERT_MESSAGE=") })
        #expect(message == "PSEI_ALERT_MESSAGE=x?]777;notify;pwn;x??[2J?y")
    }

    @Test func runReturnsWhileTheCommandIsStillRunning() throws {
        let hook = hook("cat > '\(path("json"))'; while [ ! -e '\(path("go"))' ]; do sleep 0.01; done; echo done > '\(path("ended"))'")
        hook.run(Self.halt)
        #expect(hook.running == 1)
        #expect(contents("ended").isEmpty)
        FileManager.default.createFile(atPath: path("go"), contents: nil)
        waitUntilDone(hook)
        #expect(contents("ended") == "done\n")
        #expect(hook.running == 0)
    }

    @Test func beyondEightRunningCommandsAnAlertIsDroppedCountedAndLogged() throws {
        let hook = hook("while [ ! -e '\(path("go"))' ]; do sleep 0.01; done")
        for _ in 0..<(AlertHook.maximumRunning + 2) { hook.run(Self.halt) }
        #expect(hook.running == AlertHook.maximumRunning)
        #expect(hook.dropped == 2)
        #expect(log.lines.filter { $0.contains("warning") && $0.contains("dropped") }.count == 2, "\(log.lines)")
        FileManager.default.createFile(atPath: path("go"), contents: nil)
        waitUntilDone(hook)
        hook.run(Self.halt)
        #expect(hook.running == 1, "a place is free again once a command ended")
        waitUntilDone(hook)
    }

    @Test func aFailingCommandIsLogged() {
        let hook = hook("exit 3")
        hook.run(Self.halt)
        waitUntilDone(hook)
        #expect(log.lines == ["warning on-alert command 'exit 3' for alert \"any halt\" exited with status 3"])
    }

    @Test func aCommandThatOutlivesItsTimeIsKilledWithWhatItStartedAndLogged() throws {
        let hook = hook("sleep 600 & echo $! > '\(path("child"))'; sleep 600", timeout: .milliseconds(200))
        hook.run(Self.halt)
        waitUntilDone(hook)
        #expect(log.lines.count == 1 && log.lines[0].hasPrefix("warning") && log.lines[0].hasSuffix("killed"), "\(log.lines)")
        let child = try #require(Int32(contents("child").trimmingCharacters(in: .whitespacesAndNewlines)))
        let deadline = Date().addingTimeInterval(60)
        while isRunning(child) && Date() < deadline { usleep(10_000) }
        #expect(!isRunning(child), "the background sleep was killed with the shell")
    }

    /// True while `pid` is a process that has not ended (a zombie has ended).
    func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let end = stat.lastIndex(of: ")") else {
            return false
        }
        return !stat[end...].hasPrefix(") Z")
    }

    @Test func aCommandThatDoesNotReadItsInputIsNoFault() {
        // Longer than a pipe holds (64 KiB), shorter than a variable may be (128 KiB): writing it to a command that
        // has ended fails with EPIPE, not with a SIGPIPE that would end this process.
        let long = Alert(
            rule: "any halt", kind: "halt", subject: "ALI", message: String(repeating: "x", count: 100_000), value: nil,
            dataTime: nil, announcedAt: 1)
        let hook = hook("exit 0")
        hook.run(long)
        waitUntilDone(hook)
        #expect(log.lines.isEmpty, "\(log.lines)")
    }
}

/// A logger that keeps its lines (`level message`) for a test to read.
final class LogLines: Sendable {
    private let kept = Mutex<[String]>([])

    var lines: [String] { kept.withLock { $0 } }

    var logger: Logger { Logger(label: "test") { _ in Handler(owner: self) } }

    struct Handler: LogHandler {
        let owner: LogLines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            owner.kept.withLock { $0.append("\(event.level) \(event.message)") }
        }
    }
}
