import ArgumentParser
import Dashboard
import Foundation
import LiveDashboard
import Logging
import Rendering
import TerminalUI

/// `psei-ticker watch`: the live dashboard over any Kafka cluster.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "The live dashboard over a Kafka cluster.",
        discussion: KeyMap.helpText(mode: .live)
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var feed: LiveFeedOptions
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var alertDelivery: AlertDeliveryOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let settings = try config.load()
        let connection = try feed.connection(settings: settings)
        let session = try DashboardSession(
            label: "watch", logging: logging, dashboard: dashboard, delivery: alertDelivery, settings: settings)
        let inbox = try feed.start(connection, logger: session.logger) { session.shutdown.isRequested }
        var state = try dashboard.initialState(source: connection.bootstrap, settings: settings)
        state.feed.isRealTime = true
        try session.run(state, source: LiveDVR(inbox))
    }
}
