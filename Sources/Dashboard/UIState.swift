import MarketData

/// What the user chose: selection, sort, overlays, pause.
public struct UIState: Hashable, Sendable {
    public var selected = 0
    /// The first table row shown (scrolling keeps the selection visible).
    public var scroll = 0
    /// Table rows that fit on screen; set by the run loop from the layout, for page up/down.
    public var visibleRows = 20
    public var sort: SortKey = .none
    public var descending = true
    public var helpShown = false
    /// The selected stock's time and sales (its last trades) over the table.
    public var detailShown = false
    public var paused = false
    public var quitRequested = false
    /// The stocks the table shows (a tab).
    public var view: MarketView = .psei
    /// The user's watchlists, in the order of their tabs.
    public var watchlists: [Watchlist] = []
    /// The `/` search; nil when none.
    public var search: Search?
    /// The heatmap (`m`) instead of the table.
    public var heatmapShown = false
    /// Brokers (`b`): the market's broker ranking instead of the table, and on a stock's screen its own ranking in
    /// place of its halts & notices.
    public var brokersShown = false
    /// Alerts (`A`): the day's alerts, newest first, instead of the table.
    public var alertsShown = false
    /// Kafka (`K`): the cluster's brokers, the partitions read and the group instead of the table.
    public var clusterShown = false
    /// The partition selected in the Kafka view (by its place in the list); the view scrolls to keep it shown.
    public var clusterSelected = 0
    /// Alerts of the alerts view scrolled past, from the newest (0 shows the newest first).
    public var alertsScroll = 0
    /// Alerts that fit in the alerts view; set by the run loop from the layout, for page up/down.
    public var visibleAlertRows = 20
    /// The `!` form adding an alert rule for a stock; nil when closed.
    public var alertForm: AlertForm?
    /// The time being typed after `g` in the live dashboard (the live DVR); nil when not typing.
    public var goToPrompt: GoToPrompt?
    /// A one-line answer to the last key (`ALI added to mine`), shown in the status bar until the next key.
    public var notice: String?
    /// The stock whose own screen is shown; nil for the main screen.
    public var stockScreen: Symbol?
    /// Trades of the stock screen's time & sales scrolled past, from the newest (0 shows the newest first).
    public var tapeScroll = 0
    /// Time & sales rows that fit on the stock screen; set by the run loop from the layout, for page up/down.
    public var visibleTapeRows = 10
    /// The data time of each alert rule's latest announced alert, by rule name. It survives a replay's rebuild, so an
    /// alert announced once is not announced again when a seek back plays through it (`DashboardState+Alerts`).
    public var announcedAlerts: [String: EpochMillis] = [:]

    public init() {}
}

/// An incremental search of symbols and company names (as in less and htop): matching rows stay while typing;
/// Enter keeps the selected match and ends the search, Esc clears it.
public struct Search: Hashable, Sendable {
    public var text = ""
    /// The stock selected when the search began, selected again when Esc clears a search that matched nothing.
    public var startedOn: Symbol?

    public init(startedOn: Symbol? = nil) { self.startedOn = startedOn }

    /// True when the symbol or the company name contains the text, in any case.
    func matches(_ stock: StockState) -> Bool {
        let wanted = text.lowercased()
        return stock.symbol.description.lowercased().contains(wanted) || (stock.name?.lowercased().contains(wanted) ?? false)
    }
}

/// The table's sort keys, in the order `s` cycles through them.
public enum SortKey: String, CaseIterable, Hashable, Sendable {
    case none = "index order"
    case symbol = "symbol"
    case changePercent = "%chg"
    case value = "value"
    case volume = "volume"
    case last = "last"
    /// The contribution to the PSEi's change, in points (`StockState.pseiPoints`).
    case points = "pts"

    /// Figures sort biggest first when chosen; symbols A to Z.
    public var startsDescending: Bool { self != .symbol }

    /// The direction as the rows run: `A to Z`, `highest first`…
    public func directionText(descending: Bool) -> String {
        switch self {
        case .none: ""
        case .symbol: descending ? "Z to A" : "A to Z"
        default: descending ? "highest first" : "lowest first"
        }
    }

    var next: SortKey {
        let all = SortKey.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

}
