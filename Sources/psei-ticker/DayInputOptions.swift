import ArgumentParser
import Dashboard
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData

/// Where a command that shows the market at one moment reads it from (`snapshot`, `wrap`): a cluster's topics, every
/// partition up to its end (`-b`), or a recorded session up to `--at` (default: its end).
struct DayInputOptions: ParsableArguments {
    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @OptionGroup var topicWait: TopicWaitOptions
    @Option(help: "Read this recorded session (.jsonl or .jsonl.gz) instead of a cluster.") var replay: String?
    @Option(help: "With --replay: the Manila time to stop at, HH:MM[:SS] (default: the end of the session).")
    var at: String?
    @OptionGroup var session: SessionOptions
    @Option(
        help: "Give up when the cluster has not answered or the topics are not read to their end after this many seconds.",
        accepting: OptionRanges.timeoutSeconds)
    var timeout: Double = 30

    func validate() throws {
        guard kafka.bootstrap == nil || replay == nil else {
            throw ValidationError("give either -b BOOTSTRAP (a cluster) or --replay FILE (a recorded session), not both")
        }
        try validateClockTime(at, option: "--at")
        if at != nil && replay == nil { throw ValidationError("--at needs --replay") }
    }

    /// The state after every record read, starting from `initial(source name)`; the connection is then a snapshot
    /// (at `--at` when given, so the header shows the moment asked for). `command` names the command in a failure.
    func state(
        command: String, settings: LoadedSettings, logger: Logger, initial: (String) throws -> DashboardState
    ) throws -> DashboardState {
        if let replay { return try stateFromSession(replay, logger: logger, initial: initial) }
        let connection = try settings.connection(kafka: kafka, topics: topics)
        var state = try initial(connection.bootstrap)
        do {
            let consumer = try KafkaConsumer(
                bootstrapServers: connection.bootstrap, topics: connection.topics,
                overrides: connection.overrides, logger: logger)
            try KafkaDrain(
                consumer: consumer, bootstrap: connection.bootstrap, timeoutSeconds: timeout, waitForTopic: topicWait.waitForTopic
            ).run(prepare: { decode($0.records, logger: logger) }) { decoded in
                Dashboard.reduce(into: &state, action: .records(decoded, receivedAt: 0))
            }
        } catch let error as KafkaError {
            throw CommandFailure("\(error)")
        } catch let error as KafkaDrain.Failure {
            throw CommandFailure("\(command) \(error)")
        }
        Dashboard.reduce(into: &state, action: .connection(.snapshot(at: nil)))
        return state
    }

    /// The state after every record of the session in effect at `--at` (default: the end), in effect order.
    private func stateFromSession(_ path: String, logger: Logger, initial: (String) throws -> DashboardState) throws
        -> DashboardState
    {
        var state = try initial(URL(fileURLWithPath: path).lastPathComponent)
        let end = try session.replay(path, through: at, logger: logger) {
            Dashboard.reduce(into: &state, action: .records($0, receivedAt: 0))
        }
        Dashboard.reduce(into: &state, action: .connection(.snapshot(at: at == nil ? nil : end)))
        return state
    }
}
