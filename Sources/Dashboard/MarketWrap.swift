import MarketData

/// The end-of-day summary a PSE market wrap prints, taken from the state the dashboard shows (so it says what the
/// screen said): the PSEi and sector closes, turnover by board, breadth, foreign flow, the PSEi's movers in points,
/// the most active stocks, limit hits, block sales and halts. A value with no I/O; `Codable` as the JSON of
/// `psei-ticker wrap --format json` (field names and units in `docs/WRAP.md`).
public struct MarketWrap: Codable, Hashable, Sendable {
    /// The version of the JSON's shape; a change that drops or renames a field raises it.
    public static let currentSchema = 1
    /// How many stocks each top list holds.
    public static let listLength = 5

    public var schema = MarketWrap.currentSchema
    /// The Manila trading date (`2026-11-25`) of the newest record; null before any.
    @Nullable public var date: String?
    /// The moment the figures stand at: the newest record's time, or `--at`'s.
    @Nullable public var asOf: Moment?
    public var psei: IndexClose
    /// The six sector indices in the PSE's display order.
    public var sectors: [IndexClose]
    public var turnover: Turnover
    public var breadth: Breadth
    public var foreign: Foreign
    public var indexMovers: IndexMovers
    /// The most active stocks by value traded, most first.
    public var mostActive: [ActiveStock]
    public var limitHits: [LimitHit]
    /// The day's block sales in the order they traded (the latest `BlockSales.capacity` of them).
    public var blockSales: [BlockSale]
    public var halts: Halts
}

extension MarketWrap {
    /// An index at the end of the day against its previous close.
    public struct IndexClose: Codable, Hashable, Sendable {
        /// The index code as the feed names it: `PSEi`, `FIN`, `M-O`.
        public var code: String
        @Nullable public var close: PriceFigure?
        @Nullable public var previousClose: PriceFigure?
        /// Close − previous close, in index points.
        @Nullable public var change: PriceFigure?
        /// The change in per cent of the previous close, to the hundredth.
        @Nullable public var changePercent: Double?
    }

    /// Value traded today, split by board, and, when earlier wraps are given, against their average.
    public struct Turnover: Codable, Hashable, Sendable {
        public var total: Pesos
        public var mainBoard: Pesos
        public var oddLot: Pesos
        public var block: Pesos
        /// Trades on every board.
        public var trades: Int
        /// The average of earlier sessions (`compared(with:)`); null when none was given.
        @Nullable public var average: TurnoverAverage?
    }

    /// The average turnover of earlier sessions and today's against it.
    public struct TurnoverAverage: Codable, Hashable, Sendable {
        public var sessions: Int
        public var total: Pesos
        public var trades: Int
        /// Today's total against the average, in per cent, to the hundredth (+12.5: an eighth more than usual).
        public var changePercent: Double
    }

    /// Advancers, decliners and unchanged against the previous close, and listings without a main-board trade.
    public struct BreadthCount: Codable, Hashable, Sendable {
        public var advancers: Int
        public var decliners: Int
        public var unchanged: Int
        public var notTraded: Int
    }

    /// Breadth of the PSEi's members and of the whole board.
    public struct Breadth: Codable, Hashable, Sendable {
        public var psei: BreadthCount
        public var board: BreadthCount
    }

    /// Foreign buying and selling of the whole market, and the stocks foreigners bought and sold the most, net.
    public struct Foreign: Codable, Hashable, Sendable {
        public var buying: Pesos
        public var selling: Pesos
        /// Buying − selling: negative is net foreign selling.
        public var net: Pesos
        /// The largest net foreign buys, largest first.
        public var topBuys: [StockForeign]
        /// The largest net foreign sells, largest first.
        public var topSells: [StockForeign]
    }

    /// One stock's foreign flow.
    public struct StockForeign: Codable, Hashable, Sendable {
        public var symbol: String
        public var buying: Pesos
        public var selling: Pesos
        public var net: Pesos
    }

    /// The PSEi members that pushed the index up, and dragged it down, the most, in index points.
    public struct IndexMovers: Codable, Hashable, Sendable {
        public var up: [Mover]
        public var down: [Mover]
    }

    /// A member's contribution to the PSEi's change.
    public struct Mover: Codable, Hashable, Sendable {
        public var symbol: String
        /// (last − previous close) × shares × free float ÷ divisor, to the hundredth of a point.
        public var points: Double
        public var last: PriceFigure
        public var change: PriceFigure
    }

    /// A stock among the most active by value.
    public struct ActiveStock: Codable, Hashable, Sendable {
        public var symbol: String
        public var value: Pesos
        /// Shares traded on every board.
        public var volume: Int64
        public var trades: Int
        /// The last main-board price; null when only odd lots or block sales traded.
        @Nullable public var last: PriceFigure?
        @Nullable public var changePercent: Double?
    }

    /// A stock whose day's high reached the static ceiling, or whose low reached the floor, within a tick.
    public struct LimitHit: Codable, Hashable, Sendable {
        public var symbol: String
        /// `ceiling` or `floor`.
        public var limit: String
        /// The day's high (ceiling) or low (floor).
        public var price: PriceFigure
        /// The static ceiling or floor itself.
        public var limitPrice: PriceFigure
    }

    /// A trade on the block board.
    public struct BlockSale: Codable, Hashable, Sendable {
        public var symbol: String
        public var price: PriceFigure
        public var quantity: Int64
        public var value: Pesos
        public var time: Moment
    }

    /// The day's halts: of the whole market (the circuit breaker) and of single stocks.
    public struct Halts: Codable, Hashable, Sendable {
        public var market: [MarketHaltPeriod]
        public var stocks: [StockHalt]
    }

    /// A market-wide halt.
    public struct MarketHaltPeriod: Codable, Hashable, Sendable {
        /// The circuit breaker's level (1, 2, 3) when the halt's reason names one.
        @Nullable public var level: Int?
        @Nullable public var reason: String?
        public var since: Moment
        /// When trading resumed; null while halted.
        @Nullable public var until: Moment?
    }

    /// A halt or suspension of one stock.
    public struct StockHalt: Codable, Hashable, Sendable {
        public var symbol: String
        /// `halted` or `suspended`.
        public var phase: String
        @Nullable public var reason: String?
        public var since: Moment
        /// When trading resumed; null while halted.
        @Nullable public var until: Moment?
    }
}
