import Exchange
import MarketData

/// What the feed says about the market: every stock and index today, the market phase and the data clock.
public struct MarketState: Hashable, Sendable {
    public var stocks: [Symbol: StockState] = [:]
    /// Row order before sorting: the PSEi constituents first, then any other symbol as it appears.
    public var symbols: [Symbol] = []
    public var indices: [IndexCode: IndexState] = [:]
    public var phase: MarketPhase?
    /// The day's schedule, learned from the market's phase changes (a pre-close at 11:55 is a half day).
    public var schedule = TradingSchedule.regular
    /// When the current continuous session began (data time), for staleness of stocks that never traded.
    public var openedAt: EpochMillis?
    /// The market-wide halt in force, if any.
    public var halt: MarketHalt?
    /// The day's market-wide halts (phase `.halted`, the reason as the status gave it), the last one open while the
    /// market is halted.
    public var halts = HaltHistory()
    /// The highest circuit breaker level that has halted the market today.
    public var circuitBreakerTripped: CircuitBreakerLevel?
    /// The trading day shown: the Manila date of the data clock, or a later one that reference data began; nil
    /// before the first record (see `begin`).
    public internal(set) var day: TradingDay?
    /// The newest event time accepted from the feed; see `DataClock` (and `DashboardState` for the other clocks).
    public internal(set) var dataClock = DataClock()
    /// The market's foreign flow: Σ of every stock's `foreign`, kept running as trades are applied.
    public var foreignTotal = ForeignFlow()
    /// The market's net foreign buying at the end of each session minute.
    public var netForeignMinutes = NetForeignSeries()
    /// The day's latest block sales, market-wide.
    public var blockSales = BlockSales()
    /// Each broker's buying and selling, market-wide and per stock.
    public internal(set) var brokers = BrokerLedgers()

    /// The PSEi constituents (no data yet) and every index.
    public init() {
        for constituent in PSERules.constituents {
            var stock = StockState(symbol: constituent.symbol)
            stock.name = constituent.name
            stock.sector = constituent.sector.rawValue
            stocks[constituent.symbol] = stock
            symbols.append(constituent.symbol)
        }
        for code in IndexCode.allCases { indices[code] = IndexState(code: code) }
    }

    public var psei: IndexState { indices[.psei]! }

    /// Advances, declines and unchanged among the stocks that have traded (the whole market, as the PSE counts it).
    public var breadth: (advances: Int, declines: Int, unchanged: Int) { totals.breadth }

    /// Total value traded today, in 1/10,000 PHP.
    public var totalValueUnits: Int128 { totals.valueUnits }

    /// The market-wide sums in one pass over every stock (a frame shows all three, and the board may hold thousands).
    public var totals: MarketTotals {
        var totals = MarketTotals()
        for stock in stocks.values { totals.add(stock) }
        return totals
    }

    /// Where a stock is in `stocks`: the reducer finds a record's stock once and reads and updates it there.
    typealias Row = [Symbol: StockState].Index

    /// The stock's row, adding one for a symbol outside the PSEi the first time it appears: after the constituents,
    /// in alphabetical order (so the rows do not depend on which partition delivered first).
    mutating func row(adding symbol: Symbol) -> Row {
        if let row = stocks.index(forKey: symbol) { return row }
        let constituents = PSERules.constituents.count
        let others = symbols[constituents...]
        symbols.insert(symbol, at: others.firstIndex { $0 > symbol } ?? symbols.endIndex)
        stocks[symbol] = StockState(symbol: symbol)
        return stocks.index(forKey: symbol)!
    }
}
