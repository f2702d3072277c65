import MarketData

/// The live dashboard looking back (the DVR over the live feed): the market as a straight run over the records
/// received showed it at `at`, rebuilt by the run loop's source from its log. It stays frozen at that instant while
/// the live market keeps taking records; alerts keep firing from the live market only.
public struct Rewind: Hashable, Sendable {
    /// The instant shown.
    public let at: EpochMillis
    /// The market at `at`.
    public let market: MarketState

    public init(at: EpochMillis, market: MarketState) {
        self.at = at
        self.market = market
    }
}
