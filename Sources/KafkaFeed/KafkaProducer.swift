import CRdKafka
import Logging
import MarketData

/// Publishes keyed records with explicit timestamps; counts delivery reports. Idempotent by default, so
/// retries after a broker outage neither lose nor duplicate records. Thread-safe (librdkafka producers are).
public final class KafkaProducer: Sendable {
    private let handle: KafkaHandle

    /// A producer for `bootstrapServers`; `overrides` are `-X` properties applied after our defaults.
    public init(bootstrapServers: String, overrides: [(key: String, value: String)] = [], logger: Logger) throws(KafkaError) {
        var configuration = KafkaConfiguration([
            ("bootstrap.servers", bootstrapServers),
            ("client.id", "psei-ticker"),
            ("linger.ms", "5"),
            ("queue.buffering.max.messages", "1000000"),
            ("socket.nagle.disable", "true"),
            ("enable.idempotence", "true"),
        ])
        for (key, value) in overrides { configuration.set(key, value) }
        handle = try KafkaHandle(RD_KAFKA_PRODUCER, configuration, context: ClientContext(logger: logger), role: "producer")
    }

    /// Queues one record for `topic` — to `partition`, or by key when nil — waiting for room when the local queue is
    /// full.
    public func send(topic: String, partition: Int32? = nil, key: [UInt8]?, value: [UInt8], timestamp: EpochMillis) throws(KafkaError) {
        while true {
            let result = value.withUnsafeBytes { valueBytes in
                (key ?? []).withUnsafeBytes { keyBytes in
                    psei_rd_kafka_produce(
                        handle.pointer, topic, partition ?? RD_KAFKA_PARTITION_UA, key == nil ? nil : keyBytes.baseAddress, keyBytes.count,
                        valueBytes.baseAddress, valueBytes.count, timestamp)
                }
            }
            switch result {
            case RD_KAFKA_RESP_ERR_NO_ERROR:
                return
            case RD_KAFKA_RESP_ERR__QUEUE_FULL:
                rd_kafka_poll(handle.pointer, 50)
            default:
                throw KafkaError(result, context: "cannot produce to \(topic)")
            }
        }
    }

    /// Queues a record to its own topic, key and timestamp; to its own partition when `keepingPartition`, else
    /// partitioned by key (the offset is the broker's to choose).
    public func send(_ record: FeedRecord, keepingPartition: Bool = false) throws(KafkaError) {
        try send(
            topic: record.topic, partition: keepingPartition ? record.partition : nil, key: record.key, value: record.value,
            timestamp: record.timestamp)
    }

    /// How many partitions each topic of the cluster has, or librdkafka's error after `timeoutMs`.
    public func partitionCounts(timeoutMs: Int32 = 10_000) throws(KafkaError) -> [String: Int32] {
        try handle.topicPartitions(timeoutMs: timeoutMs)
    }

    /// Serves delivery reports and error callbacks; call it regularly while producing.
    public func poll() { rd_kafka_poll(handle.pointer, 0) }

    /// Errors and connection changes reported since the last call.
    public func takeEvents() -> [KafkaEvent] { handle.context.takeEvents() }

    public var deliveryReport: DeliveryReport { handle.context.deliveryReport }

    /// Waits until every queued record is delivered or failed; throws when time runs out or any delivery failed.
    public func flush(timeoutMs: Int32 = 10_000) throws(KafkaError) {
        try rdkafka("records still unsent after \(timeoutMs) ms") { rd_kafka_flush(handle.pointer, timeoutMs) }
        if let error = deliveryReport.firstError { throw error }
    }
}
