import CRdKafka
import Foundation
import Logging
import MarketData

/// Reads records from Kafka in batches and reports connection changes as `KafkaEvent`s.
///
/// Viewer mode (the default) assigns every partition of the requested topics itself, under a generated group
/// id with auto-commit off, so any number of dashboards can watch without joining a group or moving offsets.
/// Group mode subscribes and commits under the given group. Topics starting with `^` are regular expressions.
/// Starting at a time: in viewer mode each partition starts at the offset `OffsetsForTimes` gives; when the cluster
/// cannot look offsets up by time (the embedded mock broker), and in group mode (from the committed offset), each
/// partition is read from the beginning and its records before the first one at or after the time are skipped, so
/// what is delivered is the same. The reference data and status topics are read whole even then: the records after
/// the time make no sense without the listings and the market phase (as with the simulated feed's `--from`).
/// Use it from one thread at a time (`poll` is not reentrant); it may be handed to another thread.
public final class KafkaConsumer: @unchecked Sendable {
    /// Where reading starts in each partition.
    public enum StartOffset: Hashable, Sendable {
        case beginning, end
        /// At the first record whose timestamp (epoch ms) is at or after this time.
        case time(EpochMillis)
    }

    /// How partitions are obtained.
    public enum Mode: Sendable, Equatable {
        case viewer
        case group(String)
    }

    /// What `poll` returns: the records in arrival order, any events since the last poll, and the cluster as the
    /// newest statistics report shows it (about once a second, `statistics.interval.ms`).
    public struct Batch: Sendable {
        public var records: [FeedRecord] = []
        public var events: [KafkaEvent] = []
        public var cluster: ClusterSnapshot?
    }

    public let bootstrapServers: String
    public let topics: [String]
    public let mode: Mode
    private let startOffset: StartOffset
    let handle: KafkaHandle
    private let queue: OpaquePointer
    let logger: Logger
    private let batchCapacity = 10_000
    private let messages: UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>?>
    private var topicNames: [OpaquePointer: String] = [:]
    private var assigned: Set<TopicPartition> = []
    private var atEnd: Set<TopicPartition> = []
    private var missingTopics: Set<String> = []
    private var lastMetadataRefresh = DispatchTime(uptimeNanoseconds: 0)
    private var connected = false
    /// The next offset to read, per partition that has delivered a record.
    private var positions: [TopicPartition: Int64] = [:]
    private var lastLagReport = DispatchTime(uptimeNanoseconds: 0)
    private let offsetsForTimes: OffsetsForTimes
    /// With a start time: the partitions known to start at or after it (nothing of theirs is skipped).
    private var startReached: Set<TopicPartition> = []
    /// Why the cluster could not look offsets up by time, when it could not: records before the time are then
    /// skipped instead.
    public private(set) var timeLookupFailure: KafkaError?
    /// The timestamp of the newest record handed over, per partition.
    var lastRecordTimes: [TopicPartition: EpochMillis] = [:]
    /// The partition the latest records of this poll came from, and what they move of its position and newest record
    /// time: written to `positions` and `lastRecordTimes` once records of another partition come or the poll ends, so
    /// a run of records from one partition (as a fetch delivers them) costs one lookup by partition, not five each.
    private var run: PartitionRun?
    /// The statistics report before the newest, for rates.
    var previousStatistics: ClusterStatistics?
    /// Group mode: the group's members when last asked, and when that was.
    var groupMembers: [ClusterSnapshot.Member] = []
    var lastMembersQuery = DispatchTime(uptimeNanoseconds: 0)

