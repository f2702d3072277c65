import ArgumentParser
import Dashboard
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Recording
import Rendering
import Settings
import TerminalUI

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
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, ansi, html, svg }

    @OptionGroup var config: ConfigOptions
    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @OptionGroup var topicWait: TopicWaitOptions
    @Option(help: "Read this recorded session (.jsonl or .jsonl.gz) instead of a cluster.") var replay: String?
    @Option(help: "With --replay: the Manila time of the frame, HH:MM[:SS] (default: the end of the session).")
    var at: String?
    @OptionGroup var session: SessionOptions
    @Option(help: "Frame size.", accepting: OptionRanges.frameSize) var size = FrameSize(width: 120, height: 40)
    @Option(
        help:
            "text (plain characters), ansi (SGR colours for the terminal TERM names), html (a standalone page) or svg (a picture, exact in any browser)."
    ) var format: Format = .text
    @Option(
        help: "Give up when the cluster has not answered or the topics are not read to their end after this many seconds.",
        accepting: OptionRanges.timeoutSeconds)
    var timeout: Double = 30
    @Option(help: "Print this stock's own screen (the Enter key), e.g. --stock ALI.") var stock: String?
    @Flag(help: "Show the view as a heatmap (the m key) instead of the index chart and the table.") var heatmap = false
    @Flag(
        help:
            "Show the market's top net buying and selling brokers (the b key) instead of the index chart and the table; with --stock, the stock's brokers in place of its halts."
    ) var brokers = false
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard kafka.bootstrap == nil || replay == nil else {
            throw ValidationError("give either -b BOOTSTRAP (a cluster) or --replay FILE (a recorded session), not both")
        }
        try validateClockTime(at, option: "--at")
        if at != nil && replay == nil { throw ValidationError("--at needs --replay") }
        if heatmap && brokers { throw ValidationError("give either --heatmap or --brokers, not both") }
    }

    func run() throws {
        _ = logging.bootstrap()
        let logger = Logger(label: "snapshot")
        let settings = try config.load()
        let theme = try dashboard.resolveTheme(environment: ProcessInfo.processInfo.environment, settings: settings)
        var state: DashboardState
        if let replay {
            state = try stateFromSession(replay, settings: settings, logger: logger)
        } else {
            state = try stateFromCluster(settings.connection(kafka: kafka, topics: topics), settings: settings, logger: logger)
            Dashboard.reduce(into: &state, action: .connection(.snapshot(at: nil)))
        }
        state.ui.heatmapShown = heatmap
        state.ui.brokersShown = brokers
        if let stock {
            guard let symbol = Symbol(stock.uppercased()), state.shown.stocks[symbol] != nil else {
                throw CommandFailure("--stock: the feed carries no stock '\(TerminalSafe.sanitize(stock))'", exitCode: 1)
            }
            state.ui.stockScreen = symbol
        }
        let environment = ProcessInfo.processInfo.environment
        let depth: ColorDepth =
            switch format {
            case .text: .none
            case .ansi: .ofTerminal(environment: environment)
            case .html, .svg: .trueColor
            }
        let context = RenderContext(
            glyphs: Glyphs.forLocale(environment), columns: settings.settings.columns,
            shadeWithGlyphs: HeatScale.needsGlyphs(theme: theme, depth: depth))
        let grid = Renderer.render(state, width: size.width, height: size.height, context: context)
        let output =
            switch format {
            case .text: FrameExport.text(grid)
            case .ansi: FrameExport.ansi(grid, theme: theme, depth: depth)
            case .html: FrameExport.html(grid, theme: theme)
            case .svg: FrameExport.svg(grid, theme: theme)
            }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func stateFromCluster(_ connection: ClusterConnection, settings: LoadedSettings, logger: Logger) throws -> DashboardState {
        var state = try dashboard.initialState(source: connection.bootstrap, settings: settings)
        do {
            let consumer = try KafkaConsumer(
                bootstrapServers: connection.bootstrap, topics: connection.topics,
                overrides: connection.overrides, logger: logger)
            try KafkaDrain(
                consumer: consumer, bootstrap: connection.bootstrap, timeoutSeconds: timeout, waitForTopic: topicWait.waitForTopic
            ).run {
                batch in
                Dashboard.reduce(into: &state, action: .records(decode(batch.records, logger: logger), receivedAt: 0))
            }
        } catch let error as KafkaError {
            throw CommandFailure("\(error)")
        } catch let error as KafkaDrain.Failure {
            throw CommandFailure("snapshot \(error)")
        }
        return state
    }

    /// The state after every record of the session in effect at `--at` (default: the end), in effect order; the
    /// header then shows the moment asked for.
    private func stateFromSession(_ path: String, settings: LoadedSettings, logger: Logger) throws -> DashboardState {
        let records = try session.read(path) { FileHandle.standardError.write(Data("psei-ticker: warning: \($0)\n".utf8)) }
        let feed = ReplayFeed(records: records, speed: 1, wallNow: 0)
        let end = at.flatMap(ManilaTime.secondOfDay(parsing:)).flatMap(feed.instant(secondOfDay:)) ?? feed.end
        var state = try dashboard.initialState(source: URL(fileURLWithPath: path).lastPathComponent, settings: settings)
        let inEffect = feed.records(through: end)
        for first in stride(from: inEffect.startIndex, to: inEffect.endIndex, by: 10_000) {
            let batch = Array(inEffect[first..<min(first + 10_000, inEffect.endIndex)])
            Dashboard.reduce(into: &state, action: .records(decode(batch, logger: logger), receivedAt: 0))
        }
        Dashboard.reduce(into: &state, action: .connection(.snapshot(at: at == nil ? nil : end)))
        return state
    }
}
