import Dashboard
import Foundation
import LiveDashboard
import Logging
import Rendering
import Settings
import TerminalUI

/// What every dashboard command (`watch`, `demo`, `replay`) sets up first — the check that it has a terminal, the
/// signal handling (before any thread starts), the log file, a logger and the theme — and the terminal run that
/// restores the screen however it ends.
struct DashboardSession {
    /// The exit status when there is no terminal to draw on: stdin or stdout redirected, or `TERM` unusable.
    static let noTerminalStatus: Int32 = 2

    let shutdown: ShutdownSignal
    let logPath: String?
    let logger: Logger
    let theme: Theme
    /// Where `+` and `-` keep the watchlists (`watchlists.toml` beside the configuration).
    let watchlistsFile: String
    /// Where the `!` form keeps the rules it adds (`alerts.toml` beside the configuration).
    let alertsFile: String
    /// The table's columns from the configuration (nil: the default set).
    let columns: [String]?
    /// Where alerts go besides the screen: bell, notification, `--on-alert`.
    let alertDelivery: AlertDelivery

    init(
        label: String, logging: LoggingOptions, dashboard: DashboardOptions, delivery: AlertDeliveryOptions, settings: LoadedSettings
    ) throws {
        _ = try dashboard.initialUI(settings: settings)  // a view that does not exist is said before anything starts
        _ = try dashboard.alerts.resolve(settings: settings)  // and so is a rule that cannot be read
        try Self.requireTerminal()
        shutdown = ShutdownSignal()
        logPath = logging.bootstrap()
        logger = Logger(label: label)
        theme = try dashboard.resolveTheme(environment: ProcessInfo.processInfo.environment, settings: settings)
        watchlistsFile = settings.watchlistsFile
        alertsFile = settings.alertsFile
        columns = settings.settings.columns
        alertDelivery = delivery.delivery(settings: settings.settings, environment: ProcessInfo.processInfo.environment, logger: logger)
    }

    /// Opens the terminal, runs the loop from `state` with `source`, and restores the terminal however it ends.
    func run(_ state: DashboardState, source: DashboardSource) throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal: Terminal
        do {
            terminal = try Terminal(
                theme: theme, environment: environment,
                crashMessage: "psei-ticker: crashed; the terminal was restored\(logPath.map { " (log: \($0))" } ?? "")\n")
        } catch let error as TerminalError {
            throw CommandFailure("\(error)", exitCode: Self.noTerminalStatus)
        }
        defer { terminal.restore() }
        logger.info("dashboard started with \(terminal.colorDepth) colours")
        DashboardLoop(
            backend: terminal, source: source,
            look: RenderContext(
                glyphs: Glyphs.forLocale(environment), columns: columns,
                shadeWithGlyphs: HeatScale.needsGlyphs(theme: theme, depth: terminal.colorDepth)),
            shouldStop: { shutdown.isRequested }, saveWatchlists: saveWatchlists,
            saveAlertRule: saveAlertRule, alertDelivery: alertDelivery
        ).run(state)
    }

    /// Keeps the watchlists the user edited; a file that cannot be written is logged and said on screen, and the
    /// lists stay as edited for this run.
    private func saveWatchlists(_ before: [Watchlist], _ after: [Watchlist]) -> String? {
        do {
            try WatchlistFile.save(changesFrom: before, to: after, path: watchlistsFile)
            logger.info("watchlists saved to \(watchlistsFile)")
            return nil
        } catch {
            logger.error("watchlists not saved: \(error)")
            return "not saved: \(error)"
        }
    }

    /// Keeps a rule the `!` form added; a file that cannot be written is logged and said on screen, and the rule
    /// stays for this run.
    private func saveAlertRule(_ rule: AlertRule) -> String? {
        do {
            try AlertsFile.add(rule, path: alertsFile)
            logger.info("alert rule saved to \(alertsFile)")
            return nil
        } catch {
            logger.error("alert rule not saved: \(error)")
            return "not saved: \(error)"
        }
    }

    /// Refuses at once when stdout or stdin is not a terminal: the dashboard would fill a file with escape codes,
    /// or wait for keys that never come.
    private static func requireTerminal() throws {
        let streams = [(STDOUT_FILENO, "standard output", "draws on one"), (STDIN_FILENO, "standard input", "reads its keys from one")]
        for (descriptor, name, need) in streams where isatty(descriptor) != 1 {
            throw CommandFailure(
                "\(name) is not a terminal: the dashboard \(need) (use 'snapshot' for plain output)",
                exitCode: noTerminalStatus)
        }
    }
}
