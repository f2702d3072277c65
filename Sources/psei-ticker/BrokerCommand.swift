import ArgumentParser
import FeedPublishing
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData

/// `psei-ticker broker`: the embedded Kafka broker, optionally with the simulated feed playing into it.
struct BrokerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broker",
        abstract: "Run an embedded Kafka broker (librdkafka's mock cluster) on 127.0.0.1.",
        discussion: """
            Prints one line, bootstrap.servers=HOST:PORT[,…], then runs until SIGINT or SIGTERM. Creates the \
            topics pse.trades, pse.quotes, pse.index, pse.status and pse.ref. The mock broker keeps only about \
            5 MiB or 100,000 message sets per partition and silently drops older data, hence 16 partitions by \
            default. Any Kafka client can connect, e.g. kcat -C -b <bootstrap> -t pse.trades.
            """
    )

    @Option(help: "Number of brokers in the cluster (ids 1…N).", accepting: OptionRanges.brokers)
    var brokersCount = 1

    @Option(help: "Partitions per topic (the mock broker retains ~5 MiB per partition).", accepting: OptionRanges.partitions)
    var partitions = 16

    @Flag(help: "Play the simulated PSE day into the broker through a real Kafka producer.")
    var feed = false

    @OptionGroup var simulation: SimulationOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let shutdown = ShutdownSignal()
        _ = logging.bootstrap()
        let logger = Logger(label: "broker")
        let broker: EmbeddedBroker
        do {
            broker = try EmbeddedBroker(brokers: brokersCount, partitions: partitions, logger: logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        print("bootstrap.servers=\(broker.bootstrapServers)")
        fflush(nil)
        logger.info("embedded broker at \(broker.bootstrapServers)")

        if feed {
            let producer: KafkaProducer
            do {
                producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
            } catch {
                throw CommandFailure("\(error)")
            }
            let runner = FeedRunner(producer: producer, pace: simulation.pace, logger: logger)
            let simulator = simulation.simulator
            let (window, notice) = simulation.window(now: wallClockMillis())
            if let notice { FileHandle.standardError.write(Data("psei-ticker: \(notice)\n".utf8)) }
            let thread = Thread {
                do {
                    let summary = try runner.run(simulator, window: window) { shutdown.isRequested }
                    logger.info("simulated day complete: \(summary.records) records, \(Int(summary.rate)) rec/s")
                } catch {
                    logger.error("feed failed: \(error)")
                }
            }
            thread.name = "feed"
            thread.start()
        }
        shutdown.wait()
        logger.info("broker shutting down")
    }
}
