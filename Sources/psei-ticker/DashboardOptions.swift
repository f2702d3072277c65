import ArgumentParser
import Dashboard
import KafkaFeed
import MarketData
import Rendering

/// Options of every command that shows the dashboard.
struct DashboardOptions: ParsableArguments {
    @Option(help: "Theme: default, light, mono, or a path to a theme .toml file (NO_COLOR selects mono).")
    var theme: String?

    @Option(
        help: "Minutes without a trade or quote, while the market is open, before a stock is marked STALE.",
        accepting: OptionRanges.staleAfterMinutes)
    var staleAfter: Double = 5

    @Option(help: "The view to start in: PSEi, All, a sector (FIN, IND, HDG, PRO, SVC, M-O) or a watchlist's name.")
    var view: String?

    /// A fresh state with the user's watchlists, starting in `--view` (else PSEi); a view nobody has is an error.
    func initialState(source: String, watchlists: [Watchlist] = []) throws -> DashboardState {
        var state = DashboardState(source: source, staleAfterMillis: EpochMillis(staleAfter * 60_000))
        state.ui.watchlists = watchlists
        if let view {
            guard let chosen = MarketView.named(view, watchlists: watchlists) else {
                let names = MarketView.names(watchlists: watchlists).joined(separator: ", ")
                throw CommandFailure("--view '\(view)' is not a view; the views are \(names)", exitCode: 64)
            }
            state.ui.view = chosen
        }
        return state
    }

    /// The chosen theme; NO_COLOR wins over everything but an explicit --theme.
    func resolveTheme(environment: [String: String]) throws -> Theme {
        try ThemeCatalog.resolve(theme ?? (environment["NO_COLOR"].map { $0.isEmpty ? "default" : "mono" } ?? "default"))
    }
}

extension KafkaConsumer.StartOffset: ExpressibleByArgument {}
