import Dashboard
import Exchange
import MarketData

/// The PSEi over the day's session (the open to the close of its `TradingSchedule`, Manila time) as a braille line
/// chart, with the previous close as a dotted line, a y axis with thousands separators and a time axis where a
/// recess shows as a gap; under the line, when the chart is tall enough, the market's net foreign line
/// (`NetForeignStrip`).
enum IndexChart {
    /// Rows the time axis takes (the axis line and its labels); a shorter chart gives every row to the plot.
    static let timeAxisRows = 2, minimumHeightWithTimeAxis = 4
    /// Columns below which the chart says it has no room rather than draw a squeezed plot.
    static let minimumWidth = 20

    static func draw(
        _ index: IndexState, netForeign: NetForeignSeries, schedule: TradingSchedule, in rect: BoxFrame.Rect,
        into grid: inout CellGrid, context: RenderContext
    ) {
        let inner = BoxFrame.draw(rect, title: "\(index.code.rawValue) today", into: &grid, glyphs: context.glyphs)
        guard inner.height >= 1 else { return }
        let series = index.series.filled
        let present = series.compactMap { $0 } + [index.previousClose, index.value].compactMap { $0 }
        guard let lowest = present.min(), let highest = present.max() else {
            grid.put("no index data yet", x: inner.x + 1, y: inner.y, role: .label, maxWidth: inner.width - 1)
            return
        }
        guard inner.width >= minimumWidth else {
            grid.put("no room for the chart", x: inner.x + 1, y: inner.y, role: .label, maxWidth: inner.width - 1)
            return
        }
        let format = { (price: Price) in price.formatted(decimals: 0, grouping: true) }
        let labelWidth = max(format(highest).count, format(lowest).count) + 2
        let axisRows = inner.height >= minimumHeightWithTimeAxis ? timeAxisRows : 0
        let foreignRows = NetForeignStrip.rows(for: netForeign, chartRows: inner.height - axisRows)
        let plot = SessionPlot(
            area: BoxFrame.Rect(
                x: inner.x + labelWidth, y: inner.y, width: inner.width - labelWidth - 1,
                height: inner.height - axisRows - foreignRows),
            schedule: schedule, lowest: lowest, highest: highest, glyphs: context.glyphs)
        plot.drawYAxis(labels: [highest, lowest] + [index.previousClose].compactMap { $0 }, format: format, into: &grid)
        // The previous close as a dotted line, under the data.
        if let previous = index.previousClose {
            plot.drawReference(previous, character: context.glyphs.dotted, role: .previousClose, label: "prev close", into: &grid)
        }
        // One value per dot column, a gap after the latest data; above the previous close in the "up" role, below
        // it in "down", without one the plain line role.
        plot.drawLine(
            value: { second in
                guard let slot = SessionSeries.halfMinuteSlot(secondOfDay: second), slot < series.count else { return nil }
                return series[slot]
            },
            role: { value in index.previousClose.map { value >= $0 ? StyleRole.chartUp : .chartDown } ?? .chartLine },
            into: &grid)
        let foreignTop = plot.area.y + plot.area.height
        NetForeignStrip.draw(netForeign, under: plot, y: foreignTop, rows: foreignRows, into: &grid, context: context)
        if axisRows > 0 {
            plot.drawTimeAxis(axisRow: foreignTop + foreignRows, labelRow: inner.y + inner.height - 1, into: &grid)
        }
    }
}
