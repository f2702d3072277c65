import Foundation
import KafkaFeed
import Logging
import Synchronization
import Testing

/// `psei-ticker topics` against a three-broker embedded cluster: the leaders kcat -L reports (after a leader move),
/// the high watermarks, a group's committed offsets and lag as computed from what was produced and consumed, the
/// rates of what is written during the window, and one clear line when the cluster cannot be reached.
@Suite struct TopicsCommandTests {
    static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// Writes `count` records to `partition` of pse.trades.
    static func produce(_ counts: [Int32: Int], to broker: EmbeddedBroker) throws {
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
        for (partition, count) in counts {
            for index in 0..<count {
                try producer.send(
                    topic: "pse.trades", partition: partition, key: Array("K\(index)".utf8), value: Array("record \(index)".utf8),
                    timestamp: 1_764_037_502_000 + Int64(index))
            }
        }
        try producer.flush()
    }

    /// Reads every record of pse.trades in group `group`, then leaves the group, committing what it read.
    static func consumeAll(_ expected: Int, group: String, from broker: EmbeddedBroker) throws {
        let consumer = try KafkaConsumer(
            bootstrapServers: broker.bootstrapServers, topics: ["pse.trades"], mode: .group(group),
            overrides: EmbeddedBroker.consumerOverrides + [(key: "auto.commit.interval.ms", value: "100")], logger: logger)
        var read = 0
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline && !(read >= expected && consumer.isCaughtUp) { read += consumer.poll(timeoutMs: 100).records.count }
        #expect(read == expected)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonHasKcatsLeadersAndTheGroupsCommittedOffsetsAndLag() throws {
        let broker = try EmbeddedBroker(brokers: 3, partitions: 3, topics: ["pse.trades"], logger: Self.logger)
        let consumed: [Int32: Int] = [0: 40, 1: 25, 2: 10]
        let later: [Int32: Int] = [0: 7, 2: 3]
        try Self.produce(consumed, to: broker)
        try Self.consumeAll(consumed.values.reduce(0, +), group: "desk", from: broker)
        try Self.produce(later, to: broker)
        let kcatBefore = try Self.kcatLeaders(broker.bootstrapServers)
        try broker.setPartitionLeader(topic: "pse.trades", partition: 0, brokerID: kcatBefore[0]! % 3 + 1)

        let ending = try CommandCatalog.run([
            "topics", "-b", broker.bootstrapServers, "-t", "pse.trades", "-g", "desk", "--format", "json", "--interval", "0.5",
            "--log-file", "/dev/null",
        ])
        #expect(ending.status == 0, "\(ending.stderr)")
        let root = try Self.json(ending.stdout)
        let partitions = try #require(root["partitions"] as? [[String: Any]])
        #expect(partitions.map { $0["topic"] as? String } == ["pse.trades", "pse.trades", "pse.trades"])
        #expect(partitions.map { $0["partition"] as? Int } == [0, 1, 2])
        let leaders = Dictionary(uniqueKeysWithValues: partitions.map { (Int32($0["partition"] as! Int), Int32($0["leader"] as! Int)) })
        let kcatAfter = try Self.kcatLeaders(broker.bootstrapServers)
        #expect(leaders == kcatAfter)
        #expect(leaders[0] == kcatBefore[0]! % 3 + 1)
        // The watermark is everything produced; committed is what the group read; lag is the rest: N − M.
        let produced = (0..<3).map { consumed[Int32($0), default: 0] + later[Int32($0), default: 0] }
        #expect(partitions.map { $0["highWatermark"] as? Int } == produced)
        #expect(partitions.map { $0["committed"] as? Int } == [40, 25, 10])
        #expect(partitions.map { $0["lag"] as? Int } == [7, 0, 3])
        // Nothing was written during the window.
        #expect(partitions.allSatisfy { $0["recordsPerSecond"] as? Double == 0 && $0["bytesPerSecond"] as? Double == 0 })
        let brokers = try #require(root["brokers"] as? [[String: Any]])
        #expect(brokers.map { $0["id"] as? Int } == [1, 2, 3])
        #expect(brokers.allSatisfy { ($0["address"] as? String)?.hasPrefix("127.0.0.1:") == true })
        #expect((root["group"] as? [String: Any])?["id"] as? String == "desk")
        // Reading the group moved none of its offsets: a second run finds the same.
        let again = try CommandCatalog.run([
            "topics", "-b", broker.bootstrapServers, "-t", "pse.trades", "-g", "desk", "--format", "json", "--interval", "0.2",
            "--log-file", "/dev/null",
        ])
        let partitionsAgain = try #require(try Self.json(again.stdout)["partitions"] as? [[String: Any]])
        #expect(partitionsAgain.map { $0["committed"] as? Int } == [40, 25, 10])
    }