    public init(
        bootstrapServers: String, topics: [String] = FeedTopic.defaultNames, mode: Mode = .viewer,
        startOffset: StartOffset = .beginning, overrides: [(key: String, value: String)] = [],
        offsetsForTimes: OffsetsForTimes? = nil, logger: Logger
    ) throws(KafkaError) {
        self.bootstrapServers = bootstrapServers
        self.topics = topics
        self.mode = mode
        self.startOffset = startOffset
        self.logger = logger
        var configuration = KafkaConfiguration([
            ("bootstrap.servers", bootstrapServers),
            ("client.id", "psei-ticker"),
            ("enable.partition.eof", "true"),
            // Kafka answers a fetch as soon as a record arrives; the wait only paces polling while idle.
            ("fetch.wait.max.ms", "100"),
            // Read-ahead, measured in Benchmarks/README.md: smaller fetches than librdkafka's defaults keep memory
            // lower (each queued record pins its whole fetch response); a 16 MiB queue that librdkafka keeps
            // topping up (queued.min.messages) lets a catch-up run at 2× the speed, for ~30 MiB more at its peak.
            ("fetch.max.bytes", "4194304"),
            ("max.partition.fetch.bytes", "262144"),
            ("queued.max.messages.kbytes", "16384"),
            ("queued.min.messages", "1000000"),
            ("fetch.error.backoff.ms", "50"),
            ("socket.nagle.disable", "true"),
            ("reconnect.backoff.ms", "100"),
            ("reconnect.backoff.max.ms", "1000"),
            ("auto.offset.reset", startOffset == .end ? "latest" : "earliest"),
            // The cluster facts of the Kafka view (`ClusterStatistics`).
            ("statistics.interval.ms", "1000"),
        ])
        switch mode {
        case .viewer:
            configuration.set("group.id", "psei-ticker-viewer-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            configuration.set("enable.auto.commit", "false")
        case .group(let name):
            configuration.set("group.id", name)
            configuration.set("enable.auto.commit", "true")
        }
        for (key, value) in overrides { configuration.set(key, value) }
        let handle = try KafkaHandle(RD_KAFKA_CONSUMER, configuration, context: ClientContext(logger: logger), role: "consumer")
        self.handle = handle
        let askTheCluster: OffsetsForTimes = { partitions, time throws(KafkaError) in
            try handle.offsetsForTimes(partitions, at: time, timeoutMs: 5000)
        }
        self.offsetsForTimes = offsetsForTimes ?? askTheCluster
        rd_kafka_poll_set_consumer(handle.pointer)
        queue = rd_kafka_queue_get_consumer(handle.pointer)
        messages = .allocate(capacity: batchCapacity)
        if case .group = mode { try subscribe() }
    }

    deinit {
        rd_kafka_consumer_close(handle.pointer)
        rd_kafka_queue_destroy(queue)
        messages.deallocate()
    }

    /// Waits up to `timeoutMs` for the first record, then takes everything already fetched (up to 10,000).
    public func poll(timeoutMs: Int32 = 100) -> Batch {
        var batch = Batch()
        if case .viewer = mode { refreshAssignment(into: &batch) }
        if let first = rd_kafka_consumer_poll(handle.pointer, assigned.isEmpty && mode == .viewer ? min(timeoutMs, 100) : timeoutMs) {
            take(first, into: &batch)
            let count = rd_kafka_consume_batch_queue(queue, 0, messages, batchCapacity)
            for index in 0..<max(count, 0) { take(messages[index]!, into: &batch) }
            endRun()
        }
        batch.events += handle.context.takeEvents()
        if let report = handle.context.takeStatistics() { batch.cluster = cluster(from: report) }
        if !connected, !batch.records.isEmpty {
            connected = true
            batch.events.append(.connected(brokers: bootstrapServers))
        }
        // Any lost connection counts until records or a metadata answer show the cluster is back.
        if batch.events.contains(where: { if case .allBrokersDown = $0 { true } else if case .brokerDown = $0 { true } else { false } }) {
            connected = false
        }
        if DispatchTime.now().uptimeNanoseconds >= lastLagReport.uptimeNanoseconds + 1_000_000_000 {
            lastLagReport = DispatchTime.now()
            let lag = lag()
            if !lag.isEmpty { batch.events.append(.lag(lag)) }
        }
        return batch
    }

    /// True once every assigned partition has been read to its end (and there is at least one).
    public var isCaughtUp: Bool {
        let partitions = mode == .viewer ? assigned : currentAssignment()
        return !partitions.isEmpty && partitions.isSubset(of: atEnd) && missingTopics.isEmpty
    }

    /// The partitions being read.
    public var assignment: Set<TopicPartition> { mode == .viewer ? assigned : currentAssignment() }

    /// The partitions read to their end (until their next record).
    public var partitionsAtEnd: Set<TopicPartition> { atEnd }

    /// The high watermark of `partition` as librdkafka last learnt it (from its fetches); nil before it knows.
    public func highWatermark(of partition: TopicPartition) -> Int64? {
        var low: Int64 = -1, high: Int64 = -1
        guard
            rd_kafka_get_watermark_offsets(handle.pointer, partition.topic, partition.partition, &low, &high) == RD_KAFKA_RESP_ERR_NO_ERROR,
            high >= 0
        else { return nil }
        return high
    }

    private func take(_ message: UnsafeMutablePointer<rd_kafka_message_t>, into batch: inout Batch) {
        defer { rd_kafka_message_destroy(message) }
        guard message.pointee.err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            endRun()
            let partition = TopicPartition(topic: topicName(message.pointee.rkt), partition: message.pointee.partition)
            switch message.pointee.err {
            case RD_KAFKA_RESP_ERR__PARTITION_EOF:
                atEnd.insert(partition)
            case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART, RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
                batch.events.append(.topicMissing(partition.topic))
            default:
                let error = KafkaError(message.pointee.err, context: "consuming \(partition)")
                logger.warning("\(error)")
                batch.events.append(.error(error))
            }
            return
        }
        var timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let timestamp = rd_kafka_message_timestamp(message, &timestampType)
        let offset = message.pointee.offset
        // Taken out and put back once, so the record's bookkeeping touches no stored property in between.
        var current = run.take()
        defer { run = current }
        if current?.topic != message.pointee.rkt || current?.partition.partition != message.pointee.partition {
            if let ended = current { end(ended) }
            let partition = TopicPartition(topic: topicName(message.pointee.rkt), partition: message.pointee.partition)
            atEnd.remove(partition)
            var started = true
            if case .time = startOffset, !Self.isReadWhole(partition.topic) { started = startReached.contains(partition) }
            current = PartitionRun(topic: message.pointee.rkt, partition: partition, next: offset + 1, newestTime: nil, started: started)
        }
        current!.next = offset + 1
        if !current!.started {
            guard case .time(let start) = startOffset, timestamp >= start else { return }
            startReached.insert(current!.partition)
            current!.started = true
        }
        current!.newestTime = max(current!.newestTime ?? timestamp, timestamp)
        let key = message.pointee.key.map { Array(UnsafeRawBufferPointer(start: $0, count: message.pointee.key_len)) }
        let value = message.pointee.payload.map { Array(UnsafeRawBufferPointer(start: $0, count: message.pointee.len)) } ?? []
        batch.records.append(
            FeedRecord(
                topic: current!.partition.topic, partition: message.pointee.partition, offset: offset, timestamp: timestamp,
                key: key, value: value))
    }

