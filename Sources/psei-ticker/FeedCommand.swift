import ArgumentParser
import Foundation
import KafkaFeed
import Logging

/// `psei-ticker feed`: the simulated PSE day produced into any Kafka cluster.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Produce the simulated PSE trading day into a Kafka cluster (schema v1, five topics).",
        discussion: "Records carry their event time as the Kafka timestamp. Prints a summary line on stderr when done."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var simulation: SimulationOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let shutdown = ShutdownSignal()
        _ = try logging.bootstrap()
        let logger = Logger(label: "feed")
        do {
            let producer = try KafkaProducer(bootstrapServers: kafka.bootstrap, overrides: kafka.overrides, logger: logger)
            let runner = FeedRunner(producer: producer, pace: simulation.pace, window: simulation.window, logger: logger)
            let summary = try runner.run(simulation.simulator) { shutdown.isRequested }
            let line = "produced \(summary.records) records in \(String(format: "%.1f", summary.seconds)) s "
                + "(\(Int(summary.rate)) records/s)\n"
            FileHandle.standardError.write(Data(line.utf8))
        } catch let error as KafkaError {
            throw CommandFailure("\(error)")
        }
    }
}
