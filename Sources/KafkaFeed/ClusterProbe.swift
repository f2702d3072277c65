import Foundation
import Logging
import MarketData

/// The cluster as `psei-ticker topics` prints it: the brokers with their connection states and round-trip times, and
/// per partition of the topics its leader, high watermark and, for a group, the committed offset and the lag behind
/// the watermark, and the group's state and members; records/s and bytes/s are the records written during a short window, read from the end as they
/// arrive. It reads without joining the group, so the group's members and offsets stay as they are.
public struct ClusterProbe {
    let bootstrapServers: String
    let topics: [String]
    let group: String?
    let windowSeconds: Double
    let overrides: [(key: String, value: String)]
    let timeoutSeconds: Double
    let waitForTopic: Bool
    let logger: Logger

    public init(
        bootstrapServers: String, topics: [String], group: String?, windowSeconds: Double,
        overrides: [(key: String, value: String)] = [], timeoutSeconds: Double, waitForTopic: Bool = false, logger: Logger
    ) {
        self.bootstrapServers = bootstrapServers; self.topics = topics; self.group = group; self.windowSeconds = windowSeconds
        self.overrides = overrides; self.timeoutSeconds = timeoutSeconds; self.waitForTopic = waitForTopic; self.logger = logger
    }

    /// Connects, measures over the window and asks for the offsets; a cluster that cannot be reached, or a topic
    /// that does not exist (unless `waitForTopic`: then one that does not appear within the timeout), fails with one
    /// line (`KafkaDrain.Failure`).
    public func run() throws -> ClusterSnapshot {
        // A few statistics reports within the window, and fetches an idle broker holds only briefly (librdkafka's RTT
        // counts the wait); the user's -X still wins, then the group whose offsets are read.
        let settings = [("statistics.interval.ms", String(max(100, Int(windowSeconds * 250)))), ("fetch.wait.max.ms", "10")]
        let consumer = try KafkaConsumer(
            bootstrapServers: bootstrapServers, topics: topics, startOffset: .end,
            overrides: settings + overrides + (group.map { [("group.id", $0)] } ?? []), logger: logger)
        var received: [TopicPartition: (records: Int, bytes: Int)] = [:]
        var latest: ClusterSnapshot?
        var windowStart: Date?
        let drain = KafkaDrain(consumer: consumer, bootstrap: bootstrapServers, timeoutSeconds: timeoutSeconds, waitForTopic: waitForTopic)
        // Counted from the first poll, so a cluster that does not answer fails first with the drain's own message.
        var deadline: Date?
        try drain.read(
            untilCaughtUp: false,
            shouldStop: {
                // After the window, with a statistics report from within it (or none by the deadline: -X turned them off).
                let pastDeadline = deadline.map { Date() >= $0 } ?? false
                return windowStart.map { Date().timeIntervalSince($0) >= windowSeconds && (latest != nil || pastDeadline) } ?? pastDeadline
            },
            onBatch: { batch in
                deadline = deadline ?? Date().addingTimeInterval(timeoutSeconds)
                if windowStart == nil && !consumer.assignment.isEmpty { windowStart = Date() }
                guard windowStart != nil else { return }
                for record in batch.records {
                    let partition = TopicPartition(topic: record.topic, partition: record.partition)
                    received[partition, default: (0, 0)].records += 1
                    received[partition, default: (0, 0)].bytes += record.value.count + (record.key?.count ?? 0)
                }
                if let cluster = batch.cluster { latest = cluster }
            })
        guard let windowStart else {
            throw KafkaDrain.Failure(
                description: "gave up after \(Int(timeoutSeconds)) s: no partition of \(topics.joined(separator: ", ")) to read")
        }
        let seconds = Date().timeIntervalSince(windowStart)
        return try snapshot(
            consumer, statistics: latest ?? ClusterSnapshot(),
            rates: received.mapValues { (Double($0.records) / seconds, Double($0.bytes) / seconds) })
    }

    /// Every assigned partition with its leader (from the statistics), high watermark and committed offset (asked
    /// now) and the rates measured.
    private func snapshot(
        _ consumer: KafkaConsumer, statistics: ClusterSnapshot, rates: [TopicPartition: (records: Double, bytes: Double)]
    ) throws(KafkaError) -> ClusterSnapshot {
        let assigned = consumer.assignment.sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
        let committed = try group.map { _ throws(KafkaError) in try consumer.handle.committedOffsets(assigned, timeoutMs: 5000) } ?? [:]
        var result = ClusterSnapshot(brokers: statistics.brokers)
        for coordinates in assigned {
            let known = statistics.partitions.first {
                $0.topic == TerminalSafe.sanitize(coordinates.topic) && $0.partition == coordinates.partition
            }
            var partition = ClusterSnapshot.Partition(
                topic: TerminalSafe.sanitize(coordinates.topic), partition: coordinates.partition, leader: known?.leader,
                highWatermark: try consumer.handle.highWatermark(coordinates, timeoutMs: 5000))
            partition.committed = committed[coordinates]
            partition.lag = partition.committed.map { max(partition.highWatermark! - $0, 0) }
            partition.recordsPerSecond = rates[coordinates]?.records ?? 0
            partition.bytesPerSecond = rates[coordinates]?.bytes ?? 0
            result.partitions.append(partition)
        }
        result.group = group.map { group in
            do {
                return try consumer.handle.describeGroup(group, timeoutMs: 5000)
            } catch {
                // The embedded mock broker cannot describe groups; the offsets are still the group's.
                logger.info("\(error)")
                return ClusterSnapshot.Group(id: TerminalSafe.sanitize(group), state: "unknown")
            }
        }
        return result
    }
}
