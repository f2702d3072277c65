import KafkaFeed
import MarketData

/// The part of the day `record --from/--to` keeps: the records with `from ≤ timestamp ≤ to`, and when the recording
/// is over — every partition has passed `to` (delivered a later record), or has been read to its end once this
/// machine's clock is past `to`.
struct RecordWindow {
    let from: EpochMillis?
    let to: EpochMillis?
    /// The partitions that have delivered a record after `to`.
    private var passed: Set<TopicPartition> = []

    init(from: EpochMillis?, to: EpochMillis?) { self.from = from; self.to = to }

    /// The records of `batch` inside the window; notes the partitions that passed its end.
    mutating func keep(_ records: [FeedRecord]) -> [FeedRecord] {
        records.filter { record in
            if let to, record.timestamp > to {
                passed.insert(TopicPartition(topic: record.topic, partition: record.partition))
                return false
            }
            return from.map { record.timestamp >= $0 } ?? true
        }
    }

    /// True once nothing more can fall inside the window: every partition of `assignment` (at least one) passed
    /// `to`, or is in `atEnd` with `now` past `to`.
    func isOver(assignment: Set<TopicPartition>, atEnd: Set<TopicPartition>, now: EpochMillis) -> Bool {
        guard let to, !assignment.isEmpty else { return false }
        let finished = now > to ? passed.union(atEnd) : passed
        return assignment.isSubset(of: finished)
    }
}
