import ArgumentParser
import Foundation
import KafkaFeed
import Logging
import MarketData
import Processing

/// `psei-ticker index-processor`: computes the PSEi and the sector indices from pse.ref and pse.trades and
/// publishes them, as one member of a consumer group (docs/DESIGN.md, "The index processor").
struct IndexProcessorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index-processor",
        abstract: "Compute the PSEi and the sector indices from pse.trades and pse.ref and publish them to a topic.",
        discussion: """
            Publishes each index's level at the end of every minute, from the minute of the day's first trade on, as \
            pse.index records (key: the index code) with the idempotent producer; the level is Σ last × shares × free \
            float ÷ divisor over the members, as the dashboard computes it. Instances started with the same --group \
            share the work: each reads some partitions of pse.trades and publishes partial sums to the partials topic \
            (keyed by index code), and the instance given an index's partials partition combines them. Create the \
            partials topic first; its partition count bounds how many instances own indices. Prints one line, \
            index-processor in group GROUP: BOOTSTRAP → OUTPUT, then runs until SIGINT or SIGTERM.
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var kafka: KafkaOptions
    @Option(
        name: .shortAndLong, help: "Consumer group the instances share (not the cluster profile's group: that one is the dashboards').")
    var group = "psei-index-processor"
    @Option(help: "The topic the levels go to.") var output = IndexProcessorTopics.defaultOutput
    @Option(help: "The internal topic of partial sums, keyed by index code.") var partials = IndexProcessorTopics.defaultPartials
    @Option(help: "The trades topic.") var trades = FeedTopic.trades.rawValue
    @Option(help: "The reference data topic.") var reference = FeedTopic.reference.rawValue
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        for (option, topic) in [("--output", output), ("--partials", partials), ("--trades", trades), ("--reference", reference)] {
            if topic.hasPrefix("^") { throw ValidationError("\(option) takes a topic name, not a pattern") }
            if let problem = TopicSelection.problem(with: topic) { throw ValidationError("\(option) '\(topic)' \(problem)") }
        }
        if Set([output, partials, trades, reference]).count < 4 { throw ValidationError("the four topics must differ") }
    }

    func run() throws {
        let shutdown = ShutdownSignal()
        _ = logging.bootstrap()
        let logger = Logger(label: "index-processor")
        let connection = try config.load().connection(kafka: kafka)
        let topics = IndexProcessorTopics(trades: trades, reference: reference, partials: partials, output: output)
        let service = IndexProcessorService(
            bootstrap: connection.bootstrap, group: group, topics: topics, overrides: connection.overrides, logger: logger)
        print("index-processor in group \(group): \(TerminalSafe.sanitize(connection.bootstrap)) → \(output)")
        fflush(nil)
        logger.info("index processor starting in group \(group)")
        do {
            try service.run { shutdown.isRequested }
        } catch let failure as IndexProcessorService.Failure {
            throw CommandFailure(failure.description)
        }
        logger.info("index processor stopped")
    }
}
