import Foundation
import Testing

/// However the dashboard ends — a signal, a crash, its pane closing — the terminal comes back in its normal mode,
/// and rapid resizing neither crashes it nor leaves garbage.
@Suite(.serialized) struct TerminalRestoreTests {
    typealias Pane = InteractiveDashboardTests.Pane

    /// Starts `demo` in the pane's shell and waits for its first full frame; returns its pid.
    func startDemo(in pane: Pane) throws -> Int32 {
        let log = temporaryDirectory().appendingPathComponent("demo.log").path
        try pane.type("SWIFT_BACKTRACE=enable=no \(pseiTicker) demo --pace 60 --log-file \(log)", enter: true)
        let screen = pane.waitFor { $0.contains("PSEi today") && $0.contains("LIVE") }
        #expect(screen.contains("LIVE"), "\(screen)")
        let shell = try #require(
            Int32(
                try pane.tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"])
                    .trimmingCharacters(in: .whitespacesAndNewlines)))
        return try #require(childProcess(of: shell))
    }

    /// The shell is back with canonical input and echo, on the main screen.
    func expectTerminalRestored(_ pane: Pane) throws {
        try pane.type("stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)'; echo MODES-END", enter: true)
        let modes = pane.waitFor(seconds: 10) { $0.split(separator: "\n").contains("MODES-END") }.split(separator: "\n")
        #expect(modes.contains("icanon") && modes.contains("echo"), "\(modes)")
        #expect(
            try pane.tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "0"
        )
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalEndsTheDashboardAndRestoresTheTerminal(signal: Int32) throws {
        let pane = try Pane()
        let pid = try startDemo(in: pane)
        kill(pid, signal)
        #expect(waitUntilGone(pid, seconds: 10), "still running after signal \(signal)")
        try expectTerminalRestored(pane)
    }

    @Test func aCrashRestoresTheTerminalAndSaysWhereTheLogIs() throws {
        let pane = try Pane()
        let pid = try startDemo(in: pane)
        kill(pid, SIGSEGV)  // what a bad memory access or a Swift trap (SIGILL) delivers
        #expect(waitUntilGone(pid, seconds: 10))
        let screen = pane.waitFor(seconds: 5) { $0.contains("psei-ticker: crashed; the terminal was restored (log: ") }
        #expect(screen.contains("psei-ticker: crashed; the terminal was restored (log: "), "\(screen)")
        try expectTerminalRestored(pane)
    }

    @Test func closingThePaneEndsTheDashboard() throws {
        let pane = try Pane()
        let log = temporaryDirectory().appendingPathComponent("pane.log").path
        try pane.tmux(["split-window", "-d", "-t", "main", "exec env LANG=C.UTF-8 \(pseiTicker) demo --pace 60 --log-file \(log)"])
        let pid = try #require(
            Int32(
                try pane.tmux(["display-message", "-p", "-t", "main.1", "#{pane_pid}"])
                    .trimmingCharacters(in: .whitespacesAndNewlines)))
        Thread.sleep(forTimeInterval: 3)
        try pane.tmux(["kill-pane", "-t", "main.1"])
        #expect(waitUntilGone(pid, seconds: 10), "the dashboard outlived its pane")
    }

    @Test func aHundredResizesInTwoSecondsLeaveTheSameFrameAsOneResize() throws {
        let pane = try Pane()
        let log = temporaryDirectory().appendingPathComponent("resize.log").path
        try pane.type("\(pseiTicker) replay \(SampleSessionTests.session) --from 11:00 --log-file \(log)", enter: true)
        #expect(pane.waitFor(seconds: 60) { $0.contains("REPLAY 11:") }.contains("REPLAY 11:"))
        try pane.type(" ")
        #expect(pane.waitFor(seconds: 10) { $0.contains("PAUSED 11:") }.contains("PAUSED 11:"))
        let sizes = [(80, 24), (200, 60), (60, 15), (150, 50), (121, 33)]
        for index in 0..<100 {
            let (width, height) = sizes[index % sizes.count]
            try pane.tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
        }
        try pane.tmux(["resize-window", "-t", "main", "-x", "110", "-y", "35"])
        Thread.sleep(forTimeInterval: 6)  // records/s falls to 0 while paused
        let afterStorm = pane.screen
        try pane.tmux(["resize-window", "-t", "main", "-x", "111", "-y", "35"])
        Thread.sleep(forTimeInterval: 1)
        try pane.tmux(["resize-window", "-t", "main", "-x", "110", "-y", "35"])
        Thread.sleep(forTimeInterval: 1)
        let clean = pane.screen
        #expect(afterStorm.contains("PAUSED 11:") && afterStorm.contains("PSEi"), "\(afterStorm)")
        #expect(afterStorm == clean, "garbage after the resizes:\n\(afterStorm)\nvs a clean redraw:\n\(clean)")
        try pane.type("q")
        try expectTerminalRestored(pane)
    }
}

/// The first process whose parent is `parent` (from /proc; no procps needed).
func childProcess(of parent: Int32) -> Int32? {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for entry in entries {
        guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.range(of: ")", options: .backwards)
        else { continue }
        let fields = stat[close.upperBound...].split(separator: " ")
        if fields.count > 1, Int32(fields[1]) == parent { return pid }
    }
    return nil
}

/// Waits up to `seconds` for `pid` to exit (or to be a zombie awaiting its parent).
func waitUntilGone(_ pid: Int32, seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        if let close = stat.range(of: ")", options: .backwards), stat[close.upperBound...].hasPrefix(" Z") { return true }
        Thread.sleep(forTimeInterval: 0.1)
    }
    return false
}
