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

    /// A moment the rules of the day change: a phase begins or, when `noCancel`, the part of it begins in which
    /// orders may still be entered but no longer modified or cancelled (pre-open 09:15, pre-close 14:48).
    public struct Milestone: Hashable, Sendable {
        public let secondOfDay: Int
        public let phase: MarketPhase
        public let noCancel: Bool
    }

    public let transitions: [Transition]
    /// The transitions and the no-cancel parts of phases, in time order: what the header counts down to.
    public let milestones: [Milestone]
    /// The breaks in trading between the open and the close (the lunch recess), kept with the transitions they come
    /// from: a chart asks for every column it draws.
    public let recesses: [Range<Int>]
    /// `regular` or `half`, as `--schedule` takes it.
    public let name: String

    /// The regular full day (in force since 2022-03-01): pre-open 09:00 (no-cancel 09:15), open 09:30, recess
    /// 12:00–13:00, pre-close 14:45 (no-cancel 14:48), run-off 14:50, close 15:00.
    public static let regular = TradingSchedule(
        "regular",
        [
            ("09:00", .preopen), ("09:30", .open), ("12:00", .recess), ("13:00", .open),
            ("14:45", .preclose), ("14:50", .runoff), ("15:00", .closed),
        ],
        noCancel: ["09:15", "14:48"])

    /// The half day (e.g. 24 and 31 December): pre-open 09:00 (no-cancel 09:15), open 09:30, pre-close 11:55
    /// (no-cancel 11:58), run-off 12:00, close 12:10.
    public static let halfDay = TradingSchedule(
        "half",
        [
            ("09:00", .preopen), ("09:30", .open), ("11:55", .preclose), ("12:00", .runoff), ("12:10", .closed),
        ],
        noCancel: ["09:15", "11:58"])

    /// Every schedule the exchange runs; the longest (regular) bounds the day's series.
    public static let known = [regular, halfDay]

    /// `noCancel` lists the times a phase's no-cancel part begins; each falls inside the phase begun before it.
    private init(_ name: String, _ table: [(String, MarketPhase)], noCancel: [String]) {
        self.name = name
        let transitions = table.map { Transition(secondOfDay: ManilaTime.secondOfDay(parsing: $0.0)!, phase: $0.1) }
        self.transitions = transitions
        let parts = noCancel.map { time in
            let second = ManilaTime.secondOfDay(parsing: time)!
            return Milestone(secondOfDay: second, phase: transitions.last { $0.secondOfDay <= second }!.phase, noCancel: true)
        }
        milestones = (transitions.map { Milestone(secondOfDay: $0.secondOfDay, phase: $0.phase, noCancel: false) } + parts)
            .sorted { $0.secondOfDay < $1.secondOfDay }
        recesses = zip(transitions, transitions.dropFirst()).filter { $0.0.phase == .recess }.map { $0.0.secondOfDay..<$0.1.secondOfDay }
    }

    /// The first milestone after a Manila second of the day (the next phase or no-cancel part, and when it starts);
    /// nil from the close on.
    public func milestone(after second: Int) -> Milestone? {
        milestones.first { $0.secondOfDay > second }
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
