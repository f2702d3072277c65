import ArgumentParser
import KafkaFeed
import LiveDashboard
import Logging
import MarketData

/// Where a command that follows a cluster as it goes reads (`watch`, `alerts`): the topics from `--offset` (or
/// `--from`) on, in a consumer group or without one. A Manila time of day (and `today`) falls on the Manila date of
/// this machine's clock; an RFC 3339 timestamp names any other day.
struct LiveFeedOptions: ParsableArguments {
    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @Option(
        name: .shortAndLong,
        help: "Consumer group to join and commit in (default: the cluster profile's group, else read without a group, moving no offsets).")
    var group: String?
    @Option(
        help: "Where each partition starts; a Manila time, and today (from midnight), fall on today's date in Manila",
        accepting: StartPointValues())
    var offset: StartPoint?
    @Option(help: "Start each partition at this Manila time today, HH:MM[:SS] (the same as --offset HH:MM[:SS]).")
    var from: String?

    func validate() throws {
        try validateClockTime(from, option: "--from")
        if from != nil && offset != nil { throw ValidationError("give --from or --offset, not both") }
    }

    /// Where each partition starts, a Manila time of day on the Manila date of `now`.
    func startOffset(now: EpochMillis) -> KafkaConsumer.StartOffset {
        let point = from.flatMap(ManilaTime.secondOfDay(parsing:)).map { StartPoint.manilaClock(secondOfDay: $0) } ?? offset ?? .beginning
        return point.startOffset(date: ManilaTime(epochMillis: now).dateText)
    }

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
                mode: connection.group.map { .group($0) } ?? .viewer, startOffset: startOffset(now: wallClockMillis()),
                overrides: connection.overrides, logger: logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        let inbox = ActionInbox()
        KafkaPump(consumer: consumer, inbox: inbox, logger: logger).start(shouldStop: shouldStop)
        return inbox
    }
}
