import MarketData

extension PSERules {
    /// Static threshold: the day's band around the previous close, +50% / −30%.
    public static let staticUpperPercent = 50
    public static let staticLowerPercent = 30
    /// Dynamic threshold for cluster C securities (all PSEi names, unconfirmed per name): ±10% of the last trade.
    public static let dynamicPercent = 10

    /// The lowest and highest prices a security may trade at today, on the tick grid.
    public static func staticLimits(previousClose: Price) -> ClosedRange<Price> {
        percentBand(around: previousClose, below: staticLowerPercent, above: staticUpperPercent)
    }

    /// The prices the next trade may have without breaching the dynamic threshold.
    public static func dynamicLimits(lastTraded: Price) -> ClosedRange<Price> {
        percentBand(around: lastTraded, below: dynamicPercent, above: dynamicPercent)
    }

    private static func percentBand(around price: Price, below: Int, above: Int) -> ClosedRange<Price> {
        let low = roundToTick(Price(units: price.units * Int64(100 - below) / 100), roundingUp: true)
        let high = roundToTick(Price(units: price.units * Int64(100 + above) / 100))
        return low...high
    }

    /// One level of the market-wide circuit breaker on the PSEi's decline from the previous close.
    public struct CircuitBreakerLevel: Hashable, Sendable {
        public let level: Int
        public let declinePercent: Int
        public let haltMinutes: Int
    }

    /// L1 −10% 15 min, L2 −15% 30 min, L3 −20% 60 min (each at most once a day).
    public static let circuitBreakerLevels: [CircuitBreakerLevel] = [
        CircuitBreakerLevel(level: 1, declinePercent: 10, haltMinutes: 15),
        CircuitBreakerLevel(level: 2, declinePercent: 15, haltMinutes: 30),
        CircuitBreakerLevel(level: 3, declinePercent: 20, haltMinutes: 60),
    ]

    /// The highest circuit-breaker level an index value has breached, if any.
    public static func circuitBreaker(index: Price, previousClose: Price) -> CircuitBreakerLevel? {
        circuitBreakerLevels.last { level in
            index.units * 100 <= previousClose.units * Int64(100 - level.declinePercent)
        }
    }
}
