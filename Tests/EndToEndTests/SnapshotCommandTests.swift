import Foundation
import Testing

/// `snapshot -b` against a broker holding records produced by kcat (a client nobody here wrote).
@Suite(.serialized) struct SnapshotCommandTests {
    static let kcat = "/usr/bin/kcat"

    /// A broker with a handful of schema-v1 records (and one malformed) produced by kcat.
    static func brokerWithRecords() throws -> (ChildProcess, String) {
        let broker = try ChildProcess(pseiTicker, ["broker", "--partitions", "3", "--log-file", "/dev/null"])
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        let records: [(String, [String])] = [
            (
                "pse.ref",
                [
                    #"ALI|{"sym":"ALI","name":"Ayala Land, Inc.","sector":"Property","prevClose":22.05,"boardLot":100,"date":"2026-11-25"}"#,
                    #"PSEi|{"code":"PSEi","prevClose":6398.10,"date":"2026-11-25"}"#,
                ]
            ),
            (
                "pse.status",
                [
                    #"MARKET|{"scope":"MARKET","phase":"open","ts":1764034200000}"#,
                    #"MONDE|{"scope":"MONDE","phase":"halted","ts":1764037860000,"reason":"\u001b]0;pwned\u0007"}"#,
                ]
            ),
            (
                "pse.trades",
                [
                    #"ALI|{"sym":"ALI","px":22.10,"qty":1000,"ts":1764034800000,"seq":1,"buyer":"COL","seller":"XMB","foreign":"S"}"#,
                    #"ALI|{"sym":"ALI","px":"22.45","qty":3000,"ts":1764038533000,"seq":2,"buyer":"COL","seller":"XMB","foreign":"S"}"#,
                    #"BDO|not json at all"#,
                ]
            ),
            ("pse.index", [#"PSEi|{"code":"PSEi","value":6412.57,"ts":1764038533000}"#]),
        ]
        for (topic, lines) in records {
            let input = temporaryDirectory().appendingPathComponent("input")
            try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
            let produced = try runToEnd("/bin/sh", ["-c", "\(kcat) -P -b \(bootstrap) -t \(topic) -K '|' < \(input.path)"])
            #expect(produced.status == 0, "\(produced.stderr)")
        }
        return (broker, bootstrap)
    }

    @Test func showsTheValuesTheRecordsImplyAndIsDeterministic() throws {
        let (broker, bootstrap) = try Self.brokerWithRecords()
        defer { _ = broker.stop() }
        let arguments = ["snapshot", "-b", bootstrap, "--size", "120x40", "--log-file", "/dev/null"]
        let first = try runToEnd(pseiTicker, arguments, environment: ["LANG": "C.UTF-8"])
        #expect(first.status == 0, "\(first.stderr)")
        let frame = first.stdout
        #expect(frame.contains("PSEi 6,412.57 ▲ +14.47 (+0.23%)"))
        #expect(frame.contains("OPEN  10:42:13 PHT"))
        let ali = try #require(frame.split(separator: "\n").first { $0.hasPrefix(" ALI ") || $0.hasPrefix("▸ALI ") })
        // LAST, CHG, %CHG, VOLUME, VALUE, VWAP and HIGH; at 120 columns PTS leaves no room for LOW.
        for figure in ["22.45", "+0.40", "+1.81%", "4,000", "89,450", "22.36"] {
            #expect(ali.contains(figure), "ALI row lacks \(figure): \(ali)")
        }
        let monde = try #require(frame.split(separator: "\n").first { $0.contains("MONDE") })
        #expect(monde.contains("HALT 10:31"))
        #expect(frame.contains("malformed 1 (not JSON)"))
        #expect(!frame.contains("\u{1B}") && !frame.contains("\u{07}"))

        let second = try runToEnd(pseiTicker, arguments, environment: ["LANG": "C.UTF-8"])
        #expect(second.stdout == frame)
    }

    @Test func ansiAndHTMLCarryTheSameFrame() throws {
        let (broker, bootstrap) = try Self.brokerWithRecords()
        defer { _ = broker.stop() }
        let ansi = try runToEnd(
            pseiTicker, ["snapshot", "-b", bootstrap, "--format", "ansi", "--theme", "default", "--log-file", "/dev/null"],
            environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": ""])
        #expect(ansi.status == 0)
        #expect(ansi.stdout.contains("\u{1B}[0;38;2;"))
        let html = try runToEnd(
            pseiTicker,
            [
                "snapshot", "-b", bootstrap, "--format", "html", "--theme", "light",
                "--log-file", "/dev/null",
            ], environment: ["LANG": "C.UTF-8"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("6,412.57"))
        #expect(!html.stdout.contains("\u{1B}"))
    }

    /// `--brokers`: the market's brokers, each trade's value (22,100 and 67,350) bought through COL from the foreign
    /// XMB; not together with `--heatmap`.
    @Test func brokersPrintsTheMarketsNetBuyersAndSellers() throws {
        let (broker, bootstrap) = try Self.brokerWithRecords()
        defer { _ = broker.stop() }
        let arguments = ["snapshot", "-b", bootstrap, "--size", "80x24", "--log-file", "/dev/null", "--brokers"]
        let result = try runToEnd(pseiTicker, arguments, environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(result.stdout.contains("Brokers · whole market"), "\(result.stdout)")
        let col = try #require(lines.first { $0.contains(" COL ") }, "\(result.stdout)")
        #expect(col.contains(" COL   ₱+89.45K ₱89.45K      ₱0      2  50.0%"), "\(col)")
        let xmb = try #require(lines.first { $0.contains(" XMB ") }, "\(result.stdout)")
        #expect(xmb.contains(" XMB F ₱−89.45K      ₱0 ₱89.45K      2  50.0%"), "\(xmb)")
        let both = try runToEnd(pseiTicker, arguments + ["--heatmap"], environment: ["LANG": "C.UTF-8"])
        #expect(both.status != 0 && both.stderr.contains("one of --heatmap, --brokers and --alerts"), "\(both.stderr)")
    }

    /// `--alerts` on the sample day with 'any halt' and 'any block': every block sale of the session (read straight
    /// from its lines) is listed, and the title counts them with the halt and its end; not together with `--stock`.
    @Test func alertsListsTheDaysBlockSalesAndHalts() throws {
        let day = try SessionDay(path: SampleSessionTests.session)
        let arguments = [
            "snapshot", "--replay", SampleSessionTests.session, "--size", "200x60", "--log-file", "/dev/null", "--alerts",
            "--alert", "any halt", "--alert", "any block",
        ]
        let result = try runToEnd(pseiTicker, arguments, environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        let halts = day.halts.count + day.halts.filter { $0.until != nil }.count
        #expect(!day.blockSales.isEmpty && halts > 0)
        #expect(result.stdout.contains("Alerts · \(day.blockSales.count + halts) today · 2 rules"), "\(result.stdout)")
        for sale in day.blockSales {
            let quantity = String(sale.quantity).reversed().enumerated()
                .map { $0.offset > 0 && $0.offset % 3 == 0 ? "\($0.element)," : "\($0.element)" }.reversed().joined()
            #expect(result.stdout.contains("BLOCK \(sale.symbol) \(quantity) @ "), "\(sale) in \(result.stdout)")
        }
        let both = try runToEnd(pseiTicker, arguments + ["--stock", "ALI"], environment: ["LANG": "C.UTF-8"])
        #expect(both.status != 0 && both.stderr.contains("not with --stock"), "\(both.stderr)")
    }

    /// Without `--timeout` too: a cluster that never answers is given up on within 10 s.
    @Test(arguments: [["snapshot"], ["record", "-o", temporaryDirectory().appendingPathComponent("never.jsonl").path]])
    func anUnreachableBrokerIsAClearErrorNotAHang(command: [String]) throws {
        let started = Date()
        let result = try runToEnd(pseiTicker, command + ["-b", "127.0.0.1:1", "--log-file", "/dev/null"])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("psei-ticker: \(command[0]) could not reach 127.0.0.1:1 in 8 s: "), "\(result.stderr)")
        #expect(result.stderr.contains("Connection refused") || result.stderr.contains("transport failure"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(seconds < 10, "took \(seconds) s")
    }
}
