import ArgumentParser
import Exchange
import FeedPublishing
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Simulator

/// What the simulated feed plays: which day, which seed, how fast, which part of the day.
struct SimulationOptions: ParsableArguments {
    @Option(help: "Seed of the simulated day; the same seed and date give byte-identical records.", accepting: OptionRanges.seed)
    var seed: UInt64 = 1

    @Option(
        help: "Playback speed: 'max' (as fast as possible), 1 (real time) or a factor such as 60 (a day in ~6 minutes).",
        accepting: OptionRanges.pace)
    var pace: Pace = .factor(1)

    @Option(help: "The simulated trading date in Manila, YYYY-MM-DD (default: today in Manila).")
    var date: String?

    @Option(help: "Start at this Manila time (HH:MM[:SS]); reference data and phase changes before it are still sent.")
    var from: String?

    @Option(help: "Stop after this Manila time (HH:MM[:SS]).")
    var to: String?

    @Option(help: "The trading day's schedule: regular, or half (09:30–12:10 with no recess, as on 24 and 31 December).")
    var schedule: ScheduleName = .regular

    @Option(
        help: "The board to simulate: psei (the 30 constituents) or full (also ~250 thinly traded simulated listings).")
    var board: Board = .psei

    @Option(
        help: "Simulate this many made-up listings (X0001, …) besides the board's, for load tests.",
        accepting: OptionRanges.extraSymbols)
    var extraSymbols = 0

    @Flag(help: "Add odd-lot trades (board \"oddlot\") now and then; off by default, as check-feed accepts whole board lots only.")
    var oddLots = false

    @Flag(help: "Simulate a crash: the market falls steeply in the morning until the circuit breaker halts it (level 1, about 10:30).")
    var crash = false

    func validate() throws {
        try validateCalendarDate(date)
        try validateClockWindow(from: from, to: to)
    }

    /// The `--date`, or today's date in Manila.
    var tradingDate: String {
        date ?? ManilaTime(epochMillis: wallClockMillis()).dateText
    }

    var simulator: MarketSimulator {
        MarketSimulator(
            .init(
                seed: seed, date: tradingDate, schedule: schedule.schedule, board: board, extraSymbols: extraSymbols, oddLots: oddLots,
                crash: crash))!
    }

    /// The part of the day to play; at real time on today's date, paced from this machine's clock `now`, with
    /// a notice for the user when Manila is outside trading hours.
    func window(now: EpochMillis) -> (window: FeedWindow, notice: String?) {
        let (start, end) = (from.flatMap(ManilaTime.secondOfDay(parsing:)), to.flatMap(ManilaTime.secondOfDay(parsing:)))
        let plan = LivePacing.plan(date: tradingDate, pace: pace, from: start, schedule: schedule.schedule, now: now)
        return (FeedWindow(date: tradingDate, from: start, to: end, liveFrom: plan.liveFrom), plan.notice)
    }
}

/// Kafka connection flags shared by every command that talks to a cluster.
struct KafkaOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("bootstrap-servers")],
        help: "Kafka bootstrap servers, HOST:PORT[,HOST:PORT…] (default: the cluster profile's bootstrap_servers).")
    var bootstrap: String?

    @Option(
        name: .customShort("X"),
        help: ArgumentHelp(
            "A librdkafka property passed verbatim, e.g. -X security.protocol=ssl (repeatable; applied after the cluster profile's properties).",
            valueName: "key=value"))
    var properties: [String] = []

    func validate() throws {
        if let bootstrap, let problem = BootstrapServers.problem(in: bootstrap) {
            throw ValidationError("--bootstrap-servers \(problem)")
        }
        if let bad = properties.first(where: { KafkaConfiguration.parseOverride($0) == nil }) {
            // A mistyped secret (sasl.password:…) must not be echoed either.
            let shown = SecretProperty.isSecret(bad) ? String(bad.prefix { $0.isLetter || $0 == "." || $0 == "_" }) + "…" : bad
            throw ValidationError("-X expects key=value, not '\(shown)'")
        }
    }

    var overrides: [(key: String, value: String)] { properties.compactMap(KafkaConfiguration.parseOverride) }
}

/// Where the log goes (never the terminal).
struct LoggingOptions: ParsableArguments {
    @Option(help: "Log file (created with mode 0600). Default: $XDG_STATE_HOME/psei-ticker/psei-ticker.log (~/.local/state/…).")
    var logFile: String?

    /// Routes all logging to the log file and returns its path. A log file that cannot be opened is one warning on
    /// stderr, then no log (never the terminal): logging never stops a command.
    func bootstrap() -> String? {
        let path = logFile ?? LogFile.defaultPath(environment: ProcessInfo.processInfo.environment)
        do {
            let file = try LogFile.open(path: path)
            LoggingSystem.bootstrap { label in FileLogHandler(label: label, file: file) }
            return path
        } catch {
            FileHandle.standardError.write(Data("psei-ticker: warning: not logging: \(error) (--log-file chooses another file)\n".utf8))
            LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
            return nil
        }
    }
}

/// Checks an optional Manila time-of-day option, `HH:MM[:SS]`, naming the option in the error.
func validateClockTime(_ value: String?, option: String) throws {
    if let value, ManilaTime.secondOfDay(parsing: value) == nil {
        throw ValidationError("\(option) must be HH:MM or HH:MM:SS, not '\(value)'")
    }
}

/// Checks `--from` and `--to`, Manila times of day `HH:MM[:SS]`, and that `--from` comes first.
func validateClockWindow(from: String?, to: String?) throws {
    try validateClockTime(from, option: "--from")
    try validateClockTime(to, option: "--to")
    if let from, let to, ManilaTime.secondOfDay(parsing: from)! >= ManilaTime.secondOfDay(parsing: to)! {
        throw ValidationError("--from \(from) must be before --to \(to)")
    }
}

/// Checks an optional `--date`: `YYYY-MM-DD` naming a day that exists (2026-02-30 would otherwise roll over into March).
func validateCalendarDate(_ date: String?) throws {
    guard let date else { return }
    if date.utf8.count == 10, let start = ManilaTime.epochMillis(date: date, secondOfDay: 0),
        ManilaTime(epochMillis: start).dateText == date
    {
        return
    }
    throw ValidationError("--date must be a date that exists, YYYY-MM-DD, not '\(date)'")
}

/// `--schedule`: the name of one of `TradingSchedule.known`.
struct ScheduleName: ExpressibleByArgument {
    static let regular = ScheduleName(schedule: .regular)
    let schedule: TradingSchedule

    private init(schedule: TradingSchedule) { self.schedule = schedule }

    init?(argument: String) {
        guard let schedule = TradingSchedule.known.first(where: { $0.name == argument }) else { return nil }
        self.schedule = schedule
    }

    static var allValueStrings: [String] { TradingSchedule.known.map(\.name) }
    var defaultValueDescription: String { schedule.name }
}

/// `--board`: `psei` or `full`.
extension Board: ExpressibleByArgument {}
