import Foundation
import MarketData
import Testing

/// The built binary, run as a user would: `broker`, `feed`, and kcat reading what they publish.
@Suite(.serialized) struct BrokerAndFeedTests {
    static let kcat = "/usr/bin/kcat"
    static let checkFeed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/tools/check-feed").standardized.path

    @Test func brokerWithFeedPublishesASimulatedDayThatKcatReads() throws {
        let logs = temporaryDirectory()
        let broker = try ChildProcess(
            pseiTicker,
            [
                "broker", "--feed", "--pace", "max", "--seed", "3", "--date", "2026-11-25",
                "--log-file", logs.appendingPathComponent("log").path,
            ])
        let first = try #require(broker.readLine())
        #expect(first.hasPrefix("bootstrap.servers=127.0.0.1:"))
        let bootstrap = String(first.dropFirst("bootstrap.servers=".count))

        // The feed runs at max pace; wait until the closing status is there.
        let deadline = Date().addingTimeInterval(60)
        var statuses = ""
        while Date() < deadline && !statuses.contains(#""phase":"closed""#) {
            statuses = try runToEnd(Self.kcat, ["-C", "-b", bootstrap, "-t", "pse.status", "-o", "beginning", "-e", "-q"]).stdout
            Thread.sleep(forTimeInterval: 0.5)
        }
        #expect(statuses.contains(#""phase":"closed""#))

        var envelopes = ""
        for topic in FeedTopic.defaultNames {
            let read = try runToEnd(Self.kcat, ["-C", "-b", bootstrap, "-t", topic, "-o", "beginning", "-e", "-q", "-J"])
            #expect(read.status == 0)
            envelopes += read.stdout
        }
        let trades = envelopes.split(separator: "\n").filter { $0.contains(#""topic":"pse.trades""#) }
        #expect(trades.count > 30_000)

        // The project's independent checker (shared/tools/check-feed), when this clone sits beside shared/.
        if FileManager.default.isExecutableFile(atPath: Self.checkFeed) {
            let input = logs.appendingPathComponent("envelopes.jsonl")
            try envelopes.write(to: input, atomically: true, encoding: .utf8)
            let check = try runToEnd("/bin/sh", ["-c", "\(Self.checkFeed) < \(input.path)"])
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.contains("violations=0"))
        }
        #expect(broker.stop(SIGTERM) == 0)

        let log = try FileManager.default.attributesOfItem(atPath: logs.appendingPathComponent("log").path)
        #expect((log[.posixPermissions] as? Int) == 0o600)
    }

    @Test func feedProducesTheChosenWindowIntoAnotherBroker() throws {
        let broker = try ChildProcess(pseiTicker, ["broker", "--partitions", "4", "--log-file", "/dev/null"])
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        defer { _ = broker.stop() }

        let feed = try runToEnd(
            pseiTicker,
            [
                "feed", "-b", bootstrap, "--pace", "max", "--date", "2026-11-25",
                "--from", "10:00", "--to", "10:05", "--log-file", "/dev/null",
            ])
        #expect(feed.status == 0, "\(feed.stderr)")
        #expect(feed.stderr.contains("produced "))

        let trades = try runToEnd(Self.kcat, ["-C", "-b", bootstrap, "-t", "pse.trades", "-o", "beginning", "-e", "-q", "-f", "%T\n"])
        let times = trades.stdout.split(separator: "\n").compactMap { Int64($0) }
        #expect(!times.isEmpty)
        let from = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: 10 * 3600)!
        let to = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: 10 * 3600 + 300)!
        #expect(times.allSatisfy { (from...to).contains($0) })

        let references = try runToEnd(Self.kcat, ["-C", "-b", bootstrap, "-t", "pse.ref", "-o", "beginning", "-e", "-q"])
        #expect(references.stdout.split(separator: "\n").count == 37)
    }

    @Test(arguments: [
        (["feed"], "Missing expected argument '--bootstrap-servers"),
        (["broker", "--pace", "fast"], "--pace"),
        (["broker", "--partitions", "0"], "'--partitions <partitions>': out of range (expected 1…256)"),
        (["feed", "-b", "127.0.0.1:1", "--from", "25:00"], "--from must be HH:MM"),
        (["feed", "-b", "127.0.0.1:1", "-X", "novalue"], "-X expects key=value"),
        (
            ["feed", "-b", "127.0.0.1:1", "-X", "no.such.property=1", "--log-file", "/dev/null"],
            "unknown Kafka configuration property no.such.property=1"
        ),
        (
            ["snapshot", "-b", "127.0.0.1:1", "--theme", "/no/such/theme.toml", "--log-file", "/dev/null"],
            "cannot read theme file /no/such/theme.toml"
        ),
        (["snapshot", "-b", "127.0.0.1:1", "--theme", "neon", "--log-file", "/dev/null"], "unknown theme 'neon'"),
        (["snapshot", "-b", "127.0.0.1:1", "--size", "wide", "--log-file", "/dev/null"], "--size"),
    ])
    func badArgumentsGiveOneClearLineAndAFailureStatus(arguments: [String], message: String) throws {
        let result = try runToEnd(pseiTicker, arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
