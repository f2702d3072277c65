import ArgumentParser
import Dashboard
import MarketData
import Rendering
import Settings

/// Options of every command that shows the dashboard.
struct DashboardOptions: ParsableArguments {
    /// `--stale-after` when neither the flag nor the configuration file gives it.
    static let defaultStaleAfterMinutes = 5.0

    @Option(
        help: "Theme: default, light, mono, or a path to a theme .toml file (default: the configuration's theme; NO_COLOR selects mono).")
    var theme: String?

    @Option(
        help:
            "Minutes without a trade or quote, while the market is open, before a stock is marked STALE; default: the configuration's stale_after_minutes, else 5.",
        accepting: OptionRanges.staleAfterMinutes)
    var staleAfter: Double?

    @Option(
        help:
            "The view to start in: PSEi, All, a sector (FIN, IND, HDG, PRO, SVC, M-O) or a watchlist's name (default: the configuration's default_view, else PSEi)."
    )
    var view: String?

    @OptionGroup var alerts: AlertRuleOptions

    /// A fresh state with the user's choices: its watchlists, `initialUI`'s view and sort, stale-after, and the alert
    /// rules.
    func initialState(source: String, settings: LoadedSettings) throws -> DashboardState {
        let minutes = staleAfter ?? settings.settings.staleAfterMinutes ?? Self.defaultStaleAfterMinutes
        var state = DashboardState(source: source, staleAfterMillis: EpochMillis(minutes * 60_000))
        state.ui = try initialUI(settings: settings)
        state.alerts = AlertBook(rules: try alerts.resolve(settings: settings))
        return state
    }

    /// The user's watchlists, starting in `--view`, else the configuration's `default_view`, else PSEi, sorted as
    /// the configuration says; a view nobody has is an error naming the views there are. Commands call it before
    /// they start anything, so a mistyped view costs nothing.
    func initialUI(settings: LoadedSettings) throws -> UIState {
        var ui = UIState()
        ui.watchlists = settings.watchlists
        let names = MarketView.names(watchlists: settings.watchlists).joined(separator: ", ")
        if let view {
            guard let chosen = MarketView.named(view, watchlists: settings.watchlists) else {
                throw CommandFailure("--view '\(view)' is not a view; the views are \(names)", exitCode: 64)
            }
            ui.view = chosen
        } else if let configured = settings.settings.defaultView {
            guard let chosen = MarketView.named(configured, watchlists: settings.watchlists) else {
                throw CommandFailure(
                    settings.settings.error(at: ["default_view"], "'\(configured)' is not a view; the views are \(names)").description)
            }
            ui.view = chosen
        }
        if let sort = settings.settings.sort, let key = SortKey(rawValue: sort) {
            ui.sort = key
            ui.descending = settings.settings.sortDescending ?? key.startsDescending
        }
        return ui
    }

    /// The chosen theme: --theme, else the configuration's theme, else mono when NO_COLOR is set (no-color.org: a
    /// configuration file overrides it), else default.
    func resolveTheme(environment: [String: String], settings: LoadedSettings) throws -> Theme {
        if let theme { return try ThemeCatalog.resolve(theme) }
        if let configured = try settings.theme() { return configured }
        return try ThemeCatalog.resolve(environment["NO_COLOR"].map { $0.isEmpty ? "default" : "mono" } ?? "default")
    }
}
