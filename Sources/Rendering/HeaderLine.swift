import Dashboard
import MarketData

/// Line 1: the PSEi with its change, the market phase (with the circuit breaker's halt, or its next level when the PSEi
/// nears it) and data time (PHT) against the right edge, then as width allows the PSEi's feed level against its
/// computed one when they disagree, breadth, value traded, net foreign buying, open/high/low, a breadth bar and the
/// countdown to the next phase. Each is a segment kept whole or dropped whole.
public enum HeaderLine {
    /// The header with a blank at each end; its segments, most important first: the index level, the phase, the
    /// change, the clock, the change in per cent, the time zone, a feed/computed disagreement, breadth, value traded,
    /// open/high/low, the breadth bar, net foreign buying, the countdown to the next phase.
    /// `totals` are the shown market's (`state.shown.totals`), which the frame gathers once.
    public static func line(_ state: DashboardState, totals: MarketTotals, context: RenderContext) -> SegmentedLine {
        SegmentedLine(margin: 1, segments: segments(state, totals: totals, context: context))
    }

    private static func segments(_ state: DashboardState, totals: MarketTotals, context: RenderContext) -> [SegmentedLine.Segment] {
        let psei = state.shown.psei
        let glyphs = context.glyphs
        typealias Run = SegmentedLine.Run
        func left(_ order: Int, spacing: Int, _ runs: Run...) -> SegmentedLine.Segment {
            SegmentedLine.Segment(runs, side: .left, order: order, spacing: spacing)
        }
        let level = left(
            0, spacing: 0, Run("PSEi ", .header),
            psei.value.map { Run($0.formatted(decimals: 2, grouping: true), .header) } ?? Run("waiting for index data", .label))
        var change: [SegmentedLine.Segment] = []
        if let value = psei.value, let difference = psei.change, let percent = psei.changePercent {
            change = HeaderSegments.change(
                difference, like: value, percent: percent, direction: Int(difference.units.signum()), order: 1, context: context)
        }
        var openHighLow: [SegmentedLine.Segment] = []
        if let open = psei.open, let high = psei.high, let low = psei.low {
            let runs = [("O", open), ("H", high), ("L", low)].enumerated().flatMap { index, entry in
                [Run((index == 0 ? "" : "  ") + entry.0 + " ", .label), Run(entry.1.formatted(decimals: 2, grouping: true), .normal)]
            }
            openHighLow = [SegmentedLine.Segment(runs, side: .left, order: 3, spacing: 3)]
        }
        let discrepancy = state.shown.pseiDiscrepancy.map { found in
            left(
                2, spacing: 3,
                Run(
                    "PSEi feed \(found.feed.formatted(decimals: 2, grouping: true)) \(glyphs.braille ? "≠" : "!=") computed "
                        + Format.points(found.computed, signed: false, glyphs: glyphs), .warning))
        }
        let breadth = totals.breadth
        let breadthCounts = left(
            4, spacing: 3, Run("\(glyphs.up)\(breadth.advances)", .up), Run(" \(glyphs.down)\(breadth.declines)", .down),
            Run(" \(glyphs.unchanged)\(breadth.unchanged)", .unchanged))
        let bar = breadthBar(breadth, glyphs: glyphs).map { [SegmentedLine.Segment($0, side: .left, order: 5, spacing: 1)] } ?? []
        let valueTraded = left(6, spacing: 3, Run("Value \(Format.money(totals.valueUnits, glyphs: glyphs))", .normal))
        let clock = HeaderSegments.clock(state, afterPhase: HeaderSegments.circuitBreakerApproach(state), change: change, glyphs: glyphs)
        return [level] + clock + [discrepancy].compactMap { $0 } + [breadthCounts, valueTraded]
            + ForeignFlowText.headerSegment(state.shown.foreignTotal, order: 7, context: context) + openHighLow + bar
            + HeaderSegments.countdown(state)
    }

    static func draw(_ state: DashboardState, totals: MarketTotals, into grid: inout CellGrid, y: Int, context: RenderContext) {
        line(state, totals: totals, context: context).draw(into: &grid, y: y)
    }
}

/// Advances, declines and unchanged as one 12-cell bar, each part in its own role and glyph (so the bar reads
/// without colour); nil before any stock has traded.
private func breadthBar(_ breadth: (advances: Int, declines: Int, unchanged: Int), glyphs: Glyphs) -> [SegmentedLine.Run]? {
    let total = breadth.advances + breadth.declines + breadth.unchanged
    guard total > 0 else { return nil }
    let width = 12
    let up = (breadth.advances * width + total / 2) / total
    let down = min((breadth.declines * width + total / 2) / total, width - up)
    return [
        SegmentedLine.Run(String(repeating: glyphs.braille ? "█" : "#", count: up), .up),
        SegmentedLine.Run(String(repeating: glyphs.braille ? "▒" : "=", count: down), .down),
        SegmentedLine.Run(String(repeating: glyphs.braille ? "░" : ".", count: width - up - down), .unchanged),
    ]
}

extension String {
    var trimmingLeadingSpace: String { first == " " ? String(dropFirst()) : self }
}
