import ArgumentParser
import Foundation
import LiveDashboard
import Logging
import MarketData
import Recording
import Simulator

/// `psei-ticker replay`: the full dashboard over a recorded session, with DVR keys.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a recorded session (.jsonl or .jsonl.gz) in the dashboard, with DVR keys.",
        discussion: KeyMap.helpText(mode: .replay)
    )

    @Argument(help: "The session file.") var file: String
    @Option(help: "Playback speed: 'max' or a factor of real time.", accepting: OptionRanges.replaySpeed) var speed: Pace = .factor(1)
    @Option(help: "Start at this Manila time, HH:MM[:SS].") var from: String?
    @OptionGroup var session: SessionOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var dashboard: DashboardOptions
    @OptionGroup var alertDelivery: AlertDeliveryOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        try validateClockTime(from, option: "--from")
    }

    func run() throws {
        let settings = try config.load()
        let run = try DashboardSession(label: "replay", logging: logging, dashboard: dashboard, delivery: alertDelivery, settings: settings)
        let logger = run.logger
        let recorded = try session.read(file) { logger.warning("\($0)") }
        let factor: Double =
            switch speed {
            case .maximum: ReplayFeed.speeds.last!
            case .factor(let value): value
            }
        let now = wallClockMillis()
        let source = ReplaySource(
            session: recorded, speed: factor, from: from.flatMap(ManilaTime.secondOfDay(parsing:)),
            wallNow: now, logger: logger)
        try run.run(
            dashboard.initialState(source: URL(fileURLWithPath: file).lastPathComponent, settings: settings), source: source)
    }
}
