import Dashboard
import MarketData

/// The right-hand panel: the six sector indices (on wide screens with their net foreign buying), then the movers (top
/// gainers, top losers, most active).
enum SidePanel {
    static let width = 38
    /// From 200 columns the panel is wider, so each sector's row also has its net foreign buying (`NF`).
    static func width(screen: Int) -> Int { screen >= 200 ? width + foreignWidth : width }
    /// The room of a sector's net foreign buying, `₱−12.34M`, and the two spaces before it.
    static let foreignWidth = 10
    /// The room of a symbol in the movers and the most active.
    static let symbolWidth = 6

    /// The sectors (their foreign flow from the shown market's `totals`), then the movers and the most active among
    /// `viewStocks` (the current view's, `stocks(in:)`).
    static func draw(
        _ state: DashboardState, viewStocks stocks: [StockState], totals: MarketTotals, in rect: BoxFrame.Rect, into grid: inout CellGrid,
        context: RenderContext
    ) {
        let wide = rect.width >= width + foreignWidth
        let title = wide ? "Sectors\(context.glyphs.separator)net foreign" : "Sectors"
        let inner = BoxFrame.draw(rect, title: title, into: &grid, glyphs: context.glyphs)
        var y = inner.y
        let flows = wide ? totals.foreignBySector : [:]
        for code in IndexCode.sectors where y < inner.y + inner.height {
            drawIndexRow(state.shown.indices[code] ?? IndexState(code: code), y: y, x: inner.x, into: &grid, context: context)
            if wide, let sector = Sector.allCases.first(where: { $0.index == code }),
                let (text, role) = ForeignFlowText.net(
                    flows[sector.rawValue] ?? ForeignFlow(), width: foreignWidth - 2, context: context)
            {
                grid.putRight(text, right: inner.x + inner.width - 1, y: y, role: role)
            }
            y += 1
        }
        guard y + 2 < inner.y + inner.height else { return }
        BoxFrame.divider(rect.with(y: y), y: y, title: "Movers", into: &grid, glyphs: context.glyphs)
        y += 1
        let bottom = inner.y + inner.height
        let points = IndexPointsBlock.lines(stocks, rows: bottom - y)
        IndexPointsBlock.draw(points, in: rect, bottom: bottom, into: &grid, context: context)
        let rows = bottom - y - (points.isEmpty ? 0 : points.count + 1)
        let active = rows >= 8 ? 2 : 0
        let each = max((rows - (active > 0 ? active + 1 : 0)) / 2, 1)
        for stock in stocks.movers(gainers: true, count: each) + stocks.movers(gainers: false, count: each)
        where y < bottom - (points.isEmpty ? 0 : points.count + 1) {
            drawMover(stock, y: y, x: inner.x, into: &grid, context: context)
            y += 1
        }
        guard active > 0, y < inner.y + inner.height - 1 else { return }
        grid.put(" Most active (value)", x: inner.x, y: y, role: .label)
        y += 1
        let top = stocks.mostActive(count: active * 2)
        for (position, stock) in top.enumerated() {
            let column = inner.x + 3 + (position % 2) * 17
            let row = y + position / 2
            guard row < inner.y + inner.height else { break }
            let x = grid.put(
                Format.truncated(stock.symbol.code, width: symbolWidth, glyphs: context.glyphs), x: column, y: row,
                role: .normal)
            grid.put(Format.money(stock.valueUnits, glyphs: context.glyphs), x: max(x + 1, column + 6), y: row, role: .normal)
        }
    }

    private static func drawIndexRow(_ index: IndexState, y: Int, x: Int, into grid: inout CellGrid, context: RenderContext) {
        grid.put(" " + index.code.rawValue, x: x, y: y, role: .label)
        guard let value = index.value else { grid.put(context.glyphs.missing, x: x + 8, y: y, role: .unchanged); return }
        // Code, level, arrow and change, percentage: each in its own room with a space between.
        grid.putRight(Format.price(value, decimals: 2, width: 11, glyphs: context.glyphs), right: x + 16, y: y, role: .normal)
        guard let change = index.change, let percent = index.changePercent else { return }
        let direction = Int(change.units.signum())
        grid.put(
            "\(context.arrow(direction)) \(Format.signed(change, like: value, glyphs: context.glyphs, width: 7))", x: x + 18, y: y,
            role: context.role(direction))
        grid.putRight(Format.percent(percent, glyphs: context.glyphs, width: 7), right: x + 35, y: y, role: context.role(direction))
    }

    private static func drawMover(_ stock: StockState, y: Int, x: Int, into grid: inout CellGrid, context: RenderContext) {
        guard let last = stock.last, let percent = stock.changePercent else { return }
        let direction = stock.direction
        // Arrow, symbol, last price and percentage: each in its own room with a space between.
        let symbol = Format.truncated(stock.symbol.code, width: symbolWidth, glyphs: context.glyphs)
        grid.put(" \(context.arrow(direction)) \(symbol)", x: x, y: y, role: context.role(direction))
        grid.putRight(Format.price(last, width: 8, glyphs: context.glyphs), right: x + 18, y: y, role: .normal)
        grid.putRight(Format.percent(percent, glyphs: context.glyphs, width: 8), right: x + 27, y: y, role: context.role(direction))
    }
}

extension BoxFrame.Rect {
    func with(y: Int) -> BoxFrame.Rect { BoxFrame.Rect(x: x, y: y, width: width, height: height) }
}
