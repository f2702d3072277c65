import MarketData

/// A level of the PSE's market-wide circuit breaker (`docs/reference/pse/rules.md` §3): how far the PSEi has fallen
/// from the previous close and how long the market halts.
public enum CircuitBreakerLevel: Int, CaseIterable, Comparable, Hashable, Sendable {
    case one = 1, two, three

    /// The PSEi's decline from the previous close, in per cent, that reaches the level: 10, 15, 20.
    public var declinePercent: Int64 {
        switch self {
        case .one: 10
        case .two: 15
        case .three: 20
        }
    }

    /// How long the market halts: 15, 30, 60 minutes.
    public var haltSeconds: Int {
        switch self {
        case .one: 900
        case .two: 1800
        case .three: 3600
        }
    }

    /// `L1`, `L2`, `L3`, as the header names it.
    public var name: String { "L\(rawValue)" }

    /// The reason a market-wide `halted` status carries: `circuit breaker level 1`.
    public var haltReason: String { "circuit breaker level \(rawValue)" }

    /// The level a halt's reason names (`haltReason`, in any letter case); nil for any other reason.
    public init?(haltReason reason: String) {
        guard let level = Self.allCases.first(where: { $0.haltReason == reason.lowercased() }) else { return nil }
        self = level
    }

    /// The highest PSEi level (to the cent) at which the level is reached: the previous close less the decline.
    public func threshold(previousClose: Price) -> Price {
        Self.level(previousClose: previousClose, declinePercent: declinePercent)
    }

    /// The latest second of the day the level can halt the market: its halt plus five minutes of continuous trading
    /// must fit before the pre-close (14:25, 14:10, 13:40 on a regular day; the 2020 articles' L1 time, ten minutes
    /// before the pre-close, leaves no trading after its halt and is not followed). Nil for a schedule with no
    /// pre-close.
    public func latestTrigger(schedule: TradingSchedule) -> Int? {
        guard let preclose = schedule.transitions.first(where: { $0.phase == .preclose }) else { return nil }
        return preclose.secondOfDay - haltSeconds - CircuitBreaker.tradingAfterHalt
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The previous close less `declinePercent` per cent, rounded down to the cent.
    static func level(previousClose: Price, declinePercent: Int64) -> Price {
        let exact = previousClose.units * (100 - declinePercent) / 100
        let cent = Price.scale / 100
        return Price(units: exact - exact % cent)
    }
}

/// The rules of the market-wide circuit breaker over a day: which level the PSEi reaches, which level halts the
/// market (each once a day, none below one already tripped, none too close to the pre-close) and which level is near.
public enum CircuitBreaker {
    /// Seconds of continuous trading a halt must leave before the pre-close.
    public static let tradingAfterHalt = 300
    /// How many percentage points above a level's decline the header starts showing it.
    public static let warningPoints: Int64 = 2

    /// The highest level the PSEi at `value` reaches; nil above the first level.
    public static func level(reachedBy value: Price, previousClose: Price) -> CircuitBreakerLevel? {
        CircuitBreakerLevel.allCases.last { value <= $0.threshold(previousClose: previousClose) }
    }

    /// The level that halts the market when the PSEi is at `value` at `second` of the day, given the highest level
    /// already tripped today: the highest level reached, when above `tripped`, during continuous trading and no later
    /// than its latest trigger time; else nil.
    public static func trip(
        value: Price, previousClose: Price, tripped: CircuitBreakerLevel?, atSecondOfDay second: Int, schedule: TradingSchedule
    ) -> CircuitBreakerLevel? {
        guard let reached = level(reachedBy: value, previousClose: previousClose), tripped.map({ reached > $0 }) ?? true,
            schedule.phase(atSecondOfDay: second) == .open, let latest = reached.latestTrigger(schedule: schedule),
            second <= latest
        else { return nil }
        return reached
    }

    /// The next level above `tripped` when the PSEi at `value` is within `warningPoints` of reaching it (a decline of
    /// 8 % or more for level 1); nil when it is farther or every level has tripped.
    public static func approaching(value: Price, previousClose: Price, tripped: CircuitBreakerLevel?) -> CircuitBreakerLevel? {
        guard let next = CircuitBreakerLevel.allCases.first(where: { level in tripped.map { level > $0 } ?? true }) else { return nil }
        let warning = CircuitBreakerLevel.level(previousClose: previousClose, declinePercent: next.declinePercent - warningPoints)
        return value <= warning ? next : nil
    }
}
