import MarketData

/// Net foreign buying (1/10,000 PHP), the market's or one stock's, minute by minute through the session (slots as
/// `SessionSeries.minuteSlot`), for the intraday net-foreign line. Each minute keeps the net of its own trades and
/// the line is their running sum, so it does not depend on the order the records arrive in (a consumer reads the
/// partitions' trades interleaved in any order; a replay reads them in time). Bounded by construction (a slot per
/// minute of the longest day) and allocated at the first foreign trade in the session, so a stock foreigners never
/// traded pays one empty array.
public struct NetForeignSeries: Hashable, Sendable {
    /// The net foreign buying of the trades in each minute slot, nil where no foreign trade was made; empty before
    /// the first.
    public private(set) var minuteNets: [Int128?] = []

    public init() {}

    /// Adds a trade's net foreign buying (its value when a foreign broker bought, minus it when one sold, nothing
    /// when foreigners were on both sides) to its minute; a trade without a foreign flag or outside the session
    /// leaves the line as it is.
    mutating func record(_ trade: Trade) {
        guard let side = trade.foreign, let slot = SessionSeries.minuteSlot(trade.timestamp), slot < SessionSeries.sessionMinutes
        else { return }
        let net: Int128 =
            switch side {
            case .buy: trade.valueUnits
            case .sell: -trade.valueUnits
            case .both: 0
            }
        if minuteNets.isEmpty { minuteNets = Array(repeating: nil, count: SessionSeries.sessionMinutes) }
        minuteNets[slot] = (minuteNets[slot] ?? 0) + net
    }

    /// The running net at the end of each minute, from the open up to the latest minute with a foreign trade
    /// (0 before the first).
    public var filled: [Int128] {
        guard let lastIndex = minuteNets.lastIndex(where: { $0 != nil }) else { return [] }
        var total: Int128 = 0
        return minuteNets[...lastIndex].map { net in
            total += net ?? 0
            return total
        }
    }
}
