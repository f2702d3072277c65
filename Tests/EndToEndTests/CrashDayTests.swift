import Foundation
import Testing

/// The `--crash` day end to end: the built `broker` plays it into its embedded cluster through a real producer,
/// `record` reads it back over Kafka into a session, `snapshot --replay --at` shows the circuit breaker's halt and
/// then the resumption, and `wrap` lists the halt with its start and end.
@Suite(.serialized) struct CrashDayEndToEndTests {
    @Test func theCircuitBreakerHaltsTheMarketAndTradingResumes() throws {
        let broker = try ChildProcess(
            pseiTicker,
            [
                "broker", "--feed", "--crash", "--pace", "max", "--seed", "42", "--date", "2026-11-25", "--from", "10:20",
                "--to", "10:50", "--partitions", "4", "--log-file", "/dev/null",
            ])
        defer { _ = broker.stop() }
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        // The feed runs at max pace: wait until the cluster holds the window's last minute.
        let deadline = Date().addingTimeInterval(90)
        var live = ""
        repeat {
            Thread.sleep(forTimeInterval: 1)
            live = try runToEnd(pseiTicker, ["snapshot", "-b", bootstrap, "--size", "120x40", "--log-file", "/dev/null"]).stdout
        } while Date() < deadline && !live.contains(" 10:49:")
        #expect(live.contains(" 10:49:"), "\(live)")

        let session = temporaryDirectory().appendingPathComponent("crash.jsonl").path
        let recorded = try runToEnd(
            pseiTicker, ["record", "-b", bootstrap, "-o", session, "--until-caught-up", "--log-file", "/dev/null"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        func header(at time: String) throws -> String {
            let text = try runToEnd(
                pseiTicker, ["snapshot", "--replay", session, "--at", time, "--size", "120x40", "--log-file", "/dev/null"])
            return String(text.stdout.split(separator: "\n").first ?? "")
        }
        let halted = try header(at: "10:35")
        #expect(halted.contains("HALTED · circuit breaker L1 · resumes in 7:") && halted.contains("10:35:00 PHT"), "\(halted)")
        let resumed = try header(at: "10:45")
        #expect(resumed.contains("OPEN") && !resumed.contains("HALTED") && resumed.contains("10:45:00 PHT"), "\(resumed)")
        let wrap = try runToEnd(
            pseiTicker, ["wrap", "--replay", session, "--log-file", "/dev/null"], environment: ["LANG": "C.UTF-8"])
        #expect(wrap.status == 0, "\(wrap.stderr)")
        let marketHalts = wrap.stdout.split(separator: "\n").filter { $0.hasPrefix("  Market ") }
        #expect(
            marketHalts.map { $0.split(separator: " ").joined(separator: " ") } == ["Market L1 10:27:21 10:42:21 circuit breaker level 1"],
            "\(wrap.stdout)")
    }
}
