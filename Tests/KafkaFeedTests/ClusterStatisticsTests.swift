import Foundation
import KafkaFeed
import MarketData
import Testing

/// librdkafka's statistics JSON read into `ClusterSnapshot`: a report captured from a real statistics callback (a
/// consumer in group `psei-fixture` that read 30 records from `pse.trades`, 3 partitions led by brokers 1, 2 and 3 of
/// a three-broker embedded cluster), variations of it, and the consumer's own reports.
@Suite struct ClusterStatisticsTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/statistics-three-brokers.json")

    static func report(_ change: (inout [String: Any]) -> Void = { _ in }) throws -> ClusterStatistics {
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        change(&root)
        return try #require(ClusterStatistics(json: try JSONSerialization.data(withJSONObject: root)))
    }

    /// Changes one field of partition `number` of `pse.trades` in a report.
    static func setPartition(_ number: Int, _ field: String, _ value: Any, in root: inout [String: Any]) {
        var topics = root["topics"] as! [String: Any]
        var topic = topics["pse.trades"] as! [String: Any]
        var partitions = topic["partitions"] as! [String: Any]
        var partition = partitions[String(number)] as! [String: Any]
        partition[field] = value
        partitions[String(number)] = partition
        topic["partitions"] = partitions
        topics["pse.trades"] = topic
        root["topics"] = topics
    }

    @Test func aRealReportGivesBrokersPartitionsAndTheGroup() throws {
        let snapshot = try Self.report().snapshot
        #expect(snapshot.brokers.map(\.id) == [1, 2, 3])
        #expect(snapshot.brokers.map(\.address) == ["127.0.0.1:41251", "127.0.0.1:41133", "127.0.0.1:36443"])
        #expect(snapshot.brokers.allSatisfy { $0.state == "UP" })
        // Broker 1 is also the logical GroupCoordinator, whose RTT (no request) must not replace its own.
        #expect(snapshot.brokers.map(\.rttAverageMicros) == [10478, 10473, 10481])
        #expect(snapshot.brokers.map(\.rttP99Micros).allSatisfy { $0 != nil })
        // The unassigned partition -1 (librdkafka's "UA") is left out.
        #expect(snapshot.partitions.map(\.partition) == [0, 1, 2])
        #expect(snapshot.partitions.map(\.leader) == [1, 2, 3])
        #expect(snapshot.partitions.map(\.highWatermark) == [10, 10, 10])
        #expect(snapshot.partitions.map(\.position) == [10, 10, 10])
        #expect(snapshot.partitions.map(\.committed) == [10, 10, 10])
        #expect(snapshot.partitions.map(\.lag) == [0, 0, 0])
        #expect(snapshot.partitions.allSatisfy { $0.topic == "pse.trades" && $0.recordsPerSecond == nil })
        #expect(snapshot.group == ClusterSnapshot.Group(id: "", state: "up", joinState: "steady", assignedPartitions: 3))
    }

    @Test func lagIsTheWatermarkLessThePositionAndUnknownOffsetsAreNil() throws {
        let snapshot = try Self.report { root in
            Self.setPartition(0, "hi_offset", 25, in: &root)
            Self.setPartition(1, "app_offset", -1001, in: &root)
            Self.setPartition(1, "committed_offset", -1001, in: &root)
            Self.setPartition(1, "consumer_lag", -1, in: &root)
            Self.setPartition(2, "app_offset", -1001, in: &root)
            Self.setPartition(2, "consumer_lag", 4, in: &root)
        }.snapshot
        #expect(snapshot.partitions.map(\.lag) == [15, nil, 4])
        #expect(snapshot.partitions.map(\.position) == [10, nil, nil])
        #expect(snapshot.partitions.map(\.committed) == [10, nil, 10])
    }

    @Test func ratesComeFromTheCountersOfConsecutiveReports() throws {
        let first = try Self.report()
        let second = try Self.report { root in
            root["ts"] = (root["ts"] as! Int) + 2_000_000  // µs: two seconds later
            Self.setPartition(0, "rxmsgs", 10 + 50, in: &root)
            Self.setPartition(0, "rxbytes", 102 + 6_000, in: &root)
        }
        let snapshot = second.snapshot(since: first)
        #expect(snapshot.partitions.map(\.recordsPerSecond) == [25, 0, 0])
        #expect(snapshot.partitions.map(\.bytesPerSecond) == [3_000, 0, 0])
        #expect(second.snapshot(since: nil).partitions.allSatisfy { $0.recordsPerSecond == nil })
        // A report that is not newer gives no rates rather than dividing by zero.
        #expect(first.snapshot(since: first).partitions.allSatisfy { $0.recordsPerSecond == nil })
    }

    @Test func wireStringsAreMadeTerminalSafe() throws {
        let snapshot = try Self.report { root in
            var brokers = root["brokers"] as! [String: Any]
            var broker = brokers["127.0.0.1:41251/1"] as! [String: Any]
            broker["nodename"] = "evil\u{1B}]52;c;aGk=\u{07}:9092"
            broker["state"] = "UP\u{1B}[2J"
            brokers["127.0.0.1:41251/1"] = broker
            root["brokers"] = brokers
            var topics = root["topics"] as! [String: Any]
            topics["pse.\u{1B}[31mred"] = topics.removeValue(forKey: "pse.trades")
            root["topics"] = topics
        }.snapshot
        #expect(snapshot.brokers[0].address == "evil?]52;c;aGk=?:9092")
        #expect(snapshot.brokers[0].state == "UP?[2J")
        #expect(snapshot.partitions.allSatisfy { $0.topic == "pse.?[31mred" })
    }

    @Test(arguments: ["", "[]", "{\"brokers\":{}}", "not json"])
    func whatIsNotAReportIsRejected(text: String) {
        #expect(ClusterStatistics(json: Data(text.utf8)) == nil)
    }

    @Test func theConsumerReportsTheClusterAndANewLeaderAfterAMove() throws {
        let broker = try EmbeddedBroker(brokers: 3, partitions: 3, topics: ["pse.trades"], logger: quietLogger)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        for index in 0..<30 {
            try producer.send(
                topic: "pse.trades", partition: Int32(index % 3), key: Array("K\(index)".utf8), value: Array("v\(index)".utf8),
                timestamp: 1_764_037_502_000 + Int64(index))
        }
        try producer.flush()
        let consumer = try KafkaConsumer(
            bootstrapServers: broker.bootstrapServers, topics: ["pse.trades"],
            overrides: EmbeddedBroker.consumerOverrides + [(key: "topic.metadata.refresh.interval.ms", value: "500")], logger: quietLogger)
        let before = try #require(Self.cluster(of: consumer) { $0.partitions.count == 3 && $0.partitions.allSatisfy { $0.lag == 0 } })
        #expect(before.brokers.map(\.id) == [1, 2, 3])
        #expect(before.group == nil)
        #expect(before.partitions.map(\.highWatermark) == [10, 10, 10])
        #expect(before.partitions.map(\.lastRecordTime) == [1_764_037_502_027, 1_764_037_502_028, 1_764_037_502_029])
        let leader = try #require(before.partitions[0].leader)
        let moved: Int32 = leader % 3 + 1
        try broker.setPartitionLeader(topic: "pse.trades", partition: 0, brokerID: moved)
        let after = try #require(Self.cluster(of: consumer) { $0.partitions.first?.leader == moved })
        #expect(after.partitions[0].leader == moved)
    }

    @Test func inGroupModeTheReportNamesTheGroupAndItsCommittedOffsets() throws {
        let broker = try EmbeddedBroker(brokers: 3, partitions: 3, topics: ["pse.trades"], logger: quietLogger)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        for index in 0..<12 {
            try producer.send(
                topic: "pse.trades", partition: Int32(index % 3), key: nil, value: Array("v\(index)".utf8), timestamp: 1_764_037_502_000)
        }
        try producer.flush()
        let consumer = try KafkaConsumer(
            bootstrapServers: broker.bootstrapServers, topics: ["pse.trades"], mode: .group("desk"),
            overrides: EmbeddedBroker.consumerOverrides + [(key: "auto.commit.interval.ms", value: "100")], logger: quietLogger)
        let cluster = try #require(
            Self.cluster(of: consumer) { $0.partitions.count == 3 && $0.partitions.allSatisfy { $0.committed == 4 } })
        let group = try #require(cluster.group)
        #expect(group.id == "desk" && group.state == "up" && group.joinState == "steady" && group.assignedPartitions == 3)
        #expect(cluster.partitions.map(\.lag) == [0, 0, 0])
    }

    /// Polls `consumer` until a report satisfies `condition` (at most 20 s).
    static func cluster(of consumer: KafkaConsumer, where condition: (ClusterSnapshot) -> Bool) -> ClusterSnapshot? {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let cluster = consumer.poll(timeoutMs: 100).cluster, condition(cluster) { return cluster }
        }
        return nil
    }
}
