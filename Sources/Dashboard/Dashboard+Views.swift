import MarketData

/// The keys that choose what the table shows: tabs, the search, watchlist edits, and the heatmap, the brokers, the
/// alerts and the Kafka view (one at a time, instead of the table).
extension Dashboard {
    /// The default name of the list `+` creates when the user has none.
    public static let firstWatchlistName = "mine"
    /// The longest search text kept.
    static let searchLength = 24

    static func handleViewKey(_ key: KeyCommand, in state: inout DashboardState) {
        let views = state.views
        let current = views.firstIndex(of: state.ui.view) ?? 0
        switch key {
        case .nextView: state.show(views[(current + 1) % views.count])
        case .previousView: state.show(views[(current + views.count - 1) % views.count])
        case .showView(let position): if views.indices.contains(position) { state.show(views[position]) }
        case .startSearch:
            let rows = state.rows
            state.ui.search = Search(startedOn: rows.indices.contains(state.ui.selected) ? rows[state.ui.selected].symbol : nil)
        case .typeSearch(let character):
            guard var search = state.ui.search, search.text.count < searchLength,
                !character.unicodeScalars.contains(where: TerminalSafe.isUnsafe)
            else { return }
            search.text.append(character)
            state.keepingSelection { $0.ui.search = search }
        case .eraseSearch:
            guard var search = state.ui.search else { return }
            search.text = String(search.text.dropLast())
            state.keepingSelection { $0.ui.search = search }
        case .acceptSearch:
            // The filter goes and the selection stays on the match: Enter "jumps" to it.
            state.keepingSelection { $0.ui.search = nil }
        case .addToWatchlist: state.editWatchlist(adding: true)
        case .removeFromWatchlist: state.editWatchlist(adding: false)
        case .toggleHeatmap: state.ui.showOnly(\.heatmapShown)
        case .toggleBrokers: state.ui.showOnly(\.brokersShown)
        case .toggleAlerts:
            state.ui.showOnly(\.alertsShown)
            state.ui.alertsScroll = 0
        case .toggleCluster: state.ui.showOnly(\.clusterShown)
        default: break
        }
    }
}

extension UIState {
    /// Toggles one of the screens shown instead of the table (heatmap, brokers, alerts, Kafka) and hides the others.
    mutating func showOnly(_ screen: WritableKeyPath<UIState, Bool>) {
        let shown = !self[keyPath: screen]
        heatmapShown = false
        brokersShown = false
        alertsShown = false
        clusterShown = false
        self[keyPath: screen] = shown
    }
}

extension DashboardState {
    /// Switches the table to `view`, keeping the selected stock selected when the view has it; a search ends.
    mutating func show(_ view: MarketView) {
        keepingSelection {
            $0.ui.view = view
            $0.ui.search = nil
        }
    }

    /// Applies `change` and moves the selection to the row of the stock selected before (when a search left no row
    /// selected: the one selected when the search began), or to the first row when that stock is no longer shown.
    mutating func keepingSelection(_ change: (inout DashboardState) -> Void) {
        let before = rows
        let selected = before.indices.contains(ui.selected) ? before[ui.selected].symbol : ui.search?.startedOn
        change(&self)
        ui.selected = rows.firstIndex { $0.symbol == selected } ?? 0
    }

    /// Adds or removes the selected stock in the current watchlist (outside one: the first list, created when there
    /// is none, for adding; the first list holding the stock, for removing) and says what happened.
    mutating func editWatchlist(adding: Bool) {
        let rows = rows
        guard rows.indices.contains(ui.selected) else { return }
        let symbol = rows[ui.selected].symbol
        var target: Int?
        if case .watchlist(let name) = ui.view { target = ui.watchlists.firstIndex { $0.name == name } }
        if adding {
            if target == nil && ui.watchlists.isEmpty { ui.watchlists.append(Watchlist(name: Dashboard.firstWatchlistName, symbols: [])) }
            let index = target ?? 0
            let name = ui.watchlists[index].name
            if ui.watchlists[index].symbols.contains(symbol) {
                ui.notice = "\(symbol) is already in \(name)"
            } else {
                ui.watchlists[index].symbols.append(symbol)
                ui.notice = "\(symbol) added to \(name)"
            }
        } else {
            guard let index = target ?? ui.watchlists.firstIndex(where: { $0.symbols.contains(symbol) }),
                ui.watchlists[index].symbols.contains(symbol)
            else {
                ui.notice = "\(symbol) is in no watchlist"
                return
            }
            ui.watchlists[index].symbols.removeAll { $0 == symbol }
            ui.notice = "\(symbol) removed from \(ui.watchlists[index].name)"
        }
    }
}
