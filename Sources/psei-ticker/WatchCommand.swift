import ArgumentParser
import Dashboard
import Foundation
import KafkaFeed
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
    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @Option(
        name: .shortAndLong,
        help: "Consumer group to join and commit in (default: the cluster profile's group, else read without a group, moving no offsets).")
    var group: String?
    @Option(help: "Where to start in each partition: beginning or end.")
    var offset: KafkaConsumer.StartOffset = .beginning
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var alertDelivery: AlertDeliveryOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let settings = try config.load()
        let connection = try settings.connection(kafka: kafka, topics: topics, group: group)
        let session = try DashboardSession(
            label: "watch", logging: logging, dashboard: dashboard, delivery: alertDelivery, settings: settings)
        let consumer: KafkaConsumer
        do {
            consumer = try KafkaConsumer(
                bootstrapServers: connection.bootstrap, topics: connection.topics,
                mode: connection.group.map { .group($0) } ?? .viewer, startOffset: offset,
                overrides: connection.overrides, logger: session.logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        let inbox = ActionInbox()
        KafkaPump(consumer: consumer, inbox: inbox, logger: session.logger).start { session.shutdown.isRequested }
        var state = try dashboard.initialState(source: connection.bootstrap, settings: settings)
        state.feed.isRealTime = true
        try session.run(state, source: inbox)
    }
}
