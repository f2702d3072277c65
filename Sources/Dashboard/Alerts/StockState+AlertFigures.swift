import MarketData

extension StockState {
    /// The percentage move of the last price from the last price `minutes` minutes before `instant`'s minute; nil
    /// before the stock has traded that long ago in the session.
    func move(over minutes: Int, at instant: EpochMillis) -> Double? {
        guard let last = self.last, let slot = SessionSeries.minuteSlot(instant), slot - minutes >= 0,
            let base = self.minutes.values[...(slot - minutes)].last(where: { $0 != nil }) ?? nil, base.units > 0
        else { return nil }
        return Double((last - base).units) * 100 / Double(base.units)
    }

    /// The shares traded in the `minutes` minutes up to `instant`'s minute, against the day's average for as many
    /// minutes before them; nil until the session has twice `minutes` behind it or while nothing traded before.
    func volumeRatio(over minutes: Int, at instant: EpochMillis) -> Double? {
        guard minutes > 0, let slot = SessionSeries.minuteSlot(instant) else { return nil }
        let windowStart = slot - minutes + 1
        guard windowStart >= minutes else { return nil }
        let before = (0..<windowStart).reduce(Int64(0)) { $0 + self.minuteVolumes[$1] }
        guard before > 0 else { return nil }
        let recent = (windowStart...slot).reduce(Int64(0)) { $0 + self.minuteVolumes[$1] }
        return Double(recent) / (Double(before) / Double(windowStart) * Double(minutes))
    }
}
