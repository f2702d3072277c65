import Dashboard
import Exchange
import MarketData

/// The stock screen's line 1: the symbol, its last price with the change from the previous close (or the previous
/// close before any trade), a halt in force, the market phase and data time (PHT) against the right edge, then as
/// width allows its name, sector and PSEi weight. Each is a segment kept whole or dropped whole.
enum StockHeader {
    /// The longest name shown; longer ones end in an ellipsis.
    static let nameWidth = 34

    static func line(_ stock: StockState, state: DashboardState, context: RenderContext) -> SegmentedLine {
        SegmentedLine(margin: 1, segments: segments(stock, state: state, context: context))
    }

    private static func segments(_ stock: StockState, state: DashboardState, context: RenderContext) -> [SegmentedLine.Segment] {
        let glyphs = context.glyphs
        typealias Run = SegmentedLine.Run
        func left(_ order: Int, spacing: Int, _ runs: Run...) -> SegmentedLine.Segment {
            SegmentedLine.Segment(runs, side: .left, order: order, spacing: spacing)
        }
        let symbol = left(0, spacing: 0, Run(stock.symbol.code, .header))
        var price: [SegmentedLine.Segment] = []
        if let last = stock.last {
            price.append(left(2, spacing: 4, Run(Format.price(last, width: .max, glyphs: glyphs), .header)))
            if let change = stock.change, let percent = stock.changePercent {
                price += HeaderSegments.change(change, like: last, percent: percent, direction: stock.direction, order: 3, context: context)
            }
        } else if let close = stock.previousClose {
            price.append(left(2, spacing: 4, Run("prev close ", .label), Run(Format.price(close, width: .max, glyphs: glyphs), .header)))
        } else {
            price.append(left(2, spacing: 4, Run("no trades yet", .label)))
        }
        let halt = stock.halt.map {
            left(5, spacing: 3, Run("\($0.phase == .halted ? "HALTED" : "SUSPENDED") since \(Format.clock($0.since))", .halted))
        }
        var about: [String] = []
        if let name = stock.name, !name.isEmpty {
            about.append(Format.truncated(TerminalSafe.sanitize(name), width: nameWidth, glyphs: glyphs))
        }
        if let sector = stock.sector, !sector.isEmpty { about.append(TerminalSafe.sanitize(sector)) }
        if let weight = PSERules.constituent(stock.symbol)?.weightPercent {
            about.append("PSEi weight ~\(Format.fixed(weight, decimals: 1))%")
        }
        let description = about.isEmpty ? [] : [left(1, spacing: 2, Run(about.joined(separator: glyphs.separator), .label))]
        // By priority: the symbol, the price, the phase, a halt, the change, the clock, the per cent, the time zone, the
        // description, the countdown.
        let segments =
            [symbol, price[0]]
            + HeaderSegments.clock(
                state, afterPhase: halt.map { [$0] } ?? [], change: Array(price.dropFirst()), glyphs: glyphs)
        return segments + description + HeaderSegments.countdown(state)
    }
}
