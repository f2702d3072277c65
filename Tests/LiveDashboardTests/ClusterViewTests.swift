import Dashboard
import Foundation
import KafkaFeed
import MarketData
import Testing

/// The Kafka view (`K`) of the live dashboard on a three-broker embedded cluster: it shows the brokers and every
/// partition's leader, high watermark and position from the consumer's statistics, and after a partition's leader
/// moves, the new leader.
@Suite struct ClusterViewTests {
    /// The row of `topic`'s `partition`, split into its cells: topic, partition, leader, high watermark, position, lag…
    static func partitionRow(_ topic: String, _ partition: Int, in frame: HeadlessDashboard.Frame) -> [String]? {
        frame.lines.lazy.map { $0.split(separator: " ").map(String.init) }
            .first { $0.count > 3 && $0[0] == "│" && $0[1] == topic && $0[2] == String(partition) }
            .map { Array($0.dropFirst()) }
    }

    @Test func theKafkaViewShowsTheNewLeaderAfterALeaderMove() throws {
        let broker = try EmbeddedBroker(brokers: 3, partitions: 3, topics: ["pse.trades"], logger: quietLogger)
        let records = simulatedRecords(3_000).filter { $0.topic == "pse.trades" }
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        for record in records { try producer.send(record) }
        try producer.flush()
        let dashboard = try HeadlessDashboard(
            bootstrap: broker.bootstrapServers, topics: ["pse.trades"], overrides: [("topic.metadata.refresh.interval.ms", "500")])
        dashboard.press(.toggleCluster)
        let caughtUp = try #require(
            dashboard.waitForFrame(seconds: 30) { frame in
                (0..<3).allSatisfy { Self.partitionRow("pse.trades", $0, in: frame).map { $0[5] == "0" } ?? false }
            }, "no frame showed the partitions read to their end: \(dashboard.drawn.last?.lines ?? [])")
        // Every broker is listed; librdkafka connects only to those it needs (a broker leading nothing stays INIT).
        #expect(caughtUp.lines.filter { $0.contains("127.0.0.1:") && !$0.contains("LIVE") }.count == 3)
        #expect(caughtUp.lines.contains { $0.contains("Kafka · 3 brokers · 3 partitions · lag 0") })
        let rows = (0..<3).compactMap { Self.partitionRow("pse.trades", $0, in: caughtUp) }
        // Each partition's high watermark and position are the records it holds (the table groups thousands).
        #expect(rows.map { Int($0[3].replacingOccurrences(of: ",", with: "")) ?? -1 }.reduce(0, +) == records.count)
        #expect(rows.allSatisfy { $0[3] == $0[4] })
        let leader = try #require(Int32(rows[0][2]))
        let moved = leader % 3 + 1
        let since = Date()
        try broker.setPartitionLeader(topic: "pse.trades", partition: 0, brokerID: moved)
        let after = dashboard.waitForFrame(since: since, seconds: 30) { Self.partitionRow("pse.trades", 0, in: $0)?[2] == String(moved) }
        #expect(after != nil, "the view never showed leader \(moved): \(dashboard.drawn.last?.lines ?? [])")
        _ = dashboard.stop(afterReceiving: records.count, seconds: 10)
    }
}
