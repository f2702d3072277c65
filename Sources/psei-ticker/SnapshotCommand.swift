import ArgumentParser
import Dashboard
import Foundation
import KafkaFeed
import Logging
import MarketData
import Rendering

/// `psei-ticker snapshot`: reads everything a cluster holds and prints the frame the dashboard would show.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print the dashboard frame for everything in the Kafka topics now, then exit (never touches the terminal).",
        discussion: "Reads every partition up to its end, renders at the data clock of the newest record. Same records, same bytes."
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, ansi, html }

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @Option(help: "Frame size, WIDTHxHEIGHT.") var size: FrameSize = FrameSize(width: 120, height: 40)
    @Option(help: "text (plain characters), ansi (SGR colours) or html (a standalone page).") var format: Format = .text
    @Option(help: "Give up when the cluster has not answered or the topics are not read to their end after this many seconds.")
    var timeout: Double = 30
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        _ = try logging.bootstrap()
        let logger = Logger(label: "snapshot")
        let theme = try dashboard.resolveTheme(environment: ProcessInfo.processInfo.environment)
        var state = dashboard.initialState(source: kafka.bootstrap)
        do {
            let consumer = try KafkaConsumer(bootstrapServers: kafka.bootstrap, topics: topics.topics,
                                             overrides: kafka.overrides, logger: logger)
            let deadline = Date().addingTimeInterval(timeout)
            var connected = false
            var lastProblem = "no answer from \(kafka.bootstrap)"
            while !(connected && consumer.isCaughtUp) {
                guard Date() < deadline else {
                    throw CommandFailure("snapshot gave up after \(Int(timeout)) s: \(lastProblem)")
                }
                let batch = consumer.poll(timeoutMs: 100)
                for event in batch.events {
                    switch event {
                    case .connected: connected = true
                    case .allBrokersDown(let reason), .brokerDown(let reason): lastProblem = reason
                    case .topicMissing(let topic): lastProblem = "topic \(topic) does not exist"
                    case .error(let error): lastProblem = error.description
                    }
                }
                let decoded = batch.records.map(WireCodec.decode)
                for case .failure(let error) in decoded { logger.warning("rejected record: \(error)") }
                Dashboard.reduce(into: &state, action: .records(decoded, receivedAt: 0))
            }
        } catch let error as KafkaError {
            throw CommandFailure("\(error)")
        }
        Dashboard.reduce(into: &state, action: .connection(.snapshot))
        let glyphs = Glyphs.forLocale(ProcessInfo.processInfo.environment)
        let grid = Renderer.render(state, width: size.width, height: size.height, context: RenderContext(glyphs: glyphs))
        let output = switch format {
        case .text: FrameExport.text(grid)
        case .ansi: FrameExport.ansi(grid, theme: theme)
        case .html: FrameExport.html(grid, theme: theme)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// `WIDTHxHEIGHT`, e.g. `120x40`.
struct FrameSize: ExpressibleByArgument {
    let width: Int
    let height: Int

    init(width: Int, height: Int) { self.width = width; self.height = height }

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (1...1000).contains(parts[0]), (1...1000).contains(parts[1]) else { return nil }
        (width, height) = (parts[0], parts[1])
    }

    var defaultValueDescription: String { "\(width)x\(height)" }
}
