import Foundation
import KafkaFeed
import MarketData
import Recording
import Testing

/// Reading a cluster from a time on: `record --from/--to` writes exactly the records of its window, `-t` takes
/// patterns, `feed --replay` republishes a session with its keys, partitions and timestamps, and impossible start
/// points are refused in one line.
@Suite(.serialized) struct TimeTravelTests {
    static let day = "2026-11-25"
    static let kcat = "/usr/bin/kcat"

    /// `broker --feed` playing the whole simulated day at full speed, once it has published the close.
    func brokerWithTheWholeDay() throws -> (ChildProcess, String) {
        let broker = try ChildProcess(
            pseiTicker, ["broker", "--feed", "--pace", "max", "--seed", "9", "--date", Self.day, "--log-file", "/dev/null"])
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let statuses = try runToEnd(Self.kcat, ["-C", "-b", bootstrap, "-t", "pse.status", "-o", "beginning", "-e", "-q"])
            if statuses.stdout.contains(#""phase":"closed""#) { break }
            Thread.sleep(forTimeInterval: 0.5)
        }
        return (broker, bootstrap)
    }

    /// Where each record was read: topic, partition and offset.
    func places(_ records: [FeedRecord]) -> [String] {
        records.map { "\($0.topic)[\($0.partition)]@\($0.offset)" }.sorted()
    }

    @Test func recordFromToWritesExactlyTheRecordsOfItsWindow() throws {
        let (broker, bootstrap) = try brokerWithTheWholeDay()
        defer { _ = broker.stop() }
        let directory = temporaryDirectory()
        let whole = directory.appendingPathComponent("whole.jsonl").path
        let window = directory.appendingPathComponent("window.jsonl").path
        // The two recordings side by side. No --until-caught-up for the window: --to ends it, this machine's clock
        // being long past that day.
        let recordings = try concurrentMap([
            ["-o", whole, "--until-caught-up"],
            ["-t", #"^pse\..*"#, "-o", window, "--date", Self.day, "--from", "10:30", "--to", "11:15:30", "--timeout", "60"],
        ]) { arguments in try runToEnd(pseiTicker, ["record", "-b", bootstrap] + arguments + ["--log-file", "/dev/null"]) }
        let (all, windowed) = (recordings[0], recordings[1])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(windowed.status == 0, "\(windowed.stderr)")

        let from = ManilaTime.epochMillis(date: Self.day, secondOfDay: 10 * 3600 + 30 * 60)!
        let to = ManilaTime.epochMillis(date: Self.day, secondOfDay: 11 * 3600 + 15 * 60 + 30)!
        let everything = try SessionReader.readAll(path: whole, allowPartial: false).records
        let expected = everything.filter { (from...to).contains($0.timestamp) }
        let written = try SessionReader.readAll(path: window, allowPartial: false).records
        #expect(expected.count > 1_000 && expected.count < everything.count / 2)
        #expect(places(written) == places(expected), "\(written.count) written, \(expected.count) in the window")
    }

    /// Into a cluster with more partitions than the recording's, where the key alone would pick others.
    @Test func feedReplayKeepsKeysPartitionsAndTimestamps() throws {
        let session = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sessions/pse-2026-11-25-simulated.jsonl.gz").standardized.path
        let broker = try ChildProcess(pseiTicker, ["broker", "--partitions", "32", "--log-file", "/dev/null"])
        defer { _ = broker.stop() }
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        // The feed runs while the session is read here.
        let feeding = startInBackground {
            try runToEnd(pseiTicker, ["feed", "-b", bootstrap, "--replay", session, "--speed", "max", "--log-file", "/dev/null"])
        }
        let records = try SessionReader.readAll(path: session, allowPartial: false).records
        #expect(Set(records.map(\.partition)).count > 8)
        let feed = try feeding()
        #expect(feed.status == 0, "\(feed.stderr)")
        for topic in FeedTopic.defaultNames {
            let read = try runToEnd(Self.kcat, ["-C", "-b", bootstrap, "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%k %p %T %s\n"])
            let expected = records.filter { $0.topic == topic }.map {
                "\(String(decoding: $0.key ?? [], as: UTF8.self)) \($0.partition) \($0.timestamp) \(String(decoding: $0.value, as: UTF8.self))"
            }
            let lines = read.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == expected.count, "\(topic)")
            #expect(lines.sorted() == expected.sorted(), "\(topic)")
        }
    }

    /// `alerts --offset TIME` over a live cluster: the block sales from that time on, not the one before it.
    @Test func alertsFromATimeSeeOnlyWhatCameAfterIt() throws {
        let blocks = try AlertsCommandTests.sampleDay().filter { $0.contains(#""rule":"any block""#) }.map { line in
            let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (dataTime: try #require(json["dataTime"] as? Int), message: try #require(json["message"] as? String))
        }
        #expect(blocks.count == 3)
        // The session's own partitions, each in time order, as ListOffsets by timestamp assumes.
        let broker = try ChildProcess(pseiTicker, ["broker", "--log-file", "/dev/null"])
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        defer { _ = broker.stop() }
        let feed = try runToEnd(
            pseiTicker, ["feed", "-b", bootstrap, "--replay", SampleSessionTests.session, "--speed", "max", "--log-file", "/dev/null"])
        #expect(feed.status == 0, "\(feed.stderr)")
        let start = StartPoint.instant(EpochMillis(blocks[0].dataTime + 1)).argument
        let alerts = try ChildProcess(
            pseiTicker, ["alerts", "-b", bootstrap, "--offset", start, "--alert", "any block", "--log-file", "/dev/null"])
        // Not a measure of speed: only turns a hang into a failure.
        let (process, pid) = (alerts.process, alerts.process.processIdentifier)
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { kill(pid, SIGKILL) } }
        let lines = (0..<2).compactMap { _ in alerts.readLine() }
        #expect(alerts.stop(SIGTERM) == 0, "\(alerts.standardError)")
        let messages = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["message"] as? String
        }
        #expect(Set(messages) == Set(blocks.dropFirst().map(\.message)), "from \(start)")
    }

    @Test(arguments: [
        (
            ["watch", "-b", "127.0.0.1:9", "--offset", "yesterday"],
            "The value 'yesterday' is invalid for '--offset <offset>': not a place to start"
        ),
        (
            ["alerts", "-b", "127.0.0.1:9", "--offset", "2026-11-25T10:30"],
            "The value '2026-11-25T10:30' is invalid for '--offset <offset>'"
        ),
        (["watch", "-b", "127.0.0.1:9", "--from", "25:00"], "--from must be HH:MM or HH:MM:SS, not '25:00'"),
        (["watch", "-b", "127.0.0.1:9", "--from", "10:30", "--offset", "end"], "give --from or --offset, not both"),
        (["record", "-b", "127.0.0.1:9", "-o", "x.jsonl", "--from", "11:00", "--to", "10:00"], "--from 11:00 must be before --to 10:00"),
        (["record", "-b", "127.0.0.1:9", "-o", "x.jsonl", "--date", "2026-11-25"], "--date places --from and --to: give one of them"),
    ])
    func anImpossibleStartIsOneLine(arguments: [String], message: String) throws {
        let ending = try CommandCatalog.run(arguments + ["--log-file", "/dev/null"])
        #expect(ending.status == 64, "\(ending.stderr)")
        #expect(ending.stderrLines.count == 1 && ending.stderr.hasPrefix("psei-ticker: \(message)"), "\(ending.stderr)")
    }
}
