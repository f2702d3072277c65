import MarketData

extension PSERules {
    /// Every price-limit percentage of `docs/reference/pse/rules.md` §3, in one place.
    public enum LimitPercent {
        /// Static threshold: the day's band around the previous close, +50 % / −30 %.
        public static let staticAbove = 50
        public static let staticBelow = 30

        /// Dynamic threshold around the last traded price, by trading cluster: A 20 %, B 15 %, C 10 %.
        public static func dynamic(_ cluster: TradingCluster) -> Int {
            switch cluster {
            case .a: 20
            case .b: 15
            case .c: 10
            }
        }
    }

    /// The cluster assumed when the feed does not say: C, where all PSEi names should be (rules.md marks that
    /// unconfirmed per name), so an unknown security gets the narrowest band, ±10 %.
    public static let assumedCluster = TradingCluster.c

    /// The lowest and highest prices a security may trade at today, on the tick grid (rounded inwards).
    public static func staticLimits(previousClose: Price) -> ClosedRange<Price> {
        percentBand(around: previousClose, below: LimitPercent.staticBelow, above: LimitPercent.staticAbove)
    }

    /// The prices the next trade may have without breaching the dynamic threshold ("Dyn T High/Low"), on the tick grid
    /// (rounded inwards: 38.30 in cluster C gives 34.47–42.13, so 34.50–42.10). A `cluster` of nil (the feed did
    /// not say) is taken as `assumedCluster`, C.
    public static func dynamicLimits(lastTraded: Price, cluster: TradingCluster? = nil) -> ClosedRange<Price> {
        let percent = LimitPercent.dynamic(cluster ?? assumedCluster)
        return percentBand(around: lastTraded, below: percent, above: percent)
    }

    /// The tick-grid prices from `price` less `below` per cent up to `price` plus `above` per cent: the bottom rounded
    /// up and the top rounded down, so neither end lies outside the exact band.
    private static func percentBand(around price: Price, below: Int, above: Int) -> ClosedRange<Price> {
        let lowest = price.units * Int64(100 - below)
        let low = roundToTick(Price(units: (lowest + 99) / 100), roundingUp: true)
        let high = roundToTick(Price(units: price.units * Int64(100 + above) / 100))
        return min(low, high)...high
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
