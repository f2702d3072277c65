import CRdKafka
import Logging
import MarketData

/// A Kafka cluster inside this process: librdkafka's mock cluster, reachable over TCP on 127.0.0.1 by any
/// client (kcat included), with fault injection for tests.
///
/// It keeps only about 5 MiB or 100,000 message sets per partition and silently drops older data, so topics
/// get 16 partitions by default. Broker ids are 1…N.
public final class EmbeddedBroker: @unchecked Sendable {
    /// Kafka API keys for `failRequests` (librdkafka does not export its constants).
    public enum APIKey: Int16, Sendable {
        case produce = 0, fetch = 1, listOffsets = 2, metadata = 3
    }

    public let bootstrapServers: String

    /// Consumer settings for this broker: it answers an empty fetch only after the full `fetch.wait.max.ms`, even
    /// when records arrive meanwhile (a Kafka broker answers at once), so a short wait keeps ticks prompt.
    public static let consumerOverrides = [(key: "fetch.wait.max.ms", value: "10")]
    public let brokerCount: Int
    private let handle: KafkaHandle
    private let cluster: OpaquePointer
    private let wakeup: MockClusterWakeup

    /// Starts `brokers` brokers with `topics` created, each with `partitions` partitions.
    public init(
        brokers: Int = 1, partitions: Int = 16, topics: [String] = FeedTopic.defaultNames,
        logger: Logger
    ) throws(KafkaError) {
        handle = try KafkaHandle(
            RD_KAFKA_PRODUCER, KafkaConfiguration(), context: ClientContext(logger: logger),
            role: "embedded broker")
        guard let cluster = rd_kafka_mock_cluster_new(handle.pointer, Int32(brokers)) else {
            throw KafkaError(
                code: RD_KAFKA_RESP_ERR__FAIL.rawValue, message: "rd_kafka_mock_cluster_new failed",
                context: "cannot start the embedded broker")
        }
        self.cluster = cluster
        brokerCount = brokers
        bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(cluster))
        wakeup = MockClusterWakeup(listener: String(bootstrapServers.split(separator: ",")[0]))
        for topic in topics { try createTopic(topic, partitions: partitions) }
    }

    deinit {
        // The cluster must go before the handle that owns it, or librdkafka asserts.
        rd_kafka_mock_cluster_destroy(cluster)
    }

    /// A request to the mock cluster's thread, which waits for its answer.
    private func request(_ context: @autoclosure () -> String, _ call: () -> rd_kafka_resp_err_t) throws(KafkaError) {
        try wakeup.promptly { () throws(KafkaError) in _ = try rdkafka(context(), call) }
    }

    public func createTopic(_ name: String, partitions: Int = 16) throws(KafkaError) {
        try request("cannot create topic \(name)") {
            rd_kafka_mock_topic_create(cluster, name, Int32(partitions), Int32(min(brokerCount, 3)))
        }
    }

    /// Takes a broker off the network (connections drop, new ones are refused) until `setBrokerUp`.
    public func setBrokerDown(_ brokerID: Int32) throws(KafkaError) {
        try request("cannot set broker \(brokerID) down") { rd_kafka_mock_broker_set_down(cluster, brokerID) }
    }

    public func setBrokerUp(_ brokerID: Int32) throws(KafkaError) {
        try request("cannot set broker \(brokerID) up") { rd_kafka_mock_broker_set_up(cluster, brokerID) }
    }

    /// Adds `milliseconds` of round-trip time to every response of a broker.
    public func setRoundTripTime(_ brokerID: Int32, milliseconds: Int32) throws(KafkaError) {
        try request("cannot set broker \(brokerID) RTT") { rd_kafka_mock_broker_set_rtt(cluster, brokerID, milliseconds) }
    }

    /// Makes the next requests of `api` fail, one error code (raw `rd_kafka_resp_err_t`) each.
    public func failRequests(_ api: APIKey, with errors: [Int32]) {
        let codes = errors.map { rd_kafka_resp_err_t(rawValue: $0) }
        codes.withUnsafeBufferPointer { buffer in
            rd_kafka_mock_push_request_errors_array(cluster, api.rawValue, buffer.count, buffer.baseAddress)
        }
    }

    /// Moves a partition's leadership to another broker.
    public func setPartitionLeader(topic: String, partition: Int32, brokerID: Int32) throws(KafkaError) {
        try request("cannot move the leader of \(topic)[\(partition)]") {
            rd_kafka_mock_partition_set_leader(cluster, topic, partition, brokerID)
        }
    }

    /// Makes metadata requests for `topic` answer with an error (raw code; 0 clears it).
    public func setTopicError(_ topic: String, error: Int32) {
        wakeup.promptly { rd_kafka_mock_topic_set_error(cluster, topic, rd_kafka_resp_err_t(rawValue: error)) }
    }
}
