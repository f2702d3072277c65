import Foundation
import Testing

/// Alert delivery from the real binary under tmux, the pane's raw output recorded with `pipe-pane`: a replayed halt
/// whose reason is hostile (escape sequences, a bell, an OSC 777 of its own) rings the bell and sends exactly our
/// notification, in tmux's passthrough and with the reason made safe, and runs `--on-alert` with a clean
/// environment; without the flags nothing but the screen is sent. Each test has a configuration folder of its own.
@Suite(.serialized) struct AlertDeliveryTerminalTests {
    typealias Pane = InteractiveDashboardTests.Pane

    static let hostileReason = #"news \u001b]777;notify;pwn;x\u0007\u001b[2J\u009b31m"#
    /// The halt's alert message as it is shown and delivered: every control character a `?`.
    static let safeMessage = "ALI halted: news ?]777;notify;pwn;x??[2J?31m"
    /// Our notification as it must reach the pane: OSC 777 (the pane's terminal is not one of OSC 9's) inside tmux's
    /// passthrough, ESC doubled, built here by hand.
    static let notification =
        "\u{1B}Ptmux;\u{1B}\u{1B}]777;notify;psei-ticker: any halt;\(safeMessage)\u{07}\u{1B}\\"

    let folder = temporaryDirectory()

    /// A session of two records: ALI's reference data, and two seconds later ALI halted for the hostile reason.
    func writeSession() throws -> String {
        let start: Int64 = 1_795_568_400_000
        let lines = [
            #"{"psei-session":1,"recorded":"2026-11-25T09:00:00+08:00","source":"test"}"#,
            #"{"t":\#(start),"topic":"pse.ref","p":0,"o":0,"k":"ALI","v":{"sym":"ALI","name":"Ayala Land, Inc.","sector":"Property","prevClose":22.05,"boardLot":100,"date":"2026-11-25"}}"#,
            #"{"t":\#(start + 2000),"topic":"pse.status","p":0,"o":0,"k":"ALI","v":{"scope":"ALI","phase":"halted","ts":\#(start + 2000),"reason":"\#(Self.hostileReason)"}}"#,
        ]
        let path = folder.appendingPathComponent("halt.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func contents(_ name: String) -> String { (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? "" }

    /// Replays the session with `options` in a fresh pane whose output goes to `pane.raw`, until the data ends;
    /// quits, and returns the bytes the pane received once the dashboard has left the screen.
    func replay(options: String, configuration: String? = nil) throws -> String {
        let pane = try Pane()
        let home = folder.appendingPathComponent("home"), config = home.appendingPathComponent(".config")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("psei-ticker"), withIntermediateDirectories: true)
        if let configuration {
            try configuration.write(to: config.appendingPathComponent("psei-ticker/config.toml"), atomically: true, encoding: .utf8)
        }
        try pane.type("export HOME=\(home.path) XDG_CONFIG_HOME=\(config.path)", enter: true)
        try pane.tmux(["pipe-pane", "-o", "-t", "main", "cat >> '\(path("pane.raw"))'"])
        let session = try writeSession()
        try pane.type(
            "\(pseiTicker) replay \(session) --alert 'any halt' --log-file \(path("replay.log")) \(options)", enter: true)
        let ended = pane.waitFor(seconds: 30) { $0.contains("END OF DATA") }
        #expect(ended.contains("END OF DATA"), "\(ended)")
        try pane.type("q")
        // ncurses leaves the alternate screen last: once that is recorded, everything the dashboard sent is.
        let deadline = Date().addingTimeInterval(20)
        while !contents("pane.raw").contains("\u{1B}[?1049l") && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        return contents("pane.raw")
    }

    @Test func withBellNotifyAndOnAlertTheHaltRingsNotifiesSafelyAndRunsTheHook() throws {
        let raw = try replay(options: "--bell --notify --on-alert 'env > \(path("env")); cat > \(path("json"))'")
        #expect(raw.contains("\u{07}" + Self.notification), "\(raw.debugDescription)")
        #expect(raw.components(separatedBy: Self.notification).count == 2, "exactly one notification")
        let rest = raw.replacingOccurrences(of: Self.notification, with: "")
        #expect(rest.filter { $0 == "\u{07}" }.count == 1, "one bell besides the notification: \(rest.debugDescription)")
        #expect(!rest.contains("\u{1B}]") && !rest.contains("\u{1B}P"), "no other OSC or DCS: \(rest.debugDescription)")
        #expect(!raw.contains("pwn;x\u{07}") && !raw.contains("\u{9B}"), "the hostile sequences never reach the pane")

        // The hook runs after the alert, on its own: wait for its files (a bound on a hang, not a measure).
        let deadline = Date().addingTimeInterval(20)
        while !contents("json").hasSuffix("\n") && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        let json = contents("json")
        #expect(
            json.hasPrefix(#"{"time":"09:00:02","date":"2026-11-25","dataTime":1795568402000,"rule":"any halt","kind":"halt""#), "\(json)")
        #expect(json.contains(#""message":"\#(Self.safeMessage)""#) && json.filter { $0 == "\n" }.count == 1, "\(json)")
        let message = contents("env").split(separator: "\n").first { $0.hasPrefix("PSEI_ALERT_MESSAGE=") }
        #expect(message == "PSEI_ALERT_MESSAGE=\(Self.safeMessage)")
        #expect(message?.unicodeScalars.allSatisfy { !$0.properties.generalCategory.isControl } == true)
        #expect(contents("env").contains("PSEI_ALERT_SUBJECT=ALI\n"))
    }

    @Test func withoutTheFlagsNothingButTheScreenIsSent() throws {
        let raw = try replay(options: "")
        #expect(raw.contains("\u{1B}[?1049l"), "the dashboard ran: \(raw.debugDescription)")
        #expect(!raw.contains("\u{07}") && !raw.contains("\u{1B}]") && !raw.contains("\u{1B}P"), "\(raw.debugDescription)")
    }

    @Test func theConfigurationTurnsDeliveryOnAndAFlagTurnsItOff() throws {
        let raw = try replay(options: "--no-notify", configuration: "alert_bell = true\nalert_notify = true\n")
        #expect(raw.filter { $0 == "\u{07}" }.count == 1, "the configuration's bell: \(raw.debugDescription)")
        #expect(!raw.contains("\u{1B}]") && !raw.contains("\u{1B}P"), "--no-notify wins: \(raw.debugDescription)")
    }
}

extension Unicode.GeneralCategory {
    /// Control and format characters (Cc, Cf).
    fileprivate var isControl: Bool { self == .control || self == .format }
}
