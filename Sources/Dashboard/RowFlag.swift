import MarketData

/// The one flag a stock's row shows, by priority: a halt or suspension, then a static limit reached, then silence.
public enum RowFlag: Hashable, Sendable {
    /// Halted or suspended (the halt in force).
    case halted(Halt)
    /// At or within one tick of a static limit (`StockState.staticLimitReached`).
    case limit(StaticLimit)
    /// Stale (`DashboardState.isStale`): silent for `age`, or nil when the whole feed is down.
    case stale(age: EpochMillis?)
}

extension DashboardState {
    /// The flag of a stock's row, if any: HALT > CEIL/FLOOR > STALE.
    public func rowFlag(_ stock: StockState) -> RowFlag? {
        if let halt = stock.halt { return .halted(halt) }
        if let limit = stock.staticLimitReached { return .limit(limit) }
        guard isStale(stock), let clock = shown.dataClock.time else { return nil }
        return .stale(age: feed.isDown ? nil : clock - silentSince(stock, clock: clock))
    }
}
