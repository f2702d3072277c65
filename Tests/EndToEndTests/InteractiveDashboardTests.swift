import Foundation
import Testing

/// The real binary under tmux: what a user sees, what keys do, and that the terminal comes back intact.
@Suite(.serialized) struct InteractiveDashboardTests {
    struct TmuxFailure: Error, CustomStringConvertible { let description: String }

    /// A private tmux server with one 120×40 pane running a plain shell.
    final class Pane {
        let socket = "psei-test-\(UUID().uuidString.prefix(8))"

        init(width: Int = 120, height: Int = 40) throws {
            try tmux([
                "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
                "env LANG=C.UTF-8 PS1='$ ' bash --norc --noprofile",
            ])
        }

        deinit { _ = try? tmux(["kill-server"]) }

        /// Runs a tmux command through `system()`: tmux's server daemonizes and would keep Foundation's
        /// `Process` waiting on descriptors it inherited.
        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            let output = temporaryDirectory().appendingPathComponent("tmux.out")
            let quoted = (["/usr/bin/tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            let status = system(quoted.joined(separator: " ") + " > \(output.path) 2>&1 < /dev/null")
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            guard status == 0 else { throw TmuxFailure(description: "tmux \(arguments.first ?? "") failed: \(text)") }
            return text
        }

        func type(_ keys: String, enter: Bool = false) throws {
            try tmux(["send-keys", "-t", "main", "-l", keys])
            if enter { try tmux(["send-keys", "-t", "main", "Enter"]) }
        }

        var screen: String { (try? tmux(["capture-pane", "-t", "main", "-p"])) ?? "" }

        /// Waits up to `seconds` for the screen to satisfy `condition`; the last screen either way.
        @discardableResult
        func waitFor(seconds: Double = 20, _ condition: (String) -> Bool) -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var current = screen
            while !condition(current) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.25)
                current = screen
            }
            return current
        }
    }

    @Test func demoShowsTheMarketRespondsToKeysAndRestoresTheTerminal() throws {
        let pane = try Pane()
        let log = temporaryDirectory().appendingPathComponent("demo.log").path
        try pane.type("\(pseiTicker) demo --pace 120 --log-file \(log)", enter: true)

        // Header with the PSEi level, rows with prices and sparklines, a braille chart, the LIVE status.
        let live = pane.waitFor { screen in
            screen.contains("OPEN") && screen.range(of: #"PSEi [0-9],[0-9]{3}\.[0-9]{2} [▲▼═]"#, options: .regularExpression) != nil
                && screen.range(of: "[▁▂▃▄▅▆▇█]", options: .regularExpression) != nil
                && screen.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }
        }
        #expect(live.contains("● LIVE"), "\(live)")
        // Whatever this machine's time, the simulated day runs its own clock, with nothing to warn about.
        #expect(live.range(of: #"OPEN +[0-9]{2}:[0-9]{2}:[0-9]{2} PHT"#, options: .regularExpression) != nil, "\(live)")
        #expect(!live.contains("warnings"), "\(live)")
        #expect(live.contains("PSEi today") && live.contains("Sectors") && live.contains("09:30"))
        #expect(live.range(of: #"\n[ ▸]ICT +[0-9]{3}\.[0-9]{2} "#, options: .regularExpression) != nil, "\(live)")

        try pane.type("s")
        try pane.type("?")
        let help = pane.waitFor(seconds: 5) { $0.contains("Help") && $0.contains("sorted by symbol") }
        #expect(help.contains("next sort key") && help.contains("sorted by symbol, A to Z"), "\(help)")
        try pane.tmux(["send-keys", "-t", "main", "Escape"])
        let closed = pane.waitFor(seconds: 5) { !$0.contains("next sort key") }
        #expect(!closed.contains("next sort key"), "Esc closes the help: \(closed)")
        try pane.type("q")
        let back = pane.waitFor(seconds: 10) { $0.contains("$ ") && !$0.contains("PSEi today") }
        #expect(!back.contains("PSEi today"), "\(back)")

        try pane.type("stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)'; echo MODES-END", enter: true)
        let modes = pane.waitFor(seconds: 5) { $0.split(separator: "\n").contains("MODES-END") }.split(separator: "\n")
        #expect(modes.contains("icanon") && modes.contains("echo"), "\(modes)")
        #expect(
            try pane.tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "0"
        )
    }

    @Test func replayOfTheSampleDayAnswersTheDVRKeys() throws {
        let pane = try Pane()
        let session = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sessions/pse-2026-11-25-simulated.jsonl.gz").standardized.path
        let log = temporaryDirectory().appendingPathComponent("replay.log").path
        try pane.type("\(pseiTicker) replay \(session) --speed 60 --from 10:40 --log-file \(log)", enter: true)
        func replayClock(_ screen: String) -> String? {
            screen.range(of: #"(REPLAY|PAUSED) [0-9]{2}:[0-9]{2}:[0-9]{2}"#, options: .regularExpression).map {
                String(screen[$0].suffix(8))
            }
        }
        let started = pane.waitFor(seconds: 60) { replayClock($0) != nil }
        #expect(replayClock(started).map { $0 >= "10:40:00" && $0 < "10:50:00" } == true, "\(started)")
        try pane.type(" ")
        try pane.type("]")
        let later = pane.waitFor(seconds: 10) { replayClock($0).map { $0 >= "10:55:00" } == true }
        #expect(later.contains("PAUSED"), "\(later)")
        // The quarter of an hour skipped arrived at once, but it is not a rate: the ~400 rec/s of 60× stays the order.
        let rate = later.range(of: #"[0-9,]+ rec/s"#, options: .regularExpression).map { later[$0].filter(\.isNumber) }
        #expect(rate.flatMap { Int($0) }.map { $0 < 5_000 } == true, "\(later)")
        // A bad time stays in the prompt with the reason; Backspace (DEL, as tmux sends it) erases; Enter goes.
        try pane.type("g25:99")
        try pane.tmux(["send-keys", "-t", "main", "Enter"])
        let refused = pane.waitFor(seconds: 5) { $0.contains("25:99 is not a time of day") }
        #expect(refused.contains("GO TO 25:99_") && refused.contains("25:99 is not a time of day"), "\(refused)")
        for _ in 0..<5 { try pane.tmux(["send-keys", "-t", "main", "BSpace"]) }
        try pane.type("14:39")
        try pane.tmux(["send-keys", "-t", "main", "BSpace"])
        try pane.type("0")
        #expect(pane.waitFor(seconds: 5) { $0.contains("GO TO 14:30_") }.contains("GO TO 14:30_"))
        try pane.tmux(["send-keys", "-t", "main", "Enter"])
        let jumped = pane.waitFor(seconds: 20) { replayClock($0) == "14:30:00" && $0.contains("14:29:59 PHT") }
        #expect(replayClock(jumped) == "14:30:00", "\(jumped)")
        try pane.type("0")
        let open = pane.waitFor(seconds: 20) { replayClock($0) == "09:30:00" }
        #expect(replayClock(open) == "09:30:00" && !open.contains("dup "), "\(open)")
        try pane.type("q")
        #expect(!pane.waitFor(seconds: 10) { !$0.contains("PSEi today") }.contains("PSEi today"))
    }
}
