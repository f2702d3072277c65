import MarketData

/// One index today: level, change, open/high/low and its intraday series (a point per 30 s of data time).
public struct IndexState: Hashable, Sendable, ChangeFromPreviousClose {
    public let code: IndexCode
    public var value: Price?
    public var previousClose: Price?
    /// The trading day of the reference data that gave the previous close (see `StockFigures.referenceDay`).
    public internal(set) var referenceDay: TradingDay?
    public var open: Price?
    public var high: Price?
    public var low: Price?
    public var series = SessionSeries(slots: SessionSeries.dayHalfMinutes)
    /// From reference data: the level is Σ members' price × shares × free float ÷ `divisor`; nil when the feed
    /// does not say.
    public var divisor: Double?
    public var members: [Symbol]?
    /// The data time of the latest level.
    public internal(set) var valueTime: EpochMillis?

    public init(code: IndexCode) { self.code = code }

    public var current: Price? { value }

    mutating func apply(_ level: IndexLevel) {
        value = level.value
        valueTime = level.timestamp
        open = open ?? level.value
        high = max(high ?? level.value, level.value)
        low = min(low ?? level.value, level.value)
        if let slot = SessionSeries.halfMinuteSlot(level.timestamp) { series.record(level.value, slot: slot) }
    }
}
