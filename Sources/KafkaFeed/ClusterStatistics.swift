import Foundation
import MarketData

/// One librdkafka statistics report (`statistics.interval.ms`, JSON), parsed: the cluster's brokers (not the bootstrap
/// or logical ones), the partitions it reads (`desired`), its consumer group, and the counters rates
/// are computed from. A partition's lag is high watermark − position (librdkafka's `consumer_lag`, from the committed
/// offset, when the position is not known). Offsets librdkafka marks as unknown (-1, -1001) are nil; wire strings are made terminal-safe.
public struct ClusterStatistics: Sendable {
    /// Records and bytes fetched from a partition since the client started (`rxmsgs`, `rxbytes`).
    struct Received: Hashable, Sendable {
        var records: Int64
        var bytes: Int64
    }

    /// The report's facts, without rates.
    public private(set) var snapshot: ClusterSnapshot
    var received: [TopicPartition: Received]
    /// librdkafka's monotonic clock when the report was made, in µs (`ts`).
    var takenAtMicros: Int64

    /// Parses a report; nil when it is not librdkafka's statistics JSON.
    public init?(json: Data) {
        guard let root = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any], let takenAt = Self.int(root["ts"]) else {
            return nil
        }
        takenAtMicros = takenAt
        received = [:]
        snapshot = ClusterSnapshot(brokers: Self.brokers(root["brokers"]))
        for (topicName, topic) in (root["topics"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let partitions = (topic as? [String: Any])?["partitions"] as? [String: Any] ?? [:]
            for case let fields as [String: Any] in partitions.values {
                guard let number = Self.int(fields["partition"]), number >= 0, fields["desired"] as? Bool == true else { continue }
                let coordinates = TopicPartition(topic: TerminalSafe.sanitize(topicName), partition: Int32(number))
                var partition = ClusterSnapshot.Partition(
                    topic: coordinates.topic, partition: coordinates.partition,
                    leader: Self.int(fields["leader"]).flatMap { $0 >= 0 ? Int32($0) : nil },
                    highWatermark: Self.offset(fields["hi_offset"]))
                partition.position = Self.offset(fields["app_offset"])
                partition.committed = Self.offset(fields["committed_offset"])
                // Records not read yet; librdkafka's own lag counts from the committed offset (none in viewer mode).
                partition.lag =
                    partition.highWatermark.flatMap { high in partition.position.map { max(high - $0, 0) } }
                    ?? Self.offset(fields["consumer_lag"])
                snapshot.partitions.append(partition)
                received[coordinates] = Received(records: Self.int(fields["rxmsgs"]) ?? 0, bytes: Self.int(fields["rxbytes"]) ?? 0)
            }
        }
        snapshot.partitions.sort { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
        if let group = root["cgrp"] as? [String: Any], let state = group["state"] as? String {
            snapshot.group = ClusterSnapshot.Group(
                id: "", state: TerminalSafe.sanitize(state), joinState: (group["join_state"] as? String).map(TerminalSafe.sanitize),
                assignedPartitions: Self.int(group["assignment_size"]).map { Int($0) })
        }
    }

    /// The snapshot with each partition's records/s and bytes/s over the time since `previous` (none without one).
    public func snapshot(since previous: ClusterStatistics?) -> ClusterSnapshot {
        guard let previous, takenAtMicros > previous.takenAtMicros else { return snapshot }
        let seconds = Double(takenAtMicros - previous.takenAtMicros) / 1_000_000
        var result = snapshot
        for index in result.partitions.indices {
            let partition = result.partitions[index]
            let coordinates = TopicPartition(topic: partition.topic, partition: partition.partition)
            guard let now = received[coordinates], let before = previous.received[coordinates] else { continue }
            result.partitions[index].recordsPerSecond = Double(max(now.records - before.records, 0)) / seconds
            result.partitions[index].bytesPerSecond = Double(max(now.bytes - before.bytes, 0)) / seconds
        }
        return result
    }

    /// The real brokers (node id ≥ 0; not the logical `GroupCoordinator`, which repeats one of them), by id; RTT only
    /// when a request was timed in the last interval.
    private static func brokers(_ value: Any?) -> [ClusterSnapshot.Broker] {
        var brokers: [Int32: ClusterSnapshot.Broker] = [:]
        for case let fields as [String: Any] in (value as? [String: Any] ?? [:]).values {
            guard let id = int(fields["nodeid"]), id >= 0, fields["source"] as? String != "logical",
                let address = fields["nodename"] as? String
            else { continue }
            let rtt = fields["rtt"] as? [String: Any] ?? [:]
            let timed = (int(rtt["cnt"]) ?? 0) > 0
            brokers[Int32(id)] = ClusterSnapshot.Broker(
                id: Int32(id), address: TerminalSafe.sanitize(address), state: TerminalSafe.sanitize(fields["state"] as? String ?? "?"),
                rttAverageMicros: timed ? int(rtt["avg"]) : nil, rttP99Micros: timed ? int(rtt["p99"]) : nil)
        }
        return brokers.values.sorted { $0.id < $1.id }
    }

    private static func int(_ value: Any?) -> Int64? { (value as? NSNumber)?.int64Value }

    /// An offset, nil for librdkafka's "none" (-1) and "invalid" (-1001).
    private static func offset(_ value: Any?) -> Int64? { int(value).flatMap { $0 >= 0 ? $0 : nil } }
}
