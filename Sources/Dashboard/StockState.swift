import Exchange
import MarketData

/// Everything the dashboard knows about one security today: its symbol and its `StockFigures`, read and written as
/// if they were its own properties (`stock.last`, `stock.tape`). The figures live behind one reference, copied only
/// when written while shared (`CopyOnWrite`), so copying a stock — each frame's rows of the All view, the reducer's
/// access through the market's dictionary — moves 24 bytes and one retain instead of 300 bytes and a retain per array.
@dynamicMemberLookup
public struct StockState: Hashable, Sendable, ChangeFromPreviousClose {
    public let symbol: Symbol
    @usableFromInline var figures = CopyOnWrite(StockFigures())

    public init(symbol: Symbol) { self.symbol = symbol }

    @inlinable public subscript<Value>(dynamicMember figure: WritableKeyPath<StockFigures, Value>) -> Value {
        _read { yield figures.value[keyPath: figure] }
        _modify { yield &figures.value[keyPath: figure] }
    }

    @inlinable public subscript<Value>(dynamicMember figure: KeyPath<StockFigures, Value>) -> Value {
        _read { yield figures.value[keyPath: figure] }
    }

    @inlinable public var previousClose: Price? {
        _read { yield figures.value.previousClose }
        _modify { yield &figures.value.previousClose }
    }

    @inlinable public var current: Price? { figures.value.last }

    /// Advance (+1), decline (−1) or unchanged (0) against the previous close; nil before any trade.
    public var direction: Int? {
        guard let change else { return nil }
        return change.units > 0 ? 1 : change.units < 0 ? -1 : 0
    }
}

/// What the dashboard knows about one security today besides its symbol (see `StockState`, which holds them).
public struct StockFigures: Hashable, Sendable {
    public var name: String?
    public var sector: String?
    public var previousClose: Price? {
        didSet { staticLimits = previousClose.map { PSERules.staticLimits(previousClose: $0) } }
    }
    /// The trading day of the reference data that gave the previous close: kept when that day begins (an earlier
    /// day's close would be the last price).
    public internal(set) var referenceDay: TradingDay?
    /// Today's static band (`PSERules.staticLimits`): the floor and ceiling around the previous close; nil until the
    /// reference data arrives. Kept with the previous close: the feed's checks hold every trade against it.
    public private(set) var staticLimits: ClosedRange<Price>?
    /// The trading cluster from reference data (nil when the feed does not say).
    public var cluster: TradingCluster?
    /// Listed shares and the public's part of them (0 to 1), from reference data; nil when the feed does not say.
    public var shares: Quantity?
    public var freeFloat: Double?
    /// PSEi points per peso of this stock's price (see `IndexState.pointsPerPeso`): nil outside the PSEi or when a
    /// figure is missing. Kept by the reducer whenever reference data arrives, so a row costs one multiplication.
    public internal(set) var pseiPointsPerPeso: Double?
    public var last: Price?
    public var open: Price?
    public var high: Price?
    public var low: Price?
    /// Σ quantity, in 128 bits like `valueUnits` so no sum of wire quantities can overflow.
    public var volume: Int128 = 0
    /// Σ price × quantity in 1/10,000 PHP (see `Trade.valueUnits`).
    public var valueUnits: Int128 = 0
    public var tradeCount = 0
    /// The turnover of the odd-lot market and of block sales, in 1/10,000 PHP (the main board's is the rest of
    /// `valueUnits`). Both trade apart from the main board's book, so neither moves LAST, OPEN, HIGH, LOW, the VWAP
    /// or the sparkline (`docs/reference/pse/rules.md` §1: odd lots have their own book).
    public var oddLotValueUnits: Int128 = 0
    public var blockValueUnits: Int128 = 0
    /// Foreign brokers' buying and selling of the stock today, every board.
    public var foreign = ForeignFlow()
    /// The stock's net foreign buying at the end of each session minute (empty until its first foreign trade).
    public var netForeignMinutes = NetForeignSeries()
    /// Shares and value traded on the main board: the VWAP's own figures.
    var mainVolume: Int128 = 0
    var mainValueUnits: Int128 = 0
    public var bid: Price?
    public var bidQuantity: Quantity = 0
    public var ask: Price?
    public var askQuantity: Quantity = 0
    /// Data time of the last trade or quote.
    public var lastUpdate: EpochMillis?
    /// The day's halts and suspensions (the last one open while halted).
    public var halts = HaltHistory()
    /// Trades and quotes counted as `FeedWarning.unknownSymbol` before the stock's reference data arrived; taken
    /// back when it does (it travels on its own topic, so a consumer may read it after the first trades).
    public internal(set) var recordsBeforeReference = 0
    public var lastTradeSeq: Int64?
    public var lastQuoteSeq: Int64?
    /// The last price of each minute of the session (09:30–15:00), for the sparkline.
    public var minutes = SessionSeries(slots: SessionSeries.sessionMinutes)
    /// The running VWAP at the end of each minute of the session, for the stock screen's VWAP line.
    public var vwapMinutes = SessionSeries(slots: SessionSeries.sessionMinutes)
    /// Shares traded in each minute of the session, for the stock screen's volume histogram.
    public var minuteVolumes = MinuteVolumes()
    /// The day's time and sales, bounded (see `TradeTape.dayCapacity`).
    public var tape = TradeTape(capacity: TradeTape.dayCapacity)

    /// The halt or suspension in force; nil while it trades normally.
    public var halt: Halt? { halts.current }

    /// Volume-weighted average price of the main board's trades, rounded to 1/10,000 PHP: an average of prices, so
    /// it fits a `Price` (clamped, so not even a hand-built state can trap).
    public var vwap: Price? {
        guard mainVolume > 0 else { return nil }
        return Price(units: Int64(clamping: (mainValueUnits + mainVolume / 2) / mainVolume))
    }
}
