import MarketData

/// The whole view-model: per-stock and per-index state, market phase, data clock, feed health and UI state.
/// A value; only `Dashboard.reduce` changes it.
public struct DashboardState: Hashable, Sendable {
    public var stocks: [Symbol: StockState] = [:]
    /// Row order before sorting: the PSEi constituents first, then any other symbol as it appears.
    public var symbols: [Symbol] = []
    public var indices: [IndexCode: IndexState] = [:]
    public var phase: MarketPhase?
    /// When the current continuous session began (data time), for staleness of stocks that never traded.
    public var openedAt: EpochMillis?
    /// The newest event time accepted from the feed; see `DataClock`. The three clocks and their owners: this data
    /// clock (staleness, charts, the header outside replays), the replay position (`ConnectionState.replay` and
    /// `.snapshot(at:)`: the moment asked for) and the wall clock (never in the state: the run loop passes it to the
    /// renderer as `RenderContext.now`, for rates and the feed-ahead notice).
    public internal(set) var dataClock = DataClock()
    public var counters = FeedCounters()
    public var connection: ConnectionState = .connecting
    /// The consumer's lag, once it has reported one (live sources only).
    public var lag: ConsumerLag?
    /// What is being watched: broker list, file name, "simulator".
    public var source: String
    /// A stock with no trade or quote for this long while the market is open is shown as stale.
    public var staleAfterMillis: EpochMillis
    public var ui = UIState()
    /// The feed is a market feed whose event times should match this machine's clock (`watch`): a feed clock
    /// running ahead of it is shown as one notice. A simulated or replayed day may run at any time.
    public var feedIsRealTime = false

    public init(source: String, staleAfterMillis: EpochMillis = 5 * 60_000) {
        self.source = source
        self.staleAfterMillis = staleAfterMillis
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

    /// The time the header shows: the moment a replay or `snapshot --at` stands at, else the data clock.
    public var shownTime: EpochMillis? {
        switch connection {
        case .replay(let replay): replay.position
        case .snapshot(let at?): at
        default: dataClock.time
        }
    }

    /// Advances, declines and unchanged among the constituents that have traded.
    public var breadth: (advances: Int, declines: Int, unchanged: Int) {
        var result = (advances: 0, declines: 0, unchanged: 0)
        for symbol in symbols {
            switch stocks[symbol]?.direction {
            case 1: result.advances += 1
            case -1: result.declines += 1
            case 0: result.unchanged += 1
            default: break
            }
        }
        return result
    }

    /// Total value traded today, in 1/10,000 PHP.
    public var totalValueUnits: Int128 { stocks.values.reduce(0) { $0 + $1.valueUnits } }

    /// The `count` biggest gainers (or losers) by percentage change, best first.
    public func movers(gainers: Bool, count: Int) -> [StockState] {
        let traded = symbols.compactMap { stocks[$0] }.filter { ($0.changePercent ?? 0) != 0 && (($0.changePercent ?? 0) > 0) == gainers }
        return Array(traded.sorted { gainers ? $0.changePercent! > $1.changePercent! : $0.changePercent! < $1.changePercent! }.prefix(count))
    }

    /// The `count` most active stocks by value traded.
    public func mostActive(count: Int) -> [StockState] {
        Array(symbols.compactMap { stocks[$0] }.filter { $0.valueUnits > 0 }.sorted { $0.valueUnits > $1.valueUnits }.prefix(count))
    }

    /// True while the source cannot be reached: every price shown is the last one known, not a live one.
    public var isFeedDown: Bool {
        switch connection {
        case .reconnecting, .disconnected: true
        default: false
        }
    }

    /// True when the feed is down and the stock has data, or when the market is open, the stock trades normally,
    /// and nothing arrived for it for `staleAfterMillis`.
    public func isStale(_ stock: StockState) -> Bool {
        if isFeedDown { return stock.lastUpdate != nil }
        guard phase == .open, stock.halt == nil, let clock = dataClock.time else { return false }
        guard let update = stock.lastUpdate else { return clock - (openedAt ?? clock) > staleAfterMillis }
        return clock - update > staleAfterMillis
    }

    /// The rows in display order: sorted by the chosen key and direction, ties by symbol, and stocks without
    /// the figure (not traded yet) last in either direction.
    public var rows: [StockState] {
        let all = symbols.compactMap { stocks[$0] }
        guard ui.sort != .none else { return all }
        return all.sorted { lhs, rhs in
            let (lhsHas, rhsHas) = (ui.sort.hasFigure(lhs), ui.sort.hasFigure(rhs))
            if lhsHas != rhsHas { return lhsHas }
            let order = ui.sort.compare(lhs, rhs)
            if order == 0 { return lhs.symbol < rhs.symbol }
            return ui.descending ? order > 0 : order < 0
        }
    }
}
