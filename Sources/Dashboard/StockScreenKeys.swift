/// What keys do while a stock's own screen is open: ↑/↓ walk the rows of the current view (the selection follows,
/// so closing the screen leaves the table on that stock), PgUp/PgDn/Home/End scroll its time & sales, Esc closes
/// the help, else the screen, `b` puts the stock's brokers in place of its halts (and back); search, heatmap, alerts
/// and the table's time & sales panel wait for the table.
enum StockScreenKeys {
    /// Handles `key` when the stock screen is open; false when it is not (or the key is not the screen's).
    static func handle(_ key: KeyCommand, in state: inout DashboardState) -> Bool {
        guard state.ui.stockScreen != nil else { return false }
        switch key {
        case .up: walk(by: -1, in: &state)
        case .down: walk(by: 1, in: &state)
        case .pageUp: state.ui.tapeScroll -= state.ui.visibleTapeRows
        case .pageDown: state.ui.tapeScroll += state.ui.visibleTapeRows
        case .home: state.ui.tapeScroll = 0
        case .end: state.ui.tapeScroll = .max
        case .dismiss:
            if state.ui.helpShown { state.ui.helpShown = false } else { state.ui.stockScreen = nil }
        case .toggleBrokers: state.ui.brokersShown.toggle()
        case .startSearch, .toggleHeatmap, .toggleDetail, .toggleAlerts, .toggleCluster:
            break  // the table's own tools: nothing to search, map or list on one stock's screen
        default: return false
        }
        clampTapeScroll(&state)
        return true
    }

    /// Keeps the time & sales scroll within the screen's stock's tape (its oldest trades filling the last page).
    static func clampTapeScroll(_ state: inout DashboardState) {
        let trades = state.ui.stockScreen.flatMap { state.shown.stocks[$0]?.tape.count } ?? 0
        state.ui.tapeScroll = max(0, min(state.ui.tapeScroll, trades - state.ui.visibleTapeRows))
    }

    /// Moves to the row `step` away from the shown stock (or from the selection when the stock is not among the
    /// rows) and shows that row's stock, from its newest trade.
    private static func walk(by step: Int, in state: inout DashboardState) {
        let rows = state.rows
        guard !rows.isEmpty else { return }
        let from = rows.firstIndex { $0.symbol == state.ui.stockScreen } ?? state.ui.selected
        state.ui.selected = min(max(from + step, 0), rows.count - 1)
        state.ui.stockScreen = rows[state.ui.selected].symbol
        state.ui.tapeScroll = 0
        Dashboard.keepSelectionVisible(&state)
    }
}
