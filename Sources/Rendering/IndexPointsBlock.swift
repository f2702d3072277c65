import Dashboard
import MarketData

/// The side panel's last block, `PSEi points`: the members that pushed the index up the most beside those that
/// dragged it down the most, in index points (`▲ ICT    +6.42   ▼ BDO    −3.10`), one pair a line.
enum IndexPointsBlock {
    /// A line's pusher and dragger (either may be missing).
    struct Line {
        let up: StockState?
        let down: StockState?
    }

    /// The lines the block shows when the panel has `rows` left below the movers' divider: none under four (a
    /// gainer and a loser by per cent come first) or when no stock has moved the index; one line, or two from ten
    /// rows on.
    static func lines(_ stocks: [StockState], rows: Int) -> [Line] {
        guard rows >= 4 else { return [] }
        let count = rows >= 10 ? 2 : 1
        let up = stocks.movers(byPoints: true, count: count), down = stocks.movers(byPoints: false, count: count)
        return (0..<max(up.count, down.count)).map { Line(up: up.element(at: $0), down: down.element(at: $0)) }
    }

    /// Draws `lines` with their divider at the bottom of the panel's frame `rect`, ending just above `bottom`.
    static func draw(_ lines: [Line], in rect: BoxFrame.Rect, bottom: Int, into grid: inout CellGrid, context: RenderContext) {
        guard !lines.isEmpty else { return }
        let top = bottom - lines.count - 1
        BoxFrame.divider(rect.with(y: top), y: top, title: "PSEi points", into: &grid, glyphs: context.glyphs)
        for (offset, line) in lines.enumerated() {
            for (half, stock) in [line.up, line.down].enumerated() {
                guard let stock, let points = stock.pseiPoints else { continue }
                draw(stock, points: points, x: rect.x + 1 + half * 18, y: top + 1 + offset, into: &grid, context: context)
            }
        }
    }

    /// ` ▲ ICT    +6.42`: arrow and symbol in the role of the move, the points right-aligned in 7 characters.
    private static func draw(
        _ stock: StockState, points: Double, x: Int, y: Int, into grid: inout CellGrid, context: RenderContext
    ) {
        let direction = points > 0 ? 1 : -1
        let symbol = Format.truncated(stock.symbol.code, width: SidePanel.symbolWidth, glyphs: context.glyphs)
        grid.put(" \(context.arrow(direction)) \(symbol)", x: x, y: y, role: context.role(direction))
        grid.putRight(Format.points(points, glyphs: context.glyphs, width: 7), right: x + 17, y: y, role: context.role(direction))
    }
}

extension Array {
    /// The element at `index`, nil past the end.
    fileprivate func element(at index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
