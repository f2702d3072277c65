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
        func right(_ order: Int, spacing: Int, _ text: String) -> SegmentedLine.Segment {
            SegmentedLine.Segment(
                [Run(text, state.shown.phase == .open ? .header : .warning)], side: .right, order: order, spacing: spacing)
        }
        let symbol = left(0, spacing: 0, Run(stock.symbol.code, .header))
        var price: [SegmentedLine.Segment] = []
        if let last = stock.last {
            price.append(left(2, spacing: 4, Run(Format.price(last, width: .max, glyphs: glyphs), .header)))
            if let change = stock.change, let percent = stock.changePercent {
                let role = context.role(stock.direction)
                price.append(
                    left(3, spacing: 1, Run("\(context.arrow(stock.direction)) \(Format.signed(change, like: last, glyphs: glyphs))", role))
                )
                price.append(left(4, spacing: 1, Run("(\(Format.percent(percent, glyphs: glyphs).trimmingLeadingSpace))", role)))
            }
        } else if let close = stock.previousClose {
            price.append(left(2, spacing: 4, Run("prev close ", .label), Run(Format.price(close, width: .max, glyphs: glyphs), .header)))
        } else {
            price.append(left(2, spacing: 4, Run("no trades yet", .label)))
        }
        let halt = stock.halt.map {
            left(5, spacing: 3, Run("\($0.phase == .halted ? "HALTED" : "SUSPENDED") since \(Format.clock($0.since))", .halted))
        }
        let clock = state.shownTime.map { Format.clock($0, seconds: true) } ?? "--:--:--"
        let phase = (state.shown.phase?.rawValue ?? "no status").uppercased()
        var about: [String] = []
        if let name = stock.name, !name.isEmpty {
            about.append(Format.truncated(TerminalSafe.sanitize(name), width: nameWidth, glyphs: glyphs))
        }
        if let sector = stock.sector, !sector.isEmpty { about.append(TerminalSafe.sanitize(sector)) }
        if let weight = PSERules.constituents.first(where: { $0.symbol == stock.symbol })?.weightPercent {
            about.append("PSEi weight ~\(Format.fixed(weight, decimals: 1))%")
        }
        let description = about.isEmpty ? [] : [left(1, spacing: 2, Run(about.joined(separator: glyphs.separator), .label))]
        // By priority: the symbol, the price, the phase, a halt, the change, the clock, the per cent, the time zone.
        var segments: [SegmentedLine.Segment] = [symbol, price[0], right(0, spacing: 2, phase)]
        if let halt { segments.append(halt) }
        segments += price.dropFirst().prefix(1)
        segments.append(right(1, spacing: 2, clock))
        segments += price.dropFirst(2)
        segments.append(right(2, spacing: 1, "PHT"))
        return segments + description
    }
}
