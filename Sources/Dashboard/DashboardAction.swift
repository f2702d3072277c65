import MarketData

/// Everything that can change the dashboard: decoded records, rejections, connection changes, keys, the clock.
public enum DashboardAction: Sendable {
    /// A batch of decoded records (events or rejections) received at wall time `receivedAt`; 0 when they were not
    /// received live (a snapshot, a replay's seek): such records count neither in records/s nor against the wall clock.
    case records([Result<MarketEvent, DecodeError>], receivedAt: EpochMillis)
    case connection(ConnectionState)
    /// The consumer's lag, per partition.
    case lag(ConsumerLag)
    /// The Kafka cluster as the consumer's statistics show it, about once a second (live Kafka only).
    case cluster(ClusterSnapshot)
    case key(KeyCommand)
    /// The number of table rows that fit after a resize.
    case tableRows(Int)
    /// A one-line message for the status bar from outside the reducer (a watchlist that could not be saved).
    case notice(String)
    /// The number of the stock screen's time & sales rows that fit after a resize.
    case tapeRows(Int)
    /// The number of the alerts view's rows that fit after a resize.
    case alertRows(Int)
    /// The live DVR: shows the market of an earlier instant (the live market keeps taking records); nil returns to
    /// the live market.
    case rewind(Rewind?)
    /// The live DVR's `g`: the time being typed; nil when not typing.
    case goToPrompt(GoToPrompt?)
    /// The wall clock, once a second from the run loop: how long the feed has been down, for its alert rules.
    case clock(EpochMillis)
}

/// A key press, already decoded from the terminal.
public enum KeyCommand: Hashable, Sendable {
    case up, down, pageUp, pageDown, home, end
    case nextSortKey, toggleSortDirection
    case toggleHelp, toggleDetail, togglePause, quit
    /// Opens the selected stock's own screen (Enter).
    case openStock
    /// Closes the `!` form, else the help overlay, else the search, else the stock screen, else the heatmap, the brokers, the alerts or the Kafka view,
    /// else the time & sales panel (Esc).
    case dismiss
    /// The next / previous tab, or the tab at this position (0 for the first).
    case nextView, previousView
    case showView(Int)
    /// `/`: starts a search; then the typed text, Backspace, and Enter (keep the selected match, drop the filter).
    case startSearch
    case typeSearch(Character)
    case eraseSearch, acceptSearch
    /// Adds the selected stock to (or removes it from) the current watchlist, or the first one outside watchlists.
    case addToWatchlist, removeFromWatchlist
    case toggleHeatmap
    /// The market's broker ranking instead of the table; on a stock's screen, its own in place of its halts.
    case toggleBrokers
    /// The day's alerts instead of the table.
    case toggleAlerts
    /// The Kafka cluster (brokers, partitions, group) instead of the table.
    case toggleCluster
    /// `!`: the form adding an alert rule for the selected stock; then the next / previous kind, the typed text,
    /// Backspace, and Enter (add the rule); Esc closes it.
    case openAlertForm
    case nextAlertKind, previousAlertKind
    case typeAlertForm(Character)
    case eraseAlertForm, acceptAlertForm
}
