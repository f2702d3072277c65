import Dashboard
import MarketData

/// One partition of the trades topic as this instance has read it: each symbol's last main-board price (duplicates
/// by `seq` skipped, as the dashboard skips them) and the minute it has reached.
struct TradePartition: Sendable {
    static let minute: EpochMillis = 60_000

    let number: Int32
    private(set) var lastOffset: Int64 = -1
    private(set) var lastPrices: [Symbol: Price] = [:]
    private var lastSeqs: [Symbol: Int64] = [:]
    /// The start of the minute of the first trade, and of the newest.
    private(set) var firstMinute: EpochMillis?
    private(set) var openMinute: EpochMillis?
    /// True while nothing was read since the last caught-up report.
    private(set) var reportedCaughtUp = false

    init(number: Int32) { self.number = number }

    /// The minute boundary to report first when `trade` opens a later minute than the partition has reached.
    func boundaryCrossed(by trade: Trade) -> EpochMillis? {
        let minute = Self.minuteStart(trade.timestamp)
        guard let openMinute, minute > openMinute else { return nil }
        return minute
    }

    /// Takes the trade at `offset`.
    mutating func apply(_ trade: Trade, offset: Int64) {
        lastOffset = offset
        reportedCaughtUp = false
        let minute = Self.minuteStart(trade.timestamp)
        firstMinute = firstMinute ?? minute
        openMinute = max(openMinute ?? minute, minute)
        var lastSeq = lastSeqs[trade.symbol]
        guard SequenceCheck.check(trade.seq, last: &lastSeq) != .duplicate else { return }
        lastSeqs[trade.symbol] = lastSeq
        if trade.setsLastPrice { lastPrices[trade.symbol] = trade.price }
    }

    /// Notes a record that is not a trade (it still moves the offset on).
    mutating func skip(offset: Int64) {
        lastOffset = offset
        reportedCaughtUp = false
    }

    /// The boundary a caught-up report gives: the end of the newest minute (0 before the first trade).
    mutating func markCaughtUp() -> EpochMillis {
        reportedCaughtUp = true
        return openMinute.map { $0 + Self.minute } ?? 0
    }

    static func minuteStart(_ time: EpochMillis) -> EpochMillis { time - ((time % minute) + minute) % minute }
}
