import MarketData

/// Shares traded in each minute of the session (from the open, like `SessionSeries.minuteSlot`), for the stock
/// screen's volume histogram. Bounded by construction (a slot per minute of the longest day, 2.6 KB), and allocated
/// at the stock's first trade in the session, so stocks that never trade cost nothing.
public struct MinuteVolumes: Hashable, Sendable {
    /// One total per minute slot; empty before the first trade in the session.
    public private(set) var shares: [Int64] = []

    public init() {}

    /// Adds a trade's quantity to its minute; a minute's total saturates rather than overflow.
    mutating func add(_ quantity: Quantity, slot: Int) {
        guard slot >= 0, slot < SessionSeries.sessionMinutes else { return }
        if shares.isEmpty { shares = Array(repeating: 0, count: SessionSeries.sessionMinutes) }
        let (sum, overflow) = shares[slot].addingReportingOverflow(quantity.shares)
        shares[slot] = overflow ? .max : sum
    }

    /// The shares traded in a minute slot (0 outside the session or before any trade).
    public subscript(slot: Int) -> Int64 { shares.indices.contains(slot) ? shares[slot] : 0 }
}
