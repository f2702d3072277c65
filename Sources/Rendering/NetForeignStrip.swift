import Dashboard
import MarketData

/// A running net foreign buying over the session (`NetForeignSeries`) as a strip under a chart's plot, on that plot's
/// time axis so its minutes line up with the price's: a line (braille, or `*` without it) around a dotted zero line,
/// scaled to its own lowest and highest with zero always in range, in the role of a rise above zero and of a fall
/// below; `NF` on the axis at the zero line (as the volume's `vol`) and the latest figure (`₱+12.3M`) at its right
/// end. The stock screen's chart draws the stock's under its volume, the index chart the market's under the PSEi.
///
/// The strip is left out before the first foreign trade and when a chart has fewer than `minimumChartRows` rows
/// above its time axis: at 80×24 neither chart has, so the price and the PSEi keep their rows there.
enum NetForeignStrip {
    /// Rows the strip takes.
    static let height = 3
    /// The fewest rows (above the time axis) a chart must have to give `height` of them to the strip.
    static let minimumChartRows = 9
    /// Columns below which the strip goes without its figure, which would cover most of the line.
    static let minimumLabelledWidth = 30

    /// The rows the strip takes out of a chart's `chartRows`: `height`, or 0 when the line is empty or the chart
    /// too short.
    static func rows(for series: NetForeignSeries, chartRows: Int) -> Int {
        series.minuteNets.isEmpty || chartRows < minimumChartRows ? 0 : height
    }

    /// Draws `series` in the `rows` rows from row `y`, under `plot` and on its time axis.
    static func draw(
        _ series: NetForeignSeries, under plot: SessionPlot, y: Int, rows: Int, into grid: inout CellGrid, context: RenderContext
    ) {
        let figures = series.filled
        guard rows > 0, let latest = figures.last, let lowest = figures.min(), let highest = figures.max() else { return }
        let strip = SessionPlot(
            area: BoxFrame.Rect(x: plot.area.x, y: y, width: plot.area.width, height: rows), schedule: plot.schedule,
            lowest: amount(min(lowest, 0)), highest: amount(max(highest, 0)), glyphs: context.glyphs)
        let amounts = figures.map { Optional(amount($0)) }
        strip.drawYAxis(labels: [.zero], format: { _ in "NF" }, into: &grid)
        strip.drawReference(.zero, character: context.glyphs.dotted, role: .axis, into: &grid)
        strip.drawLine(
            value: { SessionPlot.minuteValue(amounts, atSecond: $0) },
            role: { $0 > .zero ? .chartUp : $0 < .zero ? .chartDown : .chartLine }, into: &grid)
        guard strip.area.width >= minimumLabelledWidth else { return }
        grid.putRight(
            " " + Format.netMoney(latest, glyphs: context.glyphs), right: strip.area.x + strip.area.width, y: y + strip.row(.zero),
            role: context.role(Int(latest.signum())))
    }

    /// A net amount as the plot's fixed-point value: both count 1/10,000 PHP.
    private static func amount(_ units: Int128) -> Price { Price(units: Int64(clamping: units)) }
}
