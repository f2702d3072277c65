import MarketData

/// One event of the simulated day with the instant it happens (reference data carries the pre-open instant).
public struct SimulatedEvent: Hashable, Sendable {
    public let timestamp: EpochMillis
    public let event: MarketEvent

    /// The Kafka record our producers publish for it: default topic, schema key, schema v1 JSON, event time.
    public var record: FeedRecord {
        FeedRecord(
            topic: event.topic.rawValue, timestamp: timestamp, key: Array(event.key.utf8),
            value: WireCodec.encode(event))
    }
}
