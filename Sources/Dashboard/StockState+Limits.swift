import Exchange
import MarketData

extension StockState {
    /// Today's static band (`PSERules.staticLimits`): the floor and ceiling around the previous close; nil until the
    /// reference data arrives.
    public var staticLimits: ClosedRange<Price>? {
        previousClose.map { PSERules.staticLimits(previousClose: $0) }
    }

    /// The dynamic band ("Dyn T") around the last trade, by the stock's cluster (C when the feed does not say);
    /// nil before the first trade.
    public var dynamicLimits: ClosedRange<Price>? {
        last.map { PSERules.dynamicLimits(lastTraded: $0, cluster: cluster) }
    }

    /// `.ceiling` when the last price is above the previous close and at most one tick below the static ceiling,
    /// `.floor` when it is below the previous close and at most one tick above the floor; else nil.
    public var staticLimitReached: StaticLimit? {
        guard let last, let previousClose, let limits = staticLimits else { return nil }
        if last > previousClose, last >= PSERules.step(limits.upperBound, ticks: -1) { return .ceiling }
        if last < previousClose, last <= PSERules.step(limits.lowerBound, ticks: 1) { return .floor }
        return nil
    }
}

/// Which end of the static band a stock has reached.
public enum StaticLimit: Hashable, Sendable {
    case ceiling, floor
}
