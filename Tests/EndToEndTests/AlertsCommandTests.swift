import Foundation
import GoldenFiles
import Testing

/// `psei-ticker alerts` through the real binary: the sample day with a fixed rule set against a golden list and
/// against alerts worked out here from the session's lines (not the reducer); `--produce` read back with kcat, the
/// live run over a broker stopped by SIGTERM, and its refusals.
@Suite(.serialized) struct AlertsCommandTests {
    static let rules = ["any halt", "any block", "PSEi change 1.5%", "ALI above 22.60"]
    static let kcat = "/usr/bin/kcat"

    static func alerts(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        stdout: String, stderr: String, status: Int32
    ) {
        try runToEnd(pseiTicker, ["alerts", "--log-file", "/dev/null"] + arguments, environment: environment)
    }

    /// One run over the sample day with `rules`, shared by the tests that compare with it (the same records give
    /// the same lines); each of them checks how it ended.
    static let sampleDayRun = Result { try alerts(["--replay", SampleSessionTests.session] + rules.flatMap { ["--alert", $0] }) }

    /// The sample day's alerts for `rules`, one JSON line each.
    static func sampleDay() throws -> [String] {
        let result = try sampleDayRun.get()
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func theSampleDayFiresWhatItsLinesSayAndTheGoldenList() throws {
        let lines = try Self.sampleDay()
        try assertSnapshot(lines.map { $0 + "\n" }.joined(), named: "sample-day-alerts.jsonl")
        let fired = try lines.map { line in
            let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let keys = ["time", "date", "dataTime", "rule", "kind", "subject", "message"] + (json["value"] == nil ? [] : ["value"])
            #expect(Set(json.keys) == Set(keys), "\(line)")
            return ExpectedAlert(
                dataTime: json["dataTime"] as? Int ?? -1, rule: json["rule"] as? String ?? "", subject: json["subject"] as? String ?? "",
                value: (json["value"] as? Double).map(ExpectedAlert.tenThousandths))
        }
        #expect(fired.map(\.dataTime) == fired.map(\.dataTime).sorted(), "printed as they fire")
        let expected = try ExpectedAlert.sampleDay(SessionDay(path: SampleSessionTests.session))
        #expect(fired.sorted() == expected.sorted())
        #expect(Set(expected.map(\.rule)).count == Self.rules.count, "every rule fires on the sample day")
    }

    @Test func produceReadBackWithKcatGivesTheSubjectsAsKeysAndTheLinesAsValues() throws {
        let broker = try ChildProcess(pseiTicker, ["broker", "--partitions", "4", "--log-file", "/dev/null"])
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        defer { _ = broker.stop() }
        let produced = try Self.alerts(
            ["--replay", SampleSessionTests.session, "-b", bootstrap, "--produce", "psei.alerts"] + Self.rules.flatMap { ["--alert", $0] })
        #expect(produced.status == 0 && produced.stdout.isEmpty && produced.stderr.isEmpty, "\(produced.stderr)")
        let read = try runToEnd(Self.kcat, ["-C", "-b", bootstrap, "-t", "psei.alerts", "-o", "beginning", "-e", "-q", "-f", "%k %s\n"])
        #expect(read.status == 0, "\(read.stderr)")
        let expected = try Self.sampleDay().map { line in
            let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return "\(json["subject"] as? String ?? "?") \(line)"
        }
        #expect(read.stdout.split(separator: "\n").map(String.init).sorted() == expected.sorted())
    }

    @Test func liveOverABrokerItPrintsAsTheFeedArrivesAndExitsZeroOnSIGTERM() throws {
        let broker = try ChildProcess(pseiTicker, ["broker", "--partitions", "4", "--log-file", "/dev/null"])
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        defer { _ = broker.stop() }
        let feed = try runToEnd(
            pseiTicker, ["feed", "-b", bootstrap, "--replay", SampleSessionTests.session, "--speed", "max", "--log-file", "/dev/null"])
        #expect(feed.status == 0, "\(feed.stderr)")
        let alerts = try ChildProcess(pseiTicker, ["alerts", "-b", bootstrap, "--alert", "any block", "--log-file", "/dev/null"])
        // Not a measure of speed: only turns a hang into a failure.
        let (process, pid) = (alerts.process, alerts.process.processIdentifier)
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { kill(pid, SIGKILL) } }
        let lines = (0..<3).compactMap { _ in alerts.readLine() }
        #expect(alerts.stop(SIGTERM) == 0, "\(alerts.standardError)")
        let messages = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["message"] as? String
        }
        let replayed = try Self.sampleDay().filter { $0.contains(#""rule":"any block""#) }.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["message"] as? String
        }
        #expect(messages.count == 3 && Set(messages) == Set(replayed))
    }

