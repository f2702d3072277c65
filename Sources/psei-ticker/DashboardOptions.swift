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

    func initialState(source: String) -> DashboardState {
        DashboardState(source: source, staleAfterMillis: EpochMillis(staleAfter * 60_000))
    }

    /// The chosen theme; NO_COLOR wins over everything but an explicit --theme.
    func resolveTheme(environment: [String: String]) throws -> Theme {
        try ThemeCatalog.resolve(theme ?? (environment["NO_COLOR"].map { $0.isEmpty ? "default" : "mono" } ?? "default"))
    }
}

extension KafkaConsumer.StartOffset: ExpressibleByArgument {}
