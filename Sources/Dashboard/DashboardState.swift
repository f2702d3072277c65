import Exchange
import MarketData

/// The whole view-model, in three parts: the market (what the feed says), the feed (whether it can be trusted)
/// and the UI (what the user chose). A value; only `Dashboard.reduce` changes it.
///
/// Pausing freezes the market the user sees (`shown`) while the live market keeps taking records, so resuming
/// shows the present at once; a rewind (`Rewind`, the live DVR) shows the market of an earlier instant the same
/// way. The three clocks and their owners: the data clock (`MarketState.dataClock`: staleness, charts, the header
/// outside replays and rewinds), the replay position (`ConnectionState.replay` and `.snapshot(at:)`: the moment
/// asked for) and the wall clock (never in the state: the run loop passes it to the renderer as
/// `RenderContext.now`, for rates and the feed-ahead notice).
public struct DashboardState: Hashable, Sendable {
    /// The live market, up to the last record.
    public internal(set) var market = MarketState()
    /// The market as it was when the user paused; nil when not paused.
    public private(set) var pausedMarket: MarketState?
    /// The market of an earlier instant the live DVR shows; nil when showing the live (or paused) market.
    public internal(set) var rewind: Rewind?
    public var feed: FeedState
    public var ui = UIState()
    /// The alert rules and the day's alerts; replace it (with the rules) before the first record.
    public var alerts = AlertBook()

    public init(source: String, staleAfterMillis: EpochMillis = 5 * 60_000) {
        feed = FeedState(source: source, staleAfterMillis: staleAfterMillis)
    }

    /// The market on screen: the rewound one, else frozen while paused, else live.
    public var shown: MarketState { rewind?.market ?? pausedMarket ?? market }

    mutating func setPaused(_ paused: Bool) {
        ui.paused = paused
        pausedMarket = paused ? market : nil
    }

    /// The time the header shows: the moment a rewind, a replay or `snapshot --at` stands at, else the data clock.
    public var shownTime: EpochMillis? {
        if let rewind { return rewind.at }
        return switch feed.connection {
        case .replay(let replay): replay.position
        case .snapshot(let at?): at
        default: shown.dataClock.time
        }
    }

    /// True when the feed is down and the stock has data, or when the market is open, the stock is a PSEi
    /// constituent that trades normally, and nothing arrived for it for `staleAfterMillis`. Silence says something
    /// only about the blue chips, which trade all day: most other listings trade a few times a day, or not at all.
    public func isStale(_ stock: StockState) -> Bool {
        if feed.isDown { return stock.lastUpdate != nil }
        let market = shown
        guard market.phase == .open, stock.halt == nil, PSERules.isConstituent(stock.symbol), let clock = market.dataClock.time
        else { return false }
        return clock - silentSince(stock, clock: clock) > feed.staleAfterMillis
    }

    /// Since when a stock has been silent for staleness: its last update or the market's latest (re)opening,
    /// whichever came later — the lunch recess or a market-wide halt is no silence of the stock's.
    func silentSince(_ stock: StockState, clock: EpochMillis) -> EpochMillis {
        [stock.lastUpdate, shown.openedAt].compactMap { $0 }.max() ?? clock
    }

    /// The rows shown, in display order: the current view's stocks that match the search, sorted by the chosen
    /// key and direction, ties by symbol, and stocks without the figure (not traded yet) last in either direction.
    public var rows: [StockState] { rows(of: stocksForRows) }

    /// The current view's stocks as `rows(of:)` takes them: in the view's order when the rows keep it (no sort), in
    /// any order when they are sorted — the sort orders them fully (ties by symbol), and the All view's thousands of
    /// stocks are then taken from the market as they lie instead of looked up symbol by symbol.
    public var stocksForRows: [StockState] {
        guard ui.sort != .none, ui.view == .all else { return stocks(in: ui.view) }
        return Array(shown.stocks.values)
    }

    /// `rows` from the current view's stocks (`stocksForRows`) when the caller has them already: a frame of the All
    /// view derives them once for the table and the side panel. With a `window`, only the rows at those positions
    /// are put in order (the rows a frame shows): the other positions hold the remaining rows in no particular order.
    public func rows(of viewStocks: [StockState], orderedIn window: Range<Int>? = nil) -> [StockState] {
        let all = matching(viewStocks)
        guard ui.sort != .none else { return all }
        if ui.sort == .symbol { return all.sorted { ui.descending ? $0.symbol > $1.symbol : $0.symbol < $1.symbol } }
        // Each stock's place once, then the order: figures computed inside the comparisons would be redone
        // n·log n times, and the All view can hold thousands of stocks.
        var places = all.indices.map { RowOrder(all[$0], at: $0, by: ui.sort, descending: ui.descending) }
        places.sort(window: window ?? places.indices)
        return places.map { all[$0.index] }
    }

    /// How many rows there are, without sorting them (for scrolling).
    public var rowCount: Int { matchingStocks.count }

    /// The current view's stocks that match the search, in the view's own order (the rows before sorting).
    public var matchingStocks: [StockState] { matching(stocks(in: ui.view)) }

    /// Those of the current view's stocks (`stocks(in: ui.view)`) that match the search, in the view's own order.
    public func matching(_ viewStocks: [StockState]) -> [StockState] {
        guard let search = ui.search, !search.text.isEmpty else { return viewStocks }
        return viewStocks.filter(search.matches)
    }
}
