import MarketData

/// A running net foreign buying (1/10,000 PHP), the market's or one stock's, at the end of each minute of the session
/// (slots as `SessionSeries.minuteSlot`), for the intraday net-foreign line. Bounded by construction (a slot per
/// minute of the longest day) and allocated at the first foreign trade in the session, so a stock foreigners never
/// traded pays one empty array.
public struct NetForeignSeries: Hashable, Sendable {
    /// One figure per minute slot, nil where no foreign trade was made; empty before the first.
    public private(set) var values: [Int128?] = []

    public init() {}

    /// Records the net of `flow`, which has just taken `trade`, at the trade's minute; a trade without a foreign flag
    /// or outside the session leaves the line as it is.
    mutating func record(_ flow: ForeignFlow, after trade: Trade) {
        guard trade.foreign != nil, let slot = SessionSeries.minuteSlot(trade.timestamp) else { return }
        record(flow.netUnits, slot: slot)
    }

    private mutating func record(_ netUnits: Int128, slot: Int) {
        guard slot >= 0, slot < SessionSeries.sessionMinutes else { return }
        if values.isEmpty { values = Array(repeating: nil, count: SessionSeries.sessionMinutes) }
        values[slot] = netUnits
    }

    /// The figures with the minutes before the first foreign trade at 0 and later gaps filled forward, up to the
    /// latest minute recorded.
    public var filled: [Int128] {
        guard let lastIndex = values.lastIndex(where: { $0 != nil }) else { return [] }
        var previous: Int128 = 0
        return values[...lastIndex].map { value in
            previous = value ?? previous
            return previous
        }
    }
}
