import MarketData

/// The phases of a PSE trading day in Asia/Manila time, as a table of start times: the one owner of every time of
/// the trading day (the simulator's phases, the sparkline and chart slots, the chart's axis and recess, the phase
/// shown, replay's "to the open").
public struct TradingSchedule: Hashable, Sendable {
    /// A phase that starts at `secondOfDay` (Manila) and lasts until the next transition.
    public struct Transition: Hashable, Sendable {
        public let secondOfDay: Int
        public let phase: MarketPhase
    }

    public let transitions: [Transition]
    /// `regular` or `half`, as `--schedule` takes it.
    public let name: String

    /// The regular full day (in force since 2022-03-01): pre-open 09:00, open 09:30, recess 12:00–13:00,
    /// pre-close 14:45, run-off 14:50, close 15:00. The 09:15 and 14:48 no-cancel sub-phases are part of
    /// pre-open and pre-close here.
    public static let regular = TradingSchedule(
        "regular",
        [
            ("09:00", .preopen), ("09:30", .open), ("12:00", .recess), ("13:00", .open),
            ("14:45", .preclose), ("14:50", .runoff), ("15:00", .closed),
        ])

    /// The half day (e.g. 24 and 31 December): open 09:30, pre-close 11:55, run-off 12:00, close 12:10.
    public static let halfDay = TradingSchedule(
        "half",
        [
            ("09:00", .preopen), ("09:30", .open), ("11:55", .preclose), ("12:00", .runoff), ("12:10", .closed),
        ])

    /// Every schedule the exchange runs; the longest (regular) bounds the day's series.
    public static let known = [regular, halfDay]

    private init(_ name: String, _ table: [(String, MarketPhase)]) {
        self.name = name
        transitions = table.map { Transition(secondOfDay: ManilaTime.secondOfDay(parsing: $0.0)!, phase: $0.1) }
    }

    /// The phase in force at a Manila second of the day (`closed` before the pre-open).
    public func phase(atSecondOfDay second: Int) -> MarketPhase {
        transitions.last { $0.secondOfDay <= second }?.phase ?? .closed
    }

    /// The phase in force at an instant (the schedule applies to whichever Manila date it falls on).
    public func phase(at instant: EpochMillis) -> MarketPhase {
        phase(atSecondOfDay: ManilaTime(epochMillis: instant).secondOfDay)
    }

    /// The first pre-open second and the close.
    public var opens: Int { transitions.first!.secondOfDay }
    public var closes: Int { transitions.last!.secondOfDay }
    /// The first second of continuous trading (the open, 09:30).
    public var continuousOpen: Int { transitions.first { $0.phase == .open }!.secondOfDay }
    /// Minutes from the open to the close.
    public var sessionMinutes: Int { (closes - continuousOpen) / 60 }

    /// The breaks in trading between the open and the close (the lunch recess).
    public var recesses: [Range<Int>] {
        zip(transitions, transitions.dropFirst()).filter { $0.0.phase == .recess }.map { $0.0.secondOfDay..<$0.1.secondOfDay }
    }

    /// The times a chart of the day labels: the open, each hour after it, both ends of a recess, each hour after a
    /// recess, and the close (regular: 09:30 10:30 11:30 12:00 13:00 14:00 15:00).
    public var axisTicks: [Int] {
        var ticks: [Int] = []
        var start = continuousOpen
        for recess in recesses + [closes..<closes] {
            ticks += stride(from: start, to: recess.lowerBound, by: 3600)
            ticks.append(recess.lowerBound)
            if recess.upperBound != recess.lowerBound { ticks.append(recess.upperBound) }
            start = recess.upperBound + 3600
        }
        return ticks
    }

    /// The schedule a market phase change at `instant` shows the day follows: this one when it has that change
    /// then, else the known schedule that has it (a pre-close at 11:55 is a half day), else still this one.
    public func confirmed(by phase: MarketPhase, at instant: EpochMillis) -> TradingSchedule {
        let second = ManilaTime(epochMillis: instant).secondOfDay
        if begins(phase, atSecondOfDay: second) { return self }
        return Self.known.first { $0.begins(phase, atSecondOfDay: second) } ?? self
    }

    /// True when this schedule has `phase` begin at `secondOfDay`.
    public func begins(_ phase: MarketPhase, atSecondOfDay second: Int) -> Bool {
        transitions.contains { $0.phase == phase && $0.secondOfDay == second }
    }
}

extension PSERules {
    /// The market phase at an instant on a regular trading day.
    public static func phase(at instant: EpochMillis, schedule: TradingSchedule = .regular) -> MarketPhase {
        schedule.phase(at: instant)
    }
}