    @Test func aClusterThatTakesNoAlertsIsOneLineAndAFailure() throws {
        // Nothing listens on port 1: the alerts stay unsent until the flush gives up.
        let result = try Self.alerts(
            ["--replay", SampleSessionTests.session, "-b", "127.0.0.1:1", "--produce", "psei.alerts", "--alert", "any block"])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix("psei-ticker: --produce psei.alerts: ") && result.stderr.split(separator: "\n").count == 1,
            "\(result.stderr)")
    }

    @Test func aBadRulesFileIsOneLineNamingItsLine() throws {
        let file = temporaryDirectory().appendingPathComponent("rules.txt")
        try "any halt\nALI sideways 3\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try Self.alerts(["--replay", SampleSessionTests.session, "--rules", file.path])
        #expect(result.status != 0 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("psei-ticker: \(file.path):2: alert rule \"ALI sideways 3\": "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test func noRulesIsOneLineAndExit64() throws {
        let result = try Self.alerts(["--replay", SampleSessionTests.session], environment: ["XDG_CONFIG_HOME": temporaryDirectory().path])
        #expect(result.status == 64 && result.stdout.isEmpty)
        #expect(result.stderr == "psei-ticker: no alert rules: give --alert, --rules or the configuration's alerts\n")
    }
}

/// An alert as the test compares it: when (the data clock), which rule, about what, and its reading in 1/10,000.
struct ExpectedAlert: Hashable, Comparable {
    let dataTime: Int
    let rule: String
    let subject: String
    let value: Int?

    static func tenThousandths(_ value: Double) -> Int { Int((value * 10_000).rounded()) }

    static func < (lhs: ExpectedAlert, rhs: ExpectedAlert) -> Bool {
        (lhs.dataTime, lhs.rule, lhs.subject, lhs.value ?? .min) < (rhs.dataTime, rhs.rule, rhs.subject, rhs.value ?? .min)
    }

    /// `AlertsCommandTests.rules` over the sample day: every halt's start and end, every block sale, and the first
    /// crossing of each level rule, which fires again only after its reading came back inside by the margin (10 % of
    /// a percentage, 0.2 % of a price).
    static func sampleDay(_ day: SessionDay) throws -> [ExpectedAlert] {
        var alerts: [ExpectedAlert] = []
        for halt in day.halts {
            let subject = halt.scope == "MARKET" ? "market" : halt.scope
            alerts.append(ExpectedAlert(dataTime: halt.since, rule: "any halt", subject: subject, value: nil))
            if let until = halt.until { alerts.append(ExpectedAlert(dataTime: until, rule: "any halt", subject: subject, value: nil)) }
        }
        for sale in day.blockSales {
            alerts.append(
                ExpectedAlert(dataTime: sale.timestamp, rule: "any block", subject: sale.symbol, value: sale.price * sale.quantity))
        }
        let close = Double(try #require(day.indexPreviousClose["PSEi"]))
        let changes = (day.indexLevels["PSEi"] ?? []).map { (ts: $0.ts, reading: (Double($0.value) - close) * 100 / close) }
        for change in crossings(changes, beyond: { abs($0) >= 1.5 }, clear: { abs($0) < 1.5 * 0.9 }) {
            alerts.append(
                ExpectedAlert(dataTime: change.ts, rule: "PSEi change 1.5%", subject: "PSEi", value: tenThousandths(change.reading)))
        }
        let prices = (day.mainPrices["ALI"] ?? []).map { (ts: $0.ts, reading: Double($0.price) / 10_000) }
        for price in crossings(prices, beyond: { $0 >= 22.6 }, clear: { $0 < 22.6 - 22.6 * 0.002 }) {
            alerts.append(ExpectedAlert(dataTime: price.ts, rule: "ALI above 22.6", subject: "ALI", value: tenThousandths(price.reading)))
        }
        return alerts
    }

    /// The readings at which a rule fires: beyond while armed; it re-arms once a reading is clear.
    private static func crossings(
        _ readings: [(ts: Int, reading: Double)], beyond: (Double) -> Bool, clear: (Double) -> Bool
    ) -> [(ts: Int, reading: Double)] {
        var armed = true
        return readings.filter { reading in
            if clear(reading.reading) { armed = true }
            guard armed, beyond(reading.reading) else { return false }
            armed = false
            return true
        }
    }
}