    /// Ends the current run of records (`run`), writing what it moved.
    private func endRun() {
        if let ended = run.take() { end(ended) }
    }

    /// Writes what a run of records moved: the partition's position and newest record time.
    private func end(_ run: PartitionRun) {
        positions[run.partition] = run.next
        if let newest = run.newestTime { lastRecordTimes[run.partition] = max(lastRecordTimes[run.partition] ?? newest, newest) }
    }

    /// High watermark − position for every assigned partition whose watermark the client knows (from its last
    /// fetch); a partition not read from yet counts from its low watermark (from the beginning) or as 0 (from the end).
    private func lag() -> [TopicPartition: Int64] {
        var lag: [TopicPartition: Int64] = [:]
        for partition in assignment {
            var low: Int64 = -1, high: Int64 = -1
            guard
                rd_kafka_get_watermark_offsets(handle.pointer, partition.topic, partition.partition, &low, &high)
                    == RD_KAFKA_RESP_ERR_NO_ERROR, high >= 0
            else { continue }
            let position = positions[partition] ?? (startOffset == .end ? high : max(low, 0))
            lag[partition] = max(0, high - position)
        }
        return lag
    }

    private func topicName(_ topic: OpaquePointer?) -> String {
        guard let topic else { return "" }
        if let name = topicNames[topic] { return name }
        let name = String(cString: rd_kafka_topic_name(topic))
        topicNames[topic] = name
        return name
    }

    // MARK: - Partitions

    private func subscribe() throws(KafkaError) {
        let list = rd_kafka_topic_partition_list_new(Int32(topics.count))
        defer { rd_kafka_topic_partition_list_destroy(list) }
        for topic in topics { rd_kafka_topic_partition_list_add(list, topic, RD_KAFKA_PARTITION_UA) }
        try rdkafka("cannot subscribe to \(topics.joined(separator: ", "))") { rd_kafka_subscribe(handle.pointer, list) }
    }

