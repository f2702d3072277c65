import MarketData

/// A fixed-size series over the trading day: one slot per interval, holding the latest value seen in it.
/// Bounded by construction (a slot per minute or per 30 s of one day).
public struct SessionSeries: Hashable, Sendable {
    /// Minutes from 09:30 to 15:00.
    public static let sessionMinutes = 330
    /// 30-second slots from 09:00 to 15:00.
    public static let dayHalfMinutes = 720

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

    /// The minute slot of an instant in the 09:30–15:00 session, or nil outside it.
    public static func minuteSlot(_ instant: EpochMillis) -> Int? {
        let second = ManilaTime(epochMillis: instant).secondOfDay - (9 * 3600 + 1800)
        return second >= 0 && second < sessionMinutes * 60 ? second / 60 : nil
    }

    /// The 30-second slot of an instant between 09:00 and 15:00, or nil outside it.
    public static func halfMinuteSlot(_ instant: EpochMillis) -> Int? {
        let second = ManilaTime(epochMillis: instant).secondOfDay - 9 * 3600
        return second >= 0 && second < dayHalfMinutes * 30 ? second / 30 : nil
    }
}
