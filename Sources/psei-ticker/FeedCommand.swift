import ArgumentParser
import FeedPublishing
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import Recording
import Simulator

/// `psei-ticker feed`: the simulated PSE day, or a recorded session, produced into any Kafka cluster.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Produce the simulated PSE trading day (or a recorded session) into a Kafka cluster.",
        discussion: """
            Records carry their event time as the Kafka timestamp. With --replay, each record keeps its key, its \
            timestamp and its partition (where the topic has as many; else its key chooses). Prints a summary line on \
            stderr when done.
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var kafka: KafkaOptions
    @Option(help: "Republish this recorded session (.jsonl or .jsonl.gz) instead of simulating a day.")
    var replay: String?
    @Option(help: "With --replay: playback speed, 'max' or a factor of real time.", accepting: OptionRanges.pace)
    var speed: Pace = .factor(1)
    @OptionGroup var simulation: SimulationOptions
    @OptionGroup var session: SessionOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let shutdown = ShutdownSignal()
        _ = logging.bootstrap()
        let logger = Logger(label: "feed")
        let connection = try config.load().connection(kafka: kafka)
        do {
            let producer = try KafkaProducer(bootstrapServers: connection.bootstrap, overrides: connection.overrides, logger: logger)
            let summary: FeedRunner.Summary
            if let replay {
                let reader = try SessionReader(path: replay, allowPartial: session.allowPartial)
                summary = try FeedRunner(producer: producer, pace: speed, logger: logger)
                    .run(reader, keepingPartitions: true) { shutdown.isRequested }
                for warning in reader.warnings { FileHandle.standardError.write(Data("psei-ticker: warning: \(warning)\n".utf8)) }
                if let error = reader.error { throw CommandFailure("\(error) (\(summary.records) records before it were sent)") }
            } else {
                let plan = simulation.window(now: wallClockMillis())
                if let notice = plan.notice { FileHandle.standardError.write(Data("psei-ticker: \(notice)\n".utf8)) }
                summary = try FeedRunner(producer: producer, pace: simulation.pace, logger: logger)
                    .run(simulation.simulator, window: plan.window) { shutdown.isRequested }
            }
            let line =
                "produced \(summary.records) records in \(String(format: "%.1f", summary.seconds)) s "
                + "(\(Int(summary.rate)) records/s)\n"
            FileHandle.standardError.write(Data(line.utf8))
        } catch let error as KafkaError {
            throw CommandFailure("\(error)")
        } catch let error as SessionError {
            throw CommandFailure("\(error)")
        }
    }
}
