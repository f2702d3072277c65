import MarketData

/// Whether the picture can be trusted: where the data comes from, the connection, the consumer's lag, what
/// arrived and what was wrong with it, and when a quiet stock counts as stale.
public struct FeedState: Hashable, Sendable {
    /// What is being watched: broker list, file name, "simulator".
    public var source: String
    public var connection: ConnectionState = .connecting
    /// The consumer's lag, once it has reported one (live sources only).
    public var lag: ConsumerLag?
    /// The Kafka cluster as last reported (live Kafka only).
    public var cluster: ClusterSnapshot?
    public var counters = FeedCounters()
    /// A stock with no trade or quote for this long while the market is open is shown as stale.
    public var staleAfterMillis: EpochMillis
    /// The feed is a market feed whose event times should match this machine's clock (`watch`): a feed clock
    /// running ahead of it is shown as one notice. A simulated or replayed day may run at any time.
    public var isRealTime = false

    public init(source: String, staleAfterMillis: EpochMillis) {
        self.source = source
        self.staleAfterMillis = staleAfterMillis
    }

    /// True while the source cannot be reached: every price shown is the last one known, not a live one.
    public var isDown: Bool {
        switch connection {
        case .reconnecting, .disconnected: true
        default: false
        }
    }
}
