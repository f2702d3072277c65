import Dashboard
import MarketData

/// Composes a whole frame from the state. Pure: the same state, size and context give the same grid.
public enum Renderer {
    public static let minimumWidth = 40, minimumHeight = 10

    /// Where each part of the screen goes at a given size.
    public struct Layout: Hashable, Sendable {
        public let chartHeight: Int
        public let sidePanel: Bool
        /// Rows of the table including its header.
        public let tableHeight: Int

        public init(width: Int, height: Int) {
            sidePanel = width >= 110
            let wanted = sidePanel ? max(13, height / 3) : height / 4
            chartHeight = min(max(wanted, 6), 22, max(height - 7, 0))
            tableHeight = max(height - 3 - chartHeight, 0)
        }

        /// The first line of the chart: under the header and the tabs.
        public static let chartTop = 2

        /// Table rows available for stocks (the table's header excluded).
        public var stockRows: Int { max(tableHeight - 1, 1) }
    }

    public static func render(_ state: DashboardState, width: Int, height: Int, context: RenderContext) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        guard width >= minimumWidth, height >= minimumHeight else {
            TooSmallNotice.draw(into: &grid, minimumWidth: minimumWidth, minimumHeight: minimumHeight, glyphs: context.glyphs)
            return grid
        }
        if let symbol = state.ui.stockScreen, let stock = state.shown.stocks[symbol] {
            StockScreen.draw(stock, state: state, into: &grid, context: context)
            if state.ui.helpShown { HelpOverlay.draw(state, into: &grid, context: context) }
            if let form = state.ui.alertForm { AlertFormBox.draw(form, into: &grid, context: context) }
            return grid
        }
        // The rows once a frame: thousands of stocks in the All view make them the frame's biggest cost.
        // The heatmap lays its tiles out in the view's order; the table's rows and the side panel's lists do not
        // depend on it (their ties fall to the symbol).
        // Only the rows the table shows (and the selected one, for the time & sales panel) are put in order.
        let viewStocks = state.ui.heatmapShown ? state.stocks(in: state.ui.view) : state.stocksForRows
        let shownRows = Layout(width: width, height: height).stockRows
        let window = min(state.ui.scroll, state.ui.selected)..<max(state.ui.scroll + shownRows, state.ui.selected + 1)
        let rows = state.ui.heatmapShown ? state.matching(viewStocks) : state.rows(of: viewStocks, orderedIn: window)
        let totals = state.shown.totals
        HeaderLine.draw(state, totals: totals, into: &grid, y: 0, context: context)
        ViewTabs.draw(state, rowCount: rows.count, y: 1, into: &grid, context: context)
        let body = BoxFrame.Rect(x: 0, y: Layout.chartTop, width: width, height: height - 1 - Layout.chartTop)
        if state.ui.heatmapShown {
            drawHeatmap(state, rows: rows, in: body, into: &grid, context: context)
        } else if state.ui.brokersShown {
            BrokersScreen.draw(state, in: body, into: &grid, context: context)
        } else if state.ui.alertsShown {
            AlertsScreen.draw(state, in: body, into: &grid, context: context)
        } else if state.ui.clusterShown {
            ClusterScreen.draw(state, in: body, into: &grid, context: context)
        } else {
            drawMarket(
                state, rows: rows, viewStocks: viewStocks, totals: totals, layout: Layout(width: width, height: height), in: body,
                into: &grid,
                context: context)
        }
        StatusBar.draw(state, y: height - 1, into: &grid, context: context)
        if state.ui.helpShown { HelpOverlay.draw(state, into: &grid, context: context) }
        if let form = state.ui.alertForm { AlertFormBox.draw(form, into: &grid, context: context) }
        return grid
    }

    /// The index chart and the side panel over the table (and the time & sales panel when open).
    private static func drawMarket(
        _ state: DashboardState, rows: [StockState], viewStocks: [StockState], totals: MarketTotals, layout: Layout,
        in body: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext
    ) {
        let sidePanelWidth = SidePanel.width(screen: body.width)
        let chartWidth = layout.sidePanel ? body.width - sidePanelWidth : body.width
        IndexChart.draw(
            state.shown.psei, netForeign: state.shown.netForeignMinutes, schedule: state.shown.schedule,
            in: BoxFrame.Rect(x: 0, y: body.y, width: chartWidth, height: layout.chartHeight), into: &grid, context: context)
        if layout.sidePanel {
            SidePanel.draw(
                state, viewStocks: viewStocks, totals: totals,
                in: BoxFrame.Rect(x: chartWidth, y: body.y, width: sidePanelWidth, height: layout.chartHeight),
                into: &grid, context: context)
        }
        let tableTop = body.y + layout.chartHeight
        StockTable.draw(state, rows: rows, x: 0, y: tableTop, width: body.width, height: layout.tableHeight, into: &grid, context: context)
        if state.ui.detailShown, rows.indices.contains(state.ui.selected), layout.tableHeight >= 6 {
            TimeAndSales.draw(
                rows[state.ui.selected],
                in: BoxFrame.Rect(x: max(body.width - 46, 0), y: tableTop, width: min(46, body.width), height: layout.tableHeight),
                into: &grid, context: context)
        }
    }

    /// The current view's stocks (as searched) as a heatmap in a box that names the view and the encoding.
    private static func drawHeatmap(
        _ state: DashboardState, rows: [StockState], in body: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext
    ) {
        let separator = context.glyphs.separator
        let title = "Heatmap\(separator)\(ViewTabs.title(state.ui.view, state: state))\(separator)area: value traded, colour: % change"
        let inner = BoxFrame.draw(body, title: title, into: &grid, glyphs: context.glyphs)
        Heatmap.draw(rows, in: inner, into: &grid, context: context)
    }
}
