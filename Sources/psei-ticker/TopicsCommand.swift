import ArgumentParser
import Foundation
import KafkaFeed
import Logging
import MarketData

/// `psei-ticker topics`: the cluster as `kcat -L` lists it, with watermarks, a group's committed offsets and lag,
/// and the records/s and bytes/s measured over a short window.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "List the brokers and the topics' partitions: leader, high watermark, committed offset, lag, records/s, bytes/s.",
        discussion: """
            Like kcat -L, with each partition's high watermark and, for a consumer group (-g), its committed offset and \
            lag (high watermark − committed); records/s and bytes/s are what is written during --interval, read from the \
            end. Brokers show their connection state and round-trip time. The group is only read: it is not joined and \
            no offset moves.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var config: ConfigOptions
    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @OptionGroup var topicWait: TopicWaitOptions
    @Option(
        name: .shortAndLong,
        help: "Consumer group whose committed offsets and lag to show (default: the cluster profile's group, else none).")
    var group: String?
    @Option(help: "Output format.") var format: Format = .table
    @Option(help: "Seconds to measure records/s and bytes/s over.", accepting: OptionRanges.rateWindowSeconds)
    var interval: Double = 1
    @Option(help: "Give up when the cluster has not answered after this many seconds.", accepting: OptionRanges.timeoutSeconds)
    var timeout: Double = 10
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        _ = logging.bootstrap()
        let connection = try config.load().connection(kafka: kafka, topics: topics, group: group)
        let cluster: ClusterSnapshot
        do {
            cluster = try ClusterProbe(
                bootstrapServers: connection.bootstrap, topics: connection.topics, group: connection.group, windowSeconds: interval,
                overrides: connection.overrides, timeoutSeconds: timeout, waitForTopic: topicWait.waitForTopic,
                logger: Logger(label: "topics")
            ).run()
        } catch let error as KafkaDrain.Failure {
            throw CommandFailure("topics \(error)")
        } catch {
            throw CommandFailure("\(error)")
        }
        switch format {
        case .table: print(TopicsTable.text(cluster), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(cluster), as: UTF8.self))
        }
    }
}
