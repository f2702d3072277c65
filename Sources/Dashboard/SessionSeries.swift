import Exchange
import MarketData

/// A fixed-size series over the trading day: one slot per interval, holding the latest value seen in it.
/// Bounded by construction (a slot per minute or per 30 s of one day).
public struct SessionSeries: Hashable, Sendable {
    /// The longest trading day a series holds (the regular one); a shorter day leaves its last slots empty.
    static let longestDay = TradingSchedule.regular
    /// Minutes from the open to the close of the longest day.
    public static let sessionMinutes = longestDay.sessionMinutes
    /// 30-second slots from the pre-open to the close of the longest day.
    public static let dayHalfMinutes = (longestDay.closes - longestDay.opens) / 30

    public private(set) var values: [Price?]

    public init(slots: Int) { values = Array(repeating: nil, count: slots) }

    public mutating func record(_ value: Price, slot: Int) {
        guard values.indices.contains(slot) else { return }
        values[slot] = value
    }

    /// The values with gaps filled forward from the previous slot, up to the latest recorded slot.
    public var filled: [Price?] {
        guard let lastIndex = values.lastIndex(where: { $0 != nil }) else { return [] }
        var result: [Price?] = []
        result.reserveCapacity(lastIndex + 1)
        var previous: Price?
        for value in values[...lastIndex] {
            previous = value ?? previous
            result.append(previous)
        }
        return result
    }

    /// The minute slot of an instant in the session (from the open), or nil outside it.
    public static func minuteSlot(_ instant: EpochMillis) -> Int? {
        minuteSlot(secondOfDay: ManilaTime(epochMillis: instant).secondOfDay)
    }

    /// The minute slot of a Manila second of the day, or nil outside the session.
    public static func minuteSlot(secondOfDay: Int) -> Int? {
        let second = secondOfDay - longestDay.continuousOpen
        return second >= 0 && second < sessionMinutes * 60 ? second / 60 : nil
    }

    /// The 30-second slot of an instant in the trading day (from the pre-open), or nil outside it.
    public static func halfMinuteSlot(_ instant: EpochMillis) -> Int? {
        halfMinuteSlot(secondOfDay: ManilaTime(epochMillis: instant).secondOfDay)
    }

    /// The 30-second slot of a Manila second of the day, or nil outside the trading day.
    public static func halfMinuteSlot(secondOfDay: Int) -> Int? {
        let second = secondOfDay - longestDay.opens
        return second >= 0 && second < dayHalfMinutes * 30 ? second / 30 : nil
    }
}
