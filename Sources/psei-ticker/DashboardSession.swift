import ArgumentParser
import Dashboard
import Foundation
import LiveDashboard
import Logging
import Rendering
import TerminalUI

/// What every dashboard command (`watch`, `demo`, `replay`) sets up first — the signal handling (before any thread
/// starts), the log file, a logger and the theme — and the terminal run that restores the screen however it ends.
struct DashboardSession {
    let shutdown: ShutdownSignal
    let logPath: String
    let logger: Logger
    let theme: Theme

    init(label: String, logging: LoggingOptions, dashboard: DashboardOptions) throws {
        shutdown = ShutdownSignal()
        logPath = try logging.bootstrap()
        logger = Logger(label: label)
        theme = try dashboard.resolveTheme(environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the terminal, runs the loop from `state` with `source`, and restores the terminal however it ends.
    func run(_ state: DashboardState, source: DashboardSource) throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: theme, environment: environment,
                                    crashMessage: "psei-ticker: crashed; the terminal was restored (log: \(logPath))\n")
        } catch let error as TerminalError {
            FileHandle.standardError.write(Data("psei-ticker: \(error)\n".utf8))
            throw ExitCode(2)
        }
        defer { terminal.restore() }
        logger.info("dashboard started with \(terminal.colorDepth) colours")
        DashboardLoop(backend: terminal, source: source, glyphs: Glyphs.forLocale(environment),
                      shouldStop: { shutdown.isRequested }).run(state)
    }
}