    /// Viewer mode: assigns the partitions of matching topics, at start-up and whenever a missing topic (or one for a
    /// pattern that matches none yet) may have appeared (every 2 s while one is missing); while disconnected the same
    /// request probes the cluster.
    private func refreshAssignment(into batch: inout Batch) {
        let now = DispatchTime.now()
        let due = assigned.isEmpty || !missingTopics.isEmpty || !connected
        guard due, now.uptimeNanoseconds >= lastMetadataRefresh.uptimeNanoseconds + 2_000_000_000 else { return }
        lastMetadataRefresh = now
        let partitionCounts: [String: Int32]
        do {
            partitionCounts = try handle.topicPartitions(timeoutMs: 2000)
        } catch {
            batch.events.append(.error(error))
            return
        }
        if !connected {
            connected = true
            batch.events.append(.connected(brokers: bootstrapServers))
        }
        let selection = TopicSelection(topics)
        let wanted = selection.matching(partitionCounts.keys)
        let missing = selection.missing(from: partitionCounts.keys)
        for topic in missing.subtracting(missingTopics).sorted() { batch.events.append(.topicMissing(topic)) }
        if missing.isEmpty && !missingTopics.isEmpty { batch.events.append(.connected(brokers: bootstrapServers)) }
        missingTopics = missing
        let new = wanted.flatMap { topic in
            (0..<partitionCounts[topic]!).map { TopicPartition(topic: topic, partition: $0) }
        }.filter { !assigned.contains($0) }
        guard !new.isEmpty else { return }
        let list = rd_kafka_topic_partition_list_new(Int32(new.count))
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let starts = startOffsets(of: new)
        for partition in new {
            rd_kafka_topic_partition_list_add(list, partition.topic, partition.partition)?.pointee.offset = starts[partition]!
        }
        if let error = rd_kafka_incremental_assign(handle.pointer, list) {
            let message = String(cString: rd_kafka_error_string(error))
            rd_kafka_error_destroy(error)
            batch.events.append(
                .error(KafkaError(code: RD_KAFKA_RESP_ERR__FAIL.rawValue, message: message, context: "cannot assign partitions")))
            return
        }
        assigned.formUnion(new)
        logger.info("assigned \(new.count) partitions of \(Set(new.map(\.topic)).sorted().joined(separator: ", "))")
    }

    /// Where each of `partitions` starts: at the time's offsets when the cluster can look them up, else from the
    /// beginning, skipping (in `take`) the records before the time.
    private func startOffsets(of partitions: [TopicPartition]) -> [TopicPartition: Int64] {
        let beginning = Dictionary(uniqueKeysWithValues: partitions.map { ($0, Int64(RD_KAFKA_OFFSET_BEGINNING)) })
        switch startOffset {
        case .beginning:
            return beginning
        case .end:
            return beginning.mapValues { _ in Int64(RD_KAFKA_OFFSET_END) }
        case .time(let time):
            let timed = partitions.filter { !Self.isReadWhole($0.topic) }
            guard !timed.isEmpty else { return beginning }
            do {
                let offsets = try offsetsForTimes(timed, time)
                startReached.formUnion(timed)
                // -1 (every record is older) is RD_KAFKA_OFFSET_END: the partition starts at its end.
                return beginning.merging(offsets) { _, found in found }
            } catch {
                timeLookupFailure = error
                logger.info("\(error): reading from the beginning, skipping records before \(time)")
                return beginning
            }
        }
    }

    /// True for the topics read from their beginning whatever the start: reference data and market status.
    private static func isReadWhole(_ topic: String) -> Bool {
        FeedTopic(topicName: topic).map { $0 == .reference || $0 == .status } ?? false
    }

    private func currentAssignment() -> Set<TopicPartition> {
        var list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        guard rd_kafka_assignment(handle.pointer, &list) == RD_KAFKA_RESP_ERR_NO_ERROR, let list else { return [] }
        defer { rd_kafka_topic_partition_list_destroy(list) }
        return Set(
            (0..<Int(list.pointee.cnt)).map { index in
                TopicPartition(topic: String(cString: list.pointee.elems[index].topic), partition: list.pointee.elems[index].partition)
            })
    }
}

/// Consecutive records of one partition within a poll (`KafkaConsumer.run`).
private struct PartitionRun {
    /// The librdkafka topic handle the records came with.
    let topic: OpaquePointer?
    let partition: TopicPartition
    /// The offset after the latest record.
    var next: Int64
    /// The newest time of the records handed over (none when every record was before the start time).
    var newestTime: EpochMillis?
    /// Whether records of the partition are at or after the start time (always, without one).
    var started: Bool
}
