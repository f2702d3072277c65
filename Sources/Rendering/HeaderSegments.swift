import Dashboard
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
    /// clock in the warning role outside the continuous session.
    static func clock(_ state: DashboardState, afterPhase: [Segment] = [], change: [Segment]) -> [Segment] {
        func right(_ order: Int, spacing: Int, _ text: String) -> Segment {
            Segment([Run(text, state.shown.phase == .open ? .header : .warning)], side: .right, order: order, spacing: spacing)
        }
        let clock = state.shownTime.map { Format.clock($0, seconds: true) } ?? "--:--:--"
        let phase = (state.shown.phase?.rawValue ?? "no status").uppercased()
        return [right(0, spacing: 2, phase)] + afterPhase + change.prefix(1) + [right(1, spacing: 2, clock)] + change.dropFirst()
            + [right(2, spacing: 1, "PHT")]
    }
}
