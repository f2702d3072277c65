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
            chartHeight = min(max(wanted, 6), 22, max(height - 6, 0))
            tableHeight = max(height - 2 - chartHeight, 0)
        }

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
            return grid
        }
        let layout = Layout(width: width, height: height)
        HeaderLine.draw(state, into: &grid, y: 0, context: context)
        let chartWidth = layout.sidePanel ? width - SidePanel.width : width
        IndexChart.draw(
            state.shown.psei, schedule: state.shown.schedule, in: BoxFrame.Rect(x: 0, y: 1, width: chartWidth, height: layout.chartHeight),
            into: &grid, context: context)
        if layout.sidePanel {
            SidePanel.draw(
                state, in: BoxFrame.Rect(x: chartWidth, y: 1, width: SidePanel.width, height: layout.chartHeight),
                into: &grid, context: context)
        }
        StockTable.draw(
            state, rows: state.rows, x: 0, y: 1 + layout.chartHeight, width: width, height: layout.tableHeight,
            into: &grid, context: context)
        let rows = state.rows
        if state.ui.detailShown, rows.indices.contains(state.ui.selected), layout.tableHeight >= 6 {
            TimeAndSales.draw(
                rows[state.ui.selected],
                in: BoxFrame.Rect(
                    x: max(width - 46, 0), y: 1 + layout.chartHeight,
                    width: min(46, width), height: layout.tableHeight),
                into: &grid, context: context)
        }
        StatusBar.draw(state, y: height - 1, into: &grid, context: context)
        if state.ui.helpShown { HelpOverlay.draw(state, into: &grid, context: context) }
        return grid
    }
}
