/// One Manila calendar date as the instants it spans: the trading day a record belongs to. The dashboard shows one
/// such day at a time; a record of a later day begins it (`MarketState.begin`), a record of an earlier one is left
/// out, and the live DVR keeps the day being watched.
public struct TradingDay: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01, Manila time.
    public let number: Int64

    /// The day `instant` falls on in Manila.
    public init(containing instant: EpochMillis) {
        number = (instant + ManilaTime.offsetMillis).floorDivided(by: Self.millis)
    }

    /// The day of a Manila date `YYYY-MM-DD` (as reference data carries it); nil for a malformed date.
    public init?(date: String) {
        guard let start = ManilaTime.epochMillis(date: date, secondOfDay: 0) else { return nil }
        self.init(containing: start)
    }

    /// Its first millisecond.
    public var start: EpochMillis { number * Self.millis - ManilaTime.offsetMillis }

    /// The first millisecond of the next day.
    public var end: EpochMillis { start + Self.millis }

    /// `2026-11-25`
    public var dateText: String { ManilaTime(epochMillis: start).dateText }

    public static func < (lhs: TradingDay, rhs: TradingDay) -> Bool { lhs.number < rhs.number }

    private static let millis: Int64 = 86_400_000
}
