import Exchange
import MarketData

extension StockState {
    /// The dynamic band ("Dyn T") around the last trade, by the stock's cluster (C when the feed does not say);
    /// nil before the first trade.
    public var dynamicLimits: ClosedRange<Price>? {
        self.last.map { PSERules.dynamicLimits(lastTraded: $0, cluster: self.cluster) }
    }

    /// The static limit the last price has reached (`staticLimit(reachedBy:)`), if any: the row's CEIL/FLOOR flag.
    public var staticLimitReached: StaticLimit? { self.last.flatMap(staticLimit(reachedBy:)) }

    /// The static limits the day's main-board trades reached: the ceiling when the high reached it, the floor when
    /// the low did (a stock may reach both in a day), judged as the row flag judges the last price.
    public var staticLimitsReachedToday: [(limit: StaticLimit, price: Price)] {
        let ends: [(StaticLimit, Price?)] = [(.ceiling, self.high), (.floor, self.low)]
        return ends.compactMap { limit, price in
            guard let price, staticLimit(reachedBy: price) == limit else { return nil }
            return (limit, price)
        }
    }

    /// `.ceiling` when `price` is above the previous close and at most one tick below the static ceiling, `.floor`
    /// when it is below the previous close and at most one tick above the floor; else nil.
    public func staticLimit(reachedBy price: Price) -> StaticLimit? {
        guard let previousClose, let limits = self.staticLimits else { return nil }
        if price > previousClose, price >= PSERules.step(limits.upperBound, ticks: -1) { return .ceiling }
        if price < previousClose, price <= PSERules.step(limits.lowerBound, ticks: 1) { return .floor }
        return nil
    }
}

/// Which end of the static band a stock has reached.
public enum StaticLimit: Hashable, Sendable {
    case ceiling, floor
}
