import ArgumentParser
import Dashboard
import KafkaFeed
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

    func initialState(source: String, settings: Settings) -> DashboardState {
        let minutes = staleAfter ?? settings.staleAfterMinutes ?? Self.defaultStaleAfterMinutes
        return DashboardState(source: source, staleAfterMillis: EpochMillis(minutes * 60_000))
    }

    /// The chosen theme: --theme, else the configuration's theme, else mono when NO_COLOR is set (no-color.org: a
    /// configuration file overrides it), else default.
    func resolveTheme(environment: [String: String], settings: LoadedSettings) throws -> Theme {
        if let theme { return try ThemeCatalog.resolve(theme) }
        if let configured = try settings.theme() { return configured }
        return try ThemeCatalog.resolve(environment["NO_COLOR"].map { $0.isEmpty ? "default" : "mono" } ?? "default")
    }
}

extension KafkaConsumer.StartOffset: ExpressibleByArgument {}