    @Test func theTableListsBrokersThenPartitionsThenTheGroup() throws {
        let broker = try EmbeddedBroker(brokers: 3, partitions: 3, topics: ["pse.trades"], logger: Self.logger)
        try Self.produce([0: 4, 1: 5, 2: 6], to: broker)
        let ending = try CommandCatalog.run([
            "topics", "-b", broker.bootstrapServers, "-t", "pse.trades", "-g", "nobody", "--interval", "0.2", "--log-file", "/dev/null",
        ])
        #expect(ending.status == 0, "\(ending.stderr)")
        let lines = ending.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: " ").map(String.init) }
        #expect(lines[0] == ["BROKER", "ADDRESS", "STATE", "RTT", "AVG", "RTT", "P99"], "\(ending.stdout)")
        #expect(lines[1...3].map(\.first) == ["1", "2", "3"], "\(ending.stdout)")
        #expect(lines[5] == ["TOPIC", "PARTITION", "LEADER", "HIGH", "WATERMARK", "COMMITTED", "LAG", "RECORDS/S", "BYTES/S"])
        // A group that never committed: no committed offset, no lag.
        #expect(
            lines[6...8].map { Array($0.prefix(2)) + Array($0[3...5]) } == [
                ["pse.trades", "0", "4", "-", "-"], ["pse.trades", "1", "5", "-", "-"], ["pse.trades", "2", "6", "-", "-"],
            ])
        #expect(lines[10].prefix(2) == ["group", "nobody:"], "\(ending.stdout)")
    }

    @Test func ratesCountTheRecordsWrittenDuringTheWindow() throws {
        let broker = try EmbeddedBroker(brokers: 3, partitions: 3, topics: ["pse.trades"], logger: Self.logger)
        let stop = Atomic<Bool>(false)
        let stopped = DispatchSemaphore(value: 0)
        let bootstrap = broker.bootstrapServers
        let writer = Thread {
            defer { stopped.signal() }
            guard let producer = try? KafkaProducer(bootstrapServers: bootstrap, logger: Self.logger) else { return }
            while !stop.load(ordering: .relaxed) {
                try? producer.send(topic: "pse.trades", partition: 1, key: nil, value: Array("x".utf8), timestamp: 1_764_037_502_000)
                try? producer.flush()
                usleep(20_000)
            }
        }
        writer.start()
        // The writer stops before the broker goes.
        defer {
            stop.store(true, ordering: .relaxed)
            stopped.wait()
        }
        let ending = try CommandCatalog.run([
            "topics", "-b", bootstrap, "-t", "pse.trades", "--format", "json", "--interval", "1", "--log-file", "/dev/null",
        ])
        #expect(ending.status == 0, "\(ending.stderr)")
        let partitions = try #require(try Self.json(ending.stdout)["partitions"] as? [[String: Any]])
        let rates = partitions.map { ($0["recordsPerSecond"] as? Double ?? -1, $0["bytesPerSecond"] as? Double ?? -1) }
        #expect(rates[0] == (0, 0) && rates[2] == (0, 0), "\(rates)")
        #expect(rates[1].0 > 0 && rates[1].1 > 0, "\(rates)")
        // Without a group there is no committed offset and no lag.
        #expect(partitions.allSatisfy { $0["committed"] == nil && $0["lag"] == nil })
    }

    @Test func anUnreachableClusterIsOneLineAndAFailure() throws {
        let ending = try CommandCatalog.run(["topics", "-b", "127.0.0.1:1", "--timeout", "2", "--log-file", "/dev/null"])
        #expect(ending.status == 1)
        #expect(ending.stdout.isEmpty)
        #expect(ending.stderrLines.count == 1, "\(ending.stderr)")
        #expect(ending.stderr.hasPrefix("psei-ticker: topics could not reach 127.0.0.1:1 in 2 s"), "\(ending.stderr)")
    }

    /// Each partition's leader of pse.trades as `kcat -L -J` reports it.
    static func kcatLeaders(_ bootstrap: String) throws -> [Int32: Int32] {
        let listed = try runToEnd("/usr/bin/kcat", ["-L", "-J", "-b", bootstrap, "-t", "pse.trades"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let topics = try #require(try Self.json(listed.stdout)["topics"] as? [[String: Any]])
        let partitions = try #require(topics.first { $0["topic"] as? String == "pse.trades" }?["partitions"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: partitions.map { (Int32($0["partition"] as! Int), Int32($0["leader"] as! Int)) })
    }
}
