import Dashboard
import MarketData
import Rendering
import Testing

/// The intraday net-foreign line under the stock screen's chart and under the PSEi chart, on a hand-built day: TEL
/// trades from the open without a foreign flag, then a foreigner buys ₱1,300,000 of it at 10:30 and at 11:00 two
/// foreigners trade with each other (the net stays); AC never has a foreign trade.
@Suite struct NetForeignStripTests {
    static func at(_ time: String) -> EpochMillis { StockTableTests.at(time) }

    static var state: DashboardState {
        var state = DashboardState(source: "test")
        let events: [MarketEvent] = [
            .status(StatusChange(scope: .market, phase: .open, timestamp: at("09:30:00"))),
            .reference(ReferenceData(subject: .security("TEL"), previousClose: Price("1300.00")!, date: StockTableTests.date)),
            .reference(ReferenceData(subject: .security("AC"), previousClose: Price("600.00")!, date: StockTableTests.date)),
            .trade(Trade(symbol: "TEL", price: Price("1300.00")!, quantity: 100, timestamp: at("09:30:00"), seq: 1)),
            .trade(Trade(symbol: "AC", price: Price("601.00")!, quantity: 100, timestamp: at("09:30:00"), seq: 1)),
            .trade(
                Trade(
                    symbol: "TEL", price: Price("1300.00")!, quantity: 1_000, timestamp: at("10:30:00"), seq: 2, buyer: "XGR",
                    seller: "BQ", foreign: .buy)),
            .trade(
                Trade(
                    symbol: "TEL", price: Price("1300.00")!, quantity: 100, timestamp: at("11:00:00"), seq: 3, buyer: "XGR",
                    seller: "XMB", foreign: .both)),
            .index(IndexLevel(code: .psei, value: Price("6400.00")!, timestamp: at("10:30:00"))),
        ]
        Dashboard.reduce(into: &state, action: .records(events.map { .success($0) }, receivedAt: 0))
        return state
    }

    static func render(_ state: DashboardState, width: Int, height: Int, glyphs: Glyphs = .unicode) -> CellGrid {
        Renderer.render(state, width: width, height: height, context: RenderContext(glyphs: glyphs))
    }

    /// The row of the strip's zero line: the one whose axis reads `NF`.
    static func zeroRow(_ grid: CellGrid) -> Int? {
        (0..<grid.height).first { grid.text(row: $0).contains(" NF ┤") || grid.text(row: $0).contains(" NF +") }
    }

    /// The first column of `row` from `x` on whose character satisfies `test`.
    static func column(_ grid: CellGrid, row: Int, from x: Int = 0, where test: (Character) -> Bool) -> Int? {
        (x..<grid.width).first { test(grid[$0, row].character) }
    }

    @Test func theStockScreenDrawsTheStocksLineUnderItsVolumeWithItsLatestFigure() throws {
        let grid = Self.render(StockScreenTests.open("TEL", in: Self.state), width: 120, height: 40)
        let zero = try #require(Self.zeroRow(grid), "\(FrameExport.text(grid))")
        let text = grid.text(row: zero)
        let figure = try #require(text.range(of: " ₱+1.30M │"), "\(text)")
        let x = text.distance(from: text.startIndex, to: figure.lowerBound) + 1
        #expect((x..<x + 7).allSatisfy { grid[$0, zero].role == .up })
        // The net never fell below zero, so the zero line is the strip's bottom row and the 10:30 buy its top.
        let top = zero - 2  // the strip's three rows
        #expect(grid.text(row: top - 1).contains(" vol "), "the volume right over the strip")
        let axis = try #require(Self.column(grid, row: zero) { $0 == "┤" })
        let rise = try #require(Self.column(grid, row: top, from: axis + 1) { $0 != " " })
        #expect(grid[rise, top].role == .chartUp)
        // Its minutes line up with the chart's time axis, right under it: the rise is at the 10:30 tick.
        let ticks = (axis + 1..<grid.width).filter { grid[$0, zero + 1].character == "┬" }
        #expect(ticks.count > 2 && abs(rise - ticks[1]) <= 1, "rise at \(rise), ticks at \(ticks)")
    }

    @Test func theIndexChartDrawsTheMarketsLineUnderThePSEi() throws {
        let grid = Self.render(Self.state, width: 120, height: 40)
        let zero = try #require(Self.zeroRow(grid), "\(FrameExport.text(grid))")
        #expect(grid.text(row: zero).contains(" ₱+1.30M │"), "\(grid.text(row: zero))")
        #expect(grid.text(row: zero + 1).contains("└┬"), "the time axis under the strip")
        let ascii = Self.render(Self.state, width: 120, height: 40, glyphs: .ascii)
        #expect(Self.zeroRow(ascii).map { ascii.text(row: $0).contains(" P+1.30M |") } == true)
    }

    @Test func aStockForeignersNeverTradedAndAn80By24ScreenHaveNoStrip() {
        let ac = FrameExport.text(Self.render(StockScreenTests.open("AC", in: Self.state), width: 120, height: 40))
        #expect(!ac.contains(" NF ┤"), "\(ac)")
        let small = FrameExport.text(Self.render(StockScreenTests.open("TEL", in: Self.state), width: 80, height: 24))
        #expect(!small.contains(" NF ┤") && !small.contains("₱+1.30M"), "\(small)")
        let main = FrameExport.text(Self.render(Self.state, width: 80, height: 24))
        #expect(!main.contains(" NF ┤"), "\(main)")
    }
}
