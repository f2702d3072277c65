/// What a Kafka client reports besides records: connection changes and errors, as typed values.
public enum KafkaEvent: Hashable, Sendable {
    /// Metadata was fetched: the cluster answers (again).
    case connected(brokers: String)
    /// One broker connection failed (librdkafka retries by itself).
    case brokerDown(String)
    /// No broker can be reached; records stop until one comes back.
    case allBrokersDown(String)
    /// A subscribed topic does not exist (yet), or a `^pattern` matches no topic; read as soon as one appears.
    case topicMissing(String)
    /// Records not read yet, per assigned partition (high watermark − position); reported about once a second.
    case lag([TopicPartition: Int64])
    /// Any other error librdkafka reported.
    case error(KafkaError)
}

/// A topic and partition, e.g. `pse.trades[3]`.
public struct TopicPartition: Hashable, Sendable, CustomStringConvertible {
    public let topic: String
    public let partition: Int32

    public init(topic: String, partition: Int32) { self.topic = topic; self.partition = partition }

    public var description: String { "\(topic)[\(partition)]" }
}
