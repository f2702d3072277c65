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
    @OptionGroup var input: DayInputOptions
    @Option(help: "Frame size.", accepting: OptionRanges.frameSize) var size = FrameSize(width: 120, height: 40)
    @Option(
        help:
            "text (plain characters), ansi (SGR colours for the terminal TERM names), html (a standalone page) or svg (a picture, exact in any browser)."
    ) var format: Format = .text
    @Option(help: "Print this stock's own screen (the Enter key), e.g. --stock ALI.") var stock: String?
    @Flag(help: "Show the view as a heatmap (the m key) instead of the index chart and the table.") var heatmap = false
    @Flag(
        help:
            "Show the market's top net buying and selling brokers (the b key) instead of the index chart and the table; with --stock, the stock's brokers in place of its halts."
    ) var brokers = false
    @Flag(help: "Show the day's alerts (the A key) instead of the index chart and the table.") var alerts = false
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if [heatmap, brokers, alerts].filter({ $0 }).count > 1 {
            throw ValidationError("give one of --heatmap, --brokers and --alerts, not more")
        }
        if alerts && stock != nil { throw ValidationError("--alerts lists the whole day's alerts: not with --stock") }
    }

    func run() throws {
        _ = logging.bootstrap()
        let logger = Logger(label: "snapshot")
        let settings = try config.load()
        let theme = try dashboard.resolveTheme(environment: ProcessInfo.processInfo.environment, settings: settings)
        var state = try input.state(command: "snapshot", settings: settings, logger: logger) {
            try dashboard.initialState(source: $0, settings: settings)
        }
        state.ui.heatmapShown = heatmap
        state.ui.brokersShown = brokers
        state.ui.alertsShown = alerts
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
}
