import ArgumentParser
import FeedPublishing
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Simulator

/// `psei-ticker demo`: the embedded broker, the simulated day produced into it, and the dashboard reading it,
/// in one process — the real producer, broker protocol and consumer path.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "The dashboard on the embedded broker with the simulated PSE day (what `make demo` runs).",
        discussion: KeyMap.helpText(mode: .live)
    )

    @Option(help: "Playback speed: 'max', 1 (real time) or a factor (60 plays the day in ~6 minutes).", accepting: OptionRanges.pace)
    var pace: Pace = .factor(60)
    @Option(help: "Seed of the simulated day.", accepting: OptionRanges.seed) var seed: UInt64 = 1
    @Option(help: "Start of the day to play, Manila time (default 09:29:50, just before the open).")
    var from = "09:29:50"
    @Option(help: "The board to simulate: full (the constituents and ~250 thinly traded simulated listings) or psei.")
    var board: Board = .full
    @Flag(help: "Simulate a crash: the market falls steeply in the morning until the circuit breaker halts it (level 1, about 10:30).")
    var crash = false
    @OptionGroup var config: ConfigOptions
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var alertDelivery: AlertDeliveryOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        try validateClockTime(from, option: "--from")
    }

    func run() throws {
        let settings = try config.load()
        let session = try DashboardSession(
            label: "demo", logging: logging, dashboard: dashboard, delivery: alertDelivery, settings: settings)
        let (logger, shutdown) = (session.logger, session.shutdown)
        let date = ManilaTime(epochMillis: wallClockMillis()).dateText
        let inbox = ActionInbox()
        let broker: EmbeddedBroker
        do {
            broker = try EmbeddedBroker(logger: logger)
            let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
            let consumer = try KafkaConsumer(
                bootstrapServers: broker.bootstrapServers,
                overrides: EmbeddedBroker.consumerOverrides, logger: logger)
            let window = FeedWindow(date: date, from: ManilaTime.secondOfDay(parsing: from), to: nil)
            let runner = FeedRunner(producer: producer, pace: pace, logger: logger)
            let simulator = MarketSimulator(.init(seed: seed, date: date, board: board, oddLots: true, crash: crash))!
            let feed = Thread {
                do { _ = try runner.run(simulator, window: window) { shutdown.isRequested } } catch {
                    logger.error("feed failed: \(error)")
                }
            }
            feed.name = "feed"
            feed.start()
            KafkaPump(consumer: consumer, inbox: inbox, logger: logger).start { shutdown.isRequested }
        } catch {
            throw CommandFailure("\(error)")
        }
        let source = "embedded \(broker.bootstrapServers) · simulated day ×\(pace)"
        try session.run(dashboard.initialState(source: source, settings: settings), source: LiveDVR(inbox))
        withExtendedLifetime(broker) {}
    }
}
