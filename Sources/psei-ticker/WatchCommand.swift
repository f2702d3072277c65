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
        discussion: "Keys: ↑/↓ or j/k move, PgUp/PgDn page, s/S sort, space pause, ? help, q quit."
    )

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @Option(name: .shortAndLong, help: "Consumer group to join and commit in (default: read without a group, moving no offsets).")
    var group: String?
    @Option(help: "Where to start in each partition: beginning or end.")
    var offset: KafkaConsumer.StartOffset = .beginning
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws { _ = try kafka.requiredBootstrap() }

    func run() throws {
        let bootstrap = try kafka.requiredBootstrap()
        let shutdown = ShutdownSignal()
        let logPath = try logging.bootstrap()
        let logger = Logger(label: "watch")
        let environment = ProcessInfo.processInfo.environment
        let theme = try dashboard.resolveTheme(environment: environment)
        let consumer: KafkaConsumer
        do {
            consumer = try KafkaConsumer(bootstrapServers: bootstrap, topics: topics.topics,
                                         mode: group.map { .group($0) } ?? .viewer, startOffset: offset,
                                         overrides: kafka.overrides, logger: logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        let inbox = ActionInbox()
        KafkaPump(consumer: consumer, inbox: inbox, logger: logger).start { shutdown.isRequested }
        try runDashboard(state: dashboard.initialState(source: bootstrap), source: inbox, theme: theme,
                         shutdown: shutdown, logPath: logPath, logger: logger)
    }
}

/// Opens the terminal, runs the loop, and restores the terminal however the loop ends.
func runDashboard(state: DashboardState, source: DashboardSource, theme: Theme, shutdown: ShutdownSignal, logPath: String,
                  logger: Logger) throws {
    let environment = ProcessInfo.processInfo.environment
    let terminal: Terminal
    do {
        terminal = try Terminal(theme: theme, environment: environment,
                                crashMessage: "psei-ticker: crashed; the terminal was restored (log: \(logPath))\n")
    } catch let error as TerminalError {
        FileHandle.standardError.write(Data("psei-ticker: \(error)\n".utf8))
        throw ExitCode(2)
    }
    defer { terminal.restore() }
    logger.info("dashboard started with \(terminal.colorDepth) colours")
    DashboardLoop(backend: terminal, source: source, glyphs: Glyphs.forLocale(environment), shouldStop: { shutdown.isRequested }).run(state)
}
