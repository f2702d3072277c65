import Dashboard
import Exchange
import MarketData

/// One stock's day over the session's real time axis (`SessionPlot`): its price as a braille line (above the
/// previous close in the "up" role, below in "down"), the running VWAP as a dashed line, the previous close dotted,
/// under the plot a per-minute volume histogram one to four rows high and, when the chart is tall enough, the
/// stock's net foreign line (`NetForeignStrip`).
enum StockChart {
    /// Columns below which the chart says it has no room rather than draw a squeezed plot.
    static let minimumWidth = 24
    /// The most rows the volume histogram takes.
    static let maximumVolumeRows = 4

    static func draw(
        _ stock: StockState, schedule: TradingSchedule, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext
    ) {
        let inner = BoxFrame.draw(rect, title: "\(stock.symbol.code) today", into: &grid, glyphs: context.glyphs)
        guard inner.height >= 1 else { return }
        guard inner.width >= minimumWidth else {
            grid.put("no room for the chart", x: inner.x + 1, y: inner.y, role: .label, maxWidth: inner.width - 1)
            return
        }
        let prices = stock.minutes.filled, vwaps = stock.vwapMinutes.filled
        let present = prices.compactMap { $0 } + vwaps.compactMap { $0 } + [stock.previousClose, stock.last].compactMap { $0 }
        guard var lowest = present.min(), var highest = present.max() else {
            grid.put("no trades yet", x: inner.x + 1, y: inner.y, role: .label, maxWidth: inner.width - 1)
            return
        }
        if lowest == highest {
            // One price all day: a tick either side, so its line runs through the middle.
            (lowest, highest) = (PSERules.step(lowest, ticks: -1), PSERules.step(highest, ticks: 1))
        }
        let decimals = (stock.last ?? highest).displayDecimals
        let format = { (price: Price) in price.formatted(decimals: decimals, grouping: true) }
        let labelWidth = max(format(highest).count, format(lowest).count, 3) + 2
        let axisRows = inner.height >= 6 ? IndexChart.timeAxisRows : 0
        // A price that moved a few ticks gets two rows a tick, the rows it leaves go to the volume (up to `maximumVolumeRows`).
        let foreignRows = NetForeignStrip.rows(for: stock.netForeignMinutes, chartRows: inner.height - axisRows)
        let rows = inner.height - axisRows - foreignRows
        let wanted = rows >= 10 ? 2 : rows >= 4 ? 1 : 0
        let priceRows = max(min(rows - wanted, 2 * (PSERules.ticks(from: lowest, to: highest) ?? rows) + 2), min(rows, 4))
        let volumeRows = min(max(rows - priceRows, wanted), maximumVolumeRows)
        let plot = SessionPlot(
            area: BoxFrame.Rect(
                x: inner.x + labelWidth, y: inner.y, width: inner.width - labelWidth - 1,
                height: rows - volumeRows),
            schedule: schedule, lowest: lowest, highest: highest, glyphs: context.glyphs)
        plot.drawYAxis(labels: [highest, lowest] + [stock.previousClose].compactMap { $0 }, format: format, into: &grid)
        if let previous = stock.previousClose {
            plot.drawReference(previous, character: context.glyphs.dotted, role: .previousClose, label: "prev close", into: &grid)
        }
        drawVWAP(vwaps, plot: plot, into: &grid, glyphs: context.glyphs)
        plot.drawLine(
            value: { SessionPlot.minuteValue(prices, atSecond: $0) },
            role: { price in stock.previousClose.map { price >= $0 ? StyleRole.chartUp : .chartDown } ?? .chartLine },
            into: &grid)
        if stock.tradeCount == 0 {
            grid.put(" no trades yet ", x: plot.area.x + 2, y: plot.area.y, role: .label, maxWidth: plot.area.width - 2)
        }
        let volumes = BoxFrame.Rect(x: plot.area.x, y: plot.area.y + plot.area.height, width: plot.area.width, height: volumeRows)
        if volumeRows > 0 { drawVolumes(stock.minuteVolumes, plot: plot, in: volumes, into: &grid, glyphs: context.glyphs) }
        let foreignTop = volumes.y + volumes.height
        NetForeignStrip.draw(stock.netForeignMinutes, under: plot, y: foreignTop, rows: foreignRows, into: &grid, context: context)
        if axisRows > 0 {
            plot.drawTimeAxis(axisRow: foreignTop + foreignRows, labelRow: inner.y + inner.height - 1, into: &grid)
        }
    }

    /// The running VWAP as a dash in every other column, labelled at its right end when there is room.
    private static func drawVWAP(_ vwaps: [Price?], plot: SessionPlot, into grid: inout CellGrid, glyphs: Glyphs) {
        var latest: (column: Int, price: Price)?
        for column in stride(from: 0, to: plot.area.width, by: 2) {
            let second = plot.second(atColumn: column)
            guard !plot.isInRecess(second), let slot = SessionSeries.minuteSlot(secondOfDay: second), slot < vwaps.count,
                let vwap = vwaps[slot]
            else { continue }
            grid[plot.area.x + column, plot.area.y + plot.row(vwap)] = Cell(glyphs.horizontal, .chartLine)
            latest = (column, vwap)
        }
        guard let latest, latest.column + 7 < plot.area.width else { return }
        grid.put(" VWAP", x: plot.area.x + latest.column + 1, y: plot.area.y + plot.row(latest.price), role: .chartLine)
    }

    /// Shares traded per column of the plot (the minutes the time axis puts in it) as bars scaled to the busiest
    /// column, `rows` high, labelled `vol` on the axis.
    private static func drawVolumes(
        _ volumes: MinuteVolumes, plot: SessionPlot, in rect: BoxFrame.Rect, into grid: inout CellGrid, glyphs: Glyphs
    ) {
        for y in rect.y..<(rect.y + rect.height) { grid[rect.x - 1, y] = Cell(glyphs.vertical, .axis) }
        grid.putRight("vol ", right: rect.x - 1, y: rect.y + rect.height - 1, role: .axis)
        var columns = [Int128](repeating: 0, count: rect.width)
        for slot in volumes.shares.indices where volumes[slot] > 0 {
            let second = plot.schedule.continuousOpen + slot * 60
            guard second < plot.schedule.closes else { break }
            columns[min(max(plot.column(second), 0), rect.width - 1)] += Int128(volumes[slot])
        }
        guard let busiest = columns.max(), busiest > 0 else { return }
        let levels = glyphs.sparkline.count, eighths = Int128(rect.height * levels)
        for (column, shares) in columns.enumerated() where shares > 0 {
            let height = Int(max((shares * eighths + busiest - 1) / busiest, 1))
            for row in 0..<rect.height {
                let filled = height - row * levels
                guard filled > 0 else { break }
                grid[rect.x + column, rect.y + rect.height - 1 - row] = Cell(glyphs.sparkline[min(filled, levels) - 1], .axis)
            }
        }
    }
}
