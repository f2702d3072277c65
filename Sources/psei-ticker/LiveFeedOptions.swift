import ArgumentParser
import KafkaFeed
import LiveDashboard
import Logging

/// Where a command that follows a cluster as it goes reads (`watch`, `alerts`): the topics from `--offset` on, in a
/// consumer group or without one.
struct LiveFeedOptions: ParsableArguments {
    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @Option(
        name: .shortAndLong,
        help: "Consumer group to join and commit in (default: the cluster profile's group, else read without a group, moving no offsets).")
    var group: String?
    @Option(help: "Where to start in each partition: beginning or end.")
    var offset: KafkaConsumer.StartOffset = .beginning

    /// The command line's `-b`, `-t`, `-g` and `-X` over the cluster profile's.
    func connection(settings: LoadedSettings) throws -> ClusterConnection {
        try settings.connection(kafka: kafka, topics: topics, group: group)
    }

    /// Starts the consumer on its own thread (`KafkaPump`), posting decoded batches and connection changes to the
    /// inbox it returns, until `shouldStop`.
    func start(_ connection: ClusterConnection, logger: Logger, shouldStop: @escaping @Sendable () -> Bool) throws -> ActionInbox {
        let consumer: KafkaConsumer
        do {
            consumer = try KafkaConsumer(
                bootstrapServers: connection.bootstrap, topics: connection.topics,
                mode: connection.group.map { .group($0) } ?? .viewer, startOffset: offset,
                overrides: connection.overrides, logger: logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        let inbox = ActionInbox()
        KafkaPump(consumer: consumer, inbox: inbox, logger: logger).start(shouldStop: shouldStop)
        return inbox
    }
}
