import Dashboard
import Exchange
import MarketData

/// What the main screen's header and a stock's own header share: the change from the previous close (arrow, figure,
/// per cent) and, at the right edge, the market phase, the data clock and the time zone, in one order of priority.
enum HeaderSegments {
    typealias Segment = SegmentedLine.Segment
    typealias Run = SegmentedLine.Run

    /// `▲ +14.47` (at `order`) and `(+0.23%)` (at `order + 1`) in the role of the direction.
    static func change(
        _ change: Price, like reference: Price, percent: Double, direction: Int?, order: Int, context: RenderContext
    ) -> [Segment] {
        let role = context.role(direction)
        let glyphs = context.glyphs
        return [
            Segment(
                [Run("\(context.arrow(direction)) \(Format.signed(change, like: reference, glyphs: glyphs))", role)], side: .left,
                order: order, spacing: 1),
            Segment(
                [Run("(\(Format.percent(percent, glyphs: glyphs).trimmingLeadingSpace))", role)], side: .left, order: order + 1, spacing: 1),
        ]
    }

    /// By priority: the phase, then `afterPhase`, the change, the clock, the per cent, and `PHT`; the phase and the
    /// clock in the warning role outside the continuous session. The countdown (`countdown`) goes between the phase
    /// and the clock. While the live DVR is rewound, `REWOUND 10:42 (live 13:05)` takes the clock's place and comes
    /// before everything else: the market shown is not the live one.
    static func clock(_ state: DashboardState, afterPhase: [Segment] = [], change: [Segment], glyphs: Glyphs) -> [Segment] {
        let phase =
            circuitBreakerHalt(state, glyphs: glyphs) ?? right(state, order: 0, spacing: 2, state.shown.phase.map(name) ?? "NO STATUS")
        let zone = right(state, order: 3, spacing: 1, "PHT")
        if let rewind = state.rewind {
            let live = state.market.dataClock.time.map { Format.clock($0) } ?? "--:--"
            let rewound = Segment([Run("REWOUND \(Format.clock(rewind.at)) (live \(live))", .rewound)], side: .right, order: 2, spacing: 2)
            return [rewound, phase] + afterPhase + change + [zone]
        }
        let clock = state.shownTime.map { Format.clock($0, seconds: true) } ?? "--:--:--"
        return [phase] + afterPhase + change.prefix(1) + [right(state, order: 2, spacing: 2, clock)] + change.dropFirst() + [zone]
    }

    /// `HALTED · circuit breaker L1 · resumes in 12:04` in the halted role during the circuit breaker's halt: the time
    /// left from the halt's start and its level's length, counted on the time the header shows.
    private static func circuitBreakerHalt(_ state: DashboardState, glyphs: Glyphs) -> Segment? {
        guard state.shown.phase == .halted, let halt = state.shown.halt, let level = halt.level, let resumes = halt.resumes
        else { return nil }
        var parts = ["HALTED", "circuit breaker \(level.name)"]
        if let time = state.shownTime { parts.append("resumes in \(Format.duration(seconds: Int((resumes - time) / 1000)))") }
        return Segment([Run(parts.joined(separator: glyphs.separator), .halted)], side: .right, order: 0, spacing: 2)
    }

    /// `L1 at 5,758.29` in the warning role, left of the phase, while the PSEi is within two points of the circuit
    /// breaker's next level (`MarketState.circuitBreakerApproaching`): the index level at which it halts the market.
    static func circuitBreakerApproach(_ state: DashboardState) -> [Segment] {
        guard let level = state.shown.circuitBreakerApproaching, let close = state.shown.psei.previousClose else { return [] }
        let threshold = level.threshold(previousClose: close).formatted(decimals: 2, grouping: true)
        return [Segment([Run("\(level.name) at \(threshold)", .warning)], side: .right, order: -1, spacing: 2)]
    }

    /// `PRE-CLOSE in 4:12`: the next phase of the day's schedule (or its no-cancel part) and the time left until it,
    /// from the time the header shows; to be placed last in a line's priority, so a narrow header drops it first.
    /// None before the first record or from the close on.
    static func countdown(_ state: DashboardState) -> [Segment] {
        guard let time = state.shownTime else { return [] }
        let now = ManilaTime(epochMillis: time).secondOfDay
        guard let next = state.shown.schedule.milestone(after: now) else { return [] }
        let what = next.noCancel ? "NO-CANCEL" : next.phase == .closed ? "CLOSE" : name(next.phase)
        return [right(state, order: 1, spacing: 2, "\(what) in \(Format.duration(seconds: next.secondOfDay - now))")]
    }

    /// A phase as the header names it: `PRE-OPEN`, `OPEN`, `RECESS`, `PRE-CLOSE`, `RUN-OFF`, `CLOSED`, `HALTED`,
    /// `SUSPENDED`.
    static func name(_ phase: MarketPhase) -> String {
        switch phase {
        case .preopen: "PRE-OPEN"
        case .preclose: "PRE-CLOSE"
        case .runoff: "RUN-OFF"
        case .open, .recess, .closed, .halted, .suspended: phase.rawValue.uppercased()
        }
    }

    /// A segment at the right edge, in the header's role during the continuous session and the warning role outside.
    private static func right(_ state: DashboardState, order: Int, spacing: Int, _ text: String) -> Segment {
        Segment([Run(text, state.shown.phase == .open ? .header : .warning)], side: .right, order: order, spacing: spacing)
    }
}
