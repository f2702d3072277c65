import ArgumentParser
import Dashboard
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Recording
import Rendering

/// `psei-ticker snapshot`: the frame the dashboard would show, from a cluster's topics or a recorded session.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print the dashboard frame for what the Kafka topics (or a recorded session) hold, then exit.",
        discussion: """
            With -b, reads every partition up to its end; with --replay, reads the session up to --at (default: \
            its end). Renders at the data clock of the newest record. Never touches the terminal; the same \
            records give the same bytes.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, ansi, html }

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @OptionGroup var topicWait: TopicWaitOptions
    @Option(help: "Read this recorded session (.jsonl or .jsonl.gz) instead of a cluster.") var replay: String?
    @Option(help: "With --replay: the Manila time of the frame, HH:MM[:SS] (default: the end of the session).")
    var at: String?
    @Option(help: "Frame size.", accepting: OptionRanges.frameSize) var size = FrameSize(width: 120, height: 40)
    @Option(help: "text (plain characters), ansi (SGR colours) or html (a standalone page).") var format: Format = .text
    @Option(help: "Give up when the cluster has not answered or the topics are not read to their end after this many seconds.",
            accepting: OptionRanges.timeoutSeconds)
    var timeout: Double = 30
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard (kafka.bootstrap == nil) != (replay == nil) else {
            throw ValidationError("give either -b BOOTSTRAP (a cluster) or --replay FILE (a recorded session)")
        }
        try validateClockTime(at, option: "--at")
        if at != nil && replay == nil { throw ValidationError("--at needs --replay") }
    }

    func run() throws {
        _ = logging.bootstrap()
        let logger = Logger(label: "snapshot")
        let theme = try dashboard.resolveTheme(environment: ProcessInfo.processInfo.environment)
        var state: DashboardState
        if let replay {
            state = try stateFromSession(replay, logger: logger)
        } else {
            state = try stateFromCluster(kafka.requiredBootstrap(), logger: logger)
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

    private func stateFromCluster(_ bootstrap: String, logger: Logger) throws -> DashboardState {
        var state = dashboard.initialState(source: bootstrap)
        do {
            let consumer = try KafkaConsumer(bootstrapServers: bootstrap, topics: topics.topics,
                                             overrides: kafka.overrides, logger: logger)
            try KafkaDrain(consumer: consumer, bootstrap: bootstrap, timeoutSeconds: timeout, waitForTopic: topicWait.waitForTopic).run { batch in
                Dashboard.reduce(into: &state, action: .records(decode(batch.records, logger: logger), receivedAt: 0))
            }
        } catch let error as KafkaError {
            throw CommandFailure("\(error)")
        } catch let error as CommandFailure {
            throw CommandFailure("snapshot \(error)")
        }
        return state
    }

    /// The state after every record of the session whose time is at or before `--at`.
    private func stateFromSession(_ path: String, logger: Logger) throws -> DashboardState {
        let reader: SessionReader
        do { reader = try SessionReader(path: path) } catch { throw CommandFailure("\(error)") }
        var state = dashboard.initialState(source: URL(fileURLWithPath: path).lastPathComponent)
        var end: EpochMillis?
        var batch: [FeedRecord] = []
        for record in reader {
            if let at, end == nil {
                let date = ManilaTime(epochMillis: record.timestamp).dateText
                end = ManilaTime.epochMillis(date: date, secondOfDay: ManilaTime.secondOfDay(parsing: at)!)
            }
            // A session holds records in the order they were consumed (partition by partition), not in time order.
            if let end, record.timestamp > end { continue }
            batch.append(record)
            if batch.count == 10_000 {
                Dashboard.reduce(into: &state, action: .records(decode(batch, logger: logger), receivedAt: 0))
                batch.removeAll(keepingCapacity: true)
            }
        }
        Dashboard.reduce(into: &state, action: .records(decode(batch, logger: logger), receivedAt: 0))
        for warning in reader.warnings { FileHandle.standardError.write(Data("psei-ticker: warning: \(warning)\n".utf8)) }
        if let error = reader.error { throw CommandFailure("\(error)") }
        return state
    }
}
