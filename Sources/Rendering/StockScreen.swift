import Dashboard
import MarketData

/// A stock's own screen (Enter on a row): its header, its day's chart with VWAP and volume, the book and the day's
/// range, its statistics, time & sales (scrolled by `UIState.tapeScroll`), beside it its brokers and its halts and
/// notices, and the status bar. Narrow screens fold the book panel into a line under the statistics.
public enum StockScreen {
    /// The key hints of the stock screen's status bar.
    static let hints = "↑↓ stock  PgUp PgDn trades  b brokers  Esc back"

    /// Where each part of the stock screen goes at a given size.
    public struct Layout: Hashable, Sendable {
        /// True when the book sits beside the chart; false when it is a line under the statistics.
        public let bookPanel: Bool
        public let bookWidth: Int
        /// Rows of the chart's box, from line 2.
        public let chartHeight: Int
        /// Rows of the time & sales and halts boxes; fewer than 3 leaves them out.
        public let panelHeight: Int
        /// Columns of the time & sales box; the brokers and halts boxes take the rest, if any.
        public let tapeWidth: Int
        /// Rows of the brokers box above the halts box when both fit beside time & sales (from 120 columns); 0 when
        /// the halts box is there alone (or the brokers box, with `b`).
        public let brokersHeight: Int

        public init(width: Int, height: Int) {
            bookPanel = width >= 110
            bookWidth = width >= 170 ? 44 : 40
            // The header, the statistics, the status bar and, when narrow, the book's line.
            let available = max(height - (bookPanel ? 3 : 4), 0)
            chartHeight = min(max(available / 2 + 1, 6), 26, available)
            panelHeight = available - chartHeight
            // Below 80 columns time & sales takes the whole width and the halts fold away.
            tapeWidth = width < 80 ? width : min(max(width / 2, 40), 80)
            brokersHeight = width >= 120 && panelHeight >= 9 ? panelHeight - max(panelHeight / 3, 4) : 0
        }

        /// Trades the time & sales box shows.
        public var tapeRows: Int { max(panelHeight - 2, 1) }
    }

    static func draw(_ stock: StockState, state: DashboardState, into grid: inout CellGrid, context: RenderContext) {
        let (width, height) = (grid.width, grid.height)
        let layout = Layout(width: width, height: height)
        StockHeader.line(stock, state: state, context: context).draw(into: &grid, y: 0)
        let chartWidth = layout.bookPanel ? width - layout.bookWidth : width
        StockChart.draw(
            stock, schedule: state.shown.schedule, in: BoxFrame.Rect(x: 0, y: 1, width: chartWidth, height: layout.chartHeight),
            into: &grid, context: context)
        if layout.bookPanel {
            StockBook.drawPanel(
                stock, in: BoxFrame.Rect(x: chartWidth, y: 1, width: layout.bookWidth, height: layout.chartHeight), into: &grid,
                context: context)
        }
        var y = 1 + layout.chartHeight
        StockStatistics.line(stock, market: state.shown, context: context).draw(into: &grid, y: y)
        y += 1
        if !layout.bookPanel {
            StockBook.line(stock, context: context).draw(into: &grid, y: y)
            y += 1
        }
        if layout.panelHeight >= 3 {
            drawTape(
                stock, scroll: state.ui.tapeScroll, in: BoxFrame.Rect(x: 0, y: y, width: layout.tapeWidth, height: layout.panelHeight),
                into: &grid, context: context)
            if layout.tapeWidth < width {
                drawBrokersAndHalts(
                    stock, state: state, brokersHeight: state.ui.brokersShown ? layout.panelHeight : layout.brokersHeight,
                    in: BoxFrame.Rect(x: layout.tapeWidth, y: y, width: width - layout.tapeWidth, height: layout.panelHeight),
                    into: &grid, context: context)
            }
        }
        let hints = context.glyphs.braille ? hints : hints.replacingArrows
        StatusBar.draw(state, y: height - 1, into: &grid, context: context, hints: hints)
    }

    /// The stock's brokers in the top `brokersHeight` rows of `rect`, its halts and notices in the rest.
    private static func drawBrokersAndHalts(
        _ stock: StockState, state: DashboardState, brokersHeight: Int, in rect: BoxFrame.Rect, into grid: inout CellGrid,
        context: RenderContext
    ) {
        if brokersHeight > 0 {
            let inner = BoxFrame.draw(
                BoxFrame.Rect(x: rect.x, y: rect.y, width: rect.width, height: brokersHeight),
                title: "Brokers\(context.glyphs.separator)F foreign", into: &grid,
                glyphs: context.glyphs)
            BrokerRanking.draw(state.shown.brokers[stock.symbol], turnoverUnits: nil, in: inner, into: &grid, context: context)
        }
        if brokersHeight < rect.height {
            HaltsPanel.draw(
                stock, state: state,
                in: BoxFrame.Rect(x: rect.x, y: rect.y + brokersHeight, width: rect.width, height: rect.height - brokersHeight),
                into: &grid, context: context)
        }
    }

    /// Time & sales from the trade `scroll` places before the newest, its title saying which trades show.
    private static func drawTape(
        _ stock: StockState, scroll: Int, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext
    ) {
        let rows = rect.height - 2
        let kept = stock.tape.count
        let shown = max(min(scroll, kept - rows), 0)
        var title = "Time & sales"
        if kept > rows {
            let group = { (count: Int) in Format.count(count, width: .max, glyphs: context.glyphs) }
            title += "\(context.glyphs.separator)\(group(shown + 1)) to \(group(min(shown + rows, kept))) of \(group(kept))"
            if stock.tradeCount > kept { title += " latest" }
        }
        let inner = BoxFrame.draw(rect, title: title, into: &grid, glyphs: context.glyphs)
        if kept == 0 { grid.put(" no trades yet", x: inner.x, y: inner.y, role: .label) }
        TimeAndSales.drawTrades(
            stock, skipping: shown, x: inner.x, y: inner.y, rows: inner.height, width: inner.width, into: &grid, context: context)
    }
}
