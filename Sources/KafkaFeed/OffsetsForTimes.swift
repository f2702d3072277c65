import CRdKafka
import MarketData

/// Kafka's ListOffsets by timestamp: for each partition, the earliest offset whose record timestamp is at or after
/// a time, or -1 when every record is older (read from the end). It throws when the cluster cannot answer; the
/// consumer then reads from the beginning and skips what is older. The seam lets a test stand in for a cluster that
/// answers (the embedded mock broker does not).
public typealias OffsetsForTimes =
    @Sendable (_ partitions: [TopicPartition], _ time: EpochMillis) throws(KafkaError) -> [TopicPartition: Int64]

extension KafkaHandle {
    /// `rd_kafka_offsets_for_times` for `partitions` at `time`, waiting up to `timeoutMs` per request. Any partition's
    /// error fails the lookup, and so does a cluster that answers "no record" (-1) even for time 0 in a partition that
    /// holds records: librdkafka's mock broker answers -1 to every lookup by time, without an error.
    func offsetsForTimes(_ partitions: [TopicPartition], at time: EpochMillis, timeoutMs: Int32) throws(KafkaError)
        -> [TopicPartition: Int64]
    {
        let offsets = try listOffsets(partitions, at: time, timeoutMs: timeoutMs)
        var holdingRecords: [TopicPartition] = []
        for partition in offsets.keys where offsets[partition]! < 0 {
            var low: Int64 = 0, high: Int64 = 0
            try rdkafka("cannot read the watermarks of \(partition)") {
                rd_kafka_query_watermark_offsets(pointer, partition.topic, partition.partition, &low, &high, timeoutMs)
            }
            if high > low { holdingRecords.append(partition) }
        }
        if !holdingRecords.isEmpty, try listOffsets(holdingRecords, at: 0, timeoutMs: timeoutMs).values.contains(where: { $0 < 0 }) {
            throw KafkaError(
                code: RD_KAFKA_RESP_ERR__NOT_IMPLEMENTED.rawValue,
                message:
                    "the cluster finds no record by time even at time 0 in \(holdingRecords.sorted { "\($0)" < "\($1)" }.first!), which holds records",
                context: "cannot look up offsets by time")
        }
        return offsets
    }

    private func listOffsets(_ partitions: [TopicPartition], at time: EpochMillis, timeoutMs: Int32) throws(KafkaError)
        -> [TopicPartition: Int64]
    {
        let list = rd_kafka_topic_partition_list_new(Int32(partitions.count))
        defer { rd_kafka_topic_partition_list_destroy(list) }
        for partition in partitions {
            rd_kafka_topic_partition_list_add(list, partition.topic, partition.partition)?.pointee.offset = time
        }
        try rdkafka("cannot look up offsets by time") { rd_kafka_offsets_for_times(pointer, list, timeoutMs) }
        var offsets: [TopicPartition: Int64] = [:]
        for element in UnsafeBufferPointer(start: list!.pointee.elems, count: Int(list!.pointee.cnt)) {
            let partition = TopicPartition(topic: String(cString: element.topic), partition: element.partition)
            guard element.err == RD_KAFKA_RESP_ERR_NO_ERROR else {
                throw KafkaError(element.err, context: "cannot look up the offset of \(partition) by time")
            }
            offsets[partition] = element.offset
        }
        return offsets
    }
}
