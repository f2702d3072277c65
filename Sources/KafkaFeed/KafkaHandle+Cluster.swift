import CRdKafka
import MarketData

/// The cluster facts a client asks for besides its statistics: a group's state and members, committed offsets, watermarks.
extension KafkaHandle {
    /// `group` as its coordinator describes it (ListGroups and DescribeGroups): its state (`Stable`, `Empty`…) and
    /// members, waiting up to `timeoutMs`.
    func describeGroup(_ group: String, timeoutMs: Int32) throws(KafkaError) -> ClusterSnapshot.Group {
        var list: UnsafePointer<rd_kafka_group_list>?
        try rdkafka("cannot describe group \(group)") { rd_kafka_list_groups(pointer, group, &list, timeoutMs) }
        defer { rd_kafka_group_list_destroy(list) }
        let infos =
            list.map { UnsafeBufferPointer(start: $0.pointee.groups, count: Int($0.pointee.group_cnt)) }
            ?? UnsafeBufferPointer(start: nil, count: 0)
        var described = ClusterSnapshot.Group(id: TerminalSafe.sanitize(group), state: "unknown")
        for info in infos {
            described.state = TerminalSafe.sanitize(info.state.map { String(cString: $0) } ?? "unknown")
            described.members += UnsafeBufferPointer(start: info.members, count: Int(info.member_cnt)).map { member in
                ClusterSnapshot.Member(
                    id: TerminalSafe.sanitize(String(cString: member.member_id)),
                    clientID: TerminalSafe.sanitize(String(cString: member.client_id)),
                    host: TerminalSafe.sanitize(String(cString: member.client_host)))
            }
        }
        described.members.sort { $0.id < $1.id }
        return described
    }

    /// The committed offset of each of `partitions` in this client's `group.id` (absent: none committed).
    func committedOffsets(_ partitions: [TopicPartition], timeoutMs: Int32) throws(KafkaError) -> [TopicPartition: Int64] {
        let list = rd_kafka_topic_partition_list_new(Int32(partitions.count))
        defer { rd_kafka_topic_partition_list_destroy(list) }
        for partition in partitions { rd_kafka_topic_partition_list_add(list, partition.topic, partition.partition) }
        try rdkafka("cannot read committed offsets") { rd_kafka_committed(pointer, list, timeoutMs) }
        var offsets: [TopicPartition: Int64] = [:]
        for element in UnsafeBufferPointer(start: list!.pointee.elems, count: Int(list!.pointee.cnt))
        where element.err == RD_KAFKA_RESP_ERR_NO_ERROR && element.offset >= 0 {
            offsets[TopicPartition(topic: String(cString: element.topic), partition: element.partition)] = element.offset
        }
        return offsets
    }

    /// The high watermark of `partition`, asked of its leader.
    func highWatermark(_ partition: TopicPartition, timeoutMs: Int32) throws(KafkaError) -> Int64 {
        var low: Int64 = 0, high: Int64 = 0
        try rdkafka("cannot read the watermarks of \(partition)") {
            rd_kafka_query_watermark_offsets(pointer, partition.topic, partition.partition, &low, &high, timeoutMs)
        }
        return high
    }
}
