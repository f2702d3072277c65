/// The phases of a PSE trading day in Asia/Manila time, as a table of start times.
public struct TradingSchedule: Hashable, Sendable {
    /// A phase that starts at `secondOfDay` (Manila) and lasts until the next transition.
    public struct Transition: Hashable, Sendable {
        public let secondOfDay: Int
        public let phase: MarketPhase
    }

    public let transitions: [Transition]

    /// The regular full day (in force since 2022-03-01): pre-open 09:00, open 09:30, recess 12:00–13:00,
    /// pre-close 14:45, run-off 14:50, close 15:00. The 09:15 and 14:48 no-cancel sub-phases are part of
    /// pre-open and pre-close here.
    public static let regular = TradingSchedule([
        ("09:00", .preopen), ("09:30", .open), ("12:00", .recess), ("13:00", .open),
        ("14:45", .preclose), ("14:50", .runoff), ("15:00", .closed),
    ])

    /// The half day (e.g. 24 and 31 December): open 09:30, pre-close 11:55, run-off 12:00, close 12:10.
    public static let halfDay = TradingSchedule([
        ("09:00", .preopen), ("09:30", .open), ("11:55", .preclose), ("12:00", .runoff), ("12:10", .closed),
    ])

    private init(_ table: [(String, MarketPhase)]) {
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
}

extension PSERules {
    /// The market phase at an instant on a regular trading day.
    public static func phase(at instant: EpochMillis, schedule: TradingSchedule = .regular) -> MarketPhase {
        schedule.phase(at: instant)
    }
}
