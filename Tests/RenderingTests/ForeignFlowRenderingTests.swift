import Dashboard
import Foundation
import MarketData
import Rendering
import Testing

/// Net foreign in the header and the table, brokers and marks in time & sales, block sales in the notices, on a
/// small hand-built day: EMI's block sale to a foreign seller, a foreign buy of TEL and an odd lot.
@Suite struct ForeignFlowRenderingTests {
    static func at(_ time: String) -> EpochMillis { StockTableTests.at(time) }

    static var state: DashboardState {
        var state = DashboardState(source: "test")
        let events: [MarketEvent] = [
            .status(StatusChange(scope: .market, phase: .open, timestamp: at("09:30:00"))),
            .reference(ReferenceData(subject: .security("EMI"), previousClose: Price("31.00")!, date: StockTableTests.date)),
            .reference(ReferenceData(subject: .security("TEL"), previousClose: Price("1300.00")!, date: StockTableTests.date)),
            // A foreign buy of ₱1,300,000, then EMI's block of ₱5,411,400,000 sold by a foreigner: net −₱5.41B.
            .trade(
                Trade(
                    symbol: "TEL", price: Price("1300.00")!, quantity: 1_000, timestamp: at("09:31:00"), seq: 1, buyer: "XGR",
                    seller: "BQ", foreign: .buy)),
            .trade(
                Trade(
                    symbol: "EMI", price: Price("31.10")!, quantity: 174_000_000, timestamp: at("09:33:00"), seq: 1, buyer: "BQ",
                    seller: "XMB", foreign: .sell, board: .block)),
            .trade(
                Trade(
                    symbol: "EMI", price: Price("31.00")!, quantity: 37, timestamp: at("09:34:00"), seq: 2, buyer: "KD", seller: "HV",
                    board: .oddlot)),
        ]
        Dashboard.reduce(into: &state, action: .records(events.map { .success($0) }, receivedAt: 0))
        return state
    }

    @Test func theHeaderShowsTheMarketsNetForeignBuyingInTheRoleOfItsSign() throws {
        let header = PriceLimitsAndPhaseClockTests.header(Self.state, width: 200)
        #expect(header.contains("Value ₱5.41B   NFB ₱−5.41B"), "\(header)")
        let grid = Renderer.render(Self.state, width: 200, height: 60, context: RenderContext(glyphs: .unicode))
        let x = try #require(
            grid.text(row: 0).range(of: "₱−5.41B").map { grid.text(row: 0).distance(from: grid.text(row: 0).startIndex, to: $0.lowerBound) }
        )
        #expect((x..<x + 7).allSatisfy { grid[$0, 0].role == .down })
    }

    @Test func theNFColumnIsSignedAndLeftOutWhereItDoesNotFit() throws {
        let wide = StockTableTests.render(Self.state, width: 200, rows: 40)
        #expect(wide.text(row: 0).contains("TRADES        NF  TODAY"))
        let tel = try PriceLimitsAndPhaseClockTests.row(wide, "TEL"), emi = try PriceLimitsAndPhaseClockTests.row(wide, "EMI")
        #expect(wide.text(row: tel).contains(" ₱+1.30M "), "\(wide.text(row: tel))")
        #expect(wide.text(row: emi).contains(" ₱−5.41B "), "\(wide.text(row: emi))")
        #expect(!StockTableTests.render(Self.state, width: 120, rows: 40).text(row: 0).contains(" NF "))
    }

    @Test func eachSectorsNetForeignIsInTheSidePanelFrom200Columns() {
        let wide = StockScreenTests.frame(Self.state, width: 200, height: 60)
        #expect(wide.contains("Sectors · net foreign"), "\(wide)")
        #expect(wide.split(separator: "\n").contains { $0.contains("│ IND ") && $0.hasSuffix("₱−5.41B │") }, "\(wide)")
        #expect(wide.split(separator: "\n").contains { $0.contains("│ SVC ") && $0.hasSuffix("₱+1.30M │") }, "\(wide)")
        let narrow = StockScreenTests.frame(Self.state, width: 120, height: 40)
        #expect(!narrow.contains("net foreign") && !narrow.contains("₱+1.30M"), "\(narrow)")
    }

    @Test func timeAndSalesShowsBrokersTheForeignSideAndTheBoard() {
        let screen = StockScreenTests.frame(StockScreenTests.open("EMI", in: Self.state), width: 120, height: 40)
        #expect(screen.contains("          37  ▼ KD → HV odd lot"), "\(screen)")
        #expect(screen.contains("174,000,000  ▲ BQ → XMB F·S BLOCK"), "\(screen)")
        let ascii = StockScreenTests.frame(StockScreenTests.open("EMI", in: Self.state), width: 120, height: 40, glyphs: .ascii)
        #expect(ascii.contains("BQ > XMB F.S BLOCK"), "\(ascii)")
    }

    @Test func aNarrowPanelKeepsTheMarksThatFitMostImportantFirst() {
        var state = Self.state
        state.ui.selected = state.rows.firstIndex { $0.symbol == "EMI" }!
        Dashboard.reduce(into: &state, action: .key(.toggleDetail))
        let frame = StockScreenTests.frame(state, width: 120, height: 40)
        // The `t` panel leaves 4 cells after the arrow: not `BLOCK`, but the foreign mark.
        #expect(frame.contains("174,000,000  ▲ F·S  │"), "\(frame)")
    }

    @Test func blockSalesAreNoticesOnTheStockScreenAndInTheStatusLine() {
        let screen = StockScreenTests.frame(StockScreenTests.open("EMI", in: Self.state), width: 120, height: 40)
        #expect(screen.contains("│ 09:33:00 BLOCK EMI ₱5.41B @ 31.10"), "\(screen)")
        let main = StockScreenTests.frame(Self.state, width: 200, height: 60)
        #expect(main.contains("BLOCK EMI ₱5.41B @ 31.10"), "\(main)")
    }

    @Test func everyNewFigureIsExplained() {
        for state in [Self.state, StockScreenTests.open("EMI", in: Self.state)] {
            let frame = StockScreenTests.frame(state, width: 200, height: 60)
            // The countdown to the recess (`2:26:00`) is a duration, not a figure of the state.
            let unexplained = ShownNumbers(state, tapeRows: 40).unexplained(in: frame).filter { $0 != "2:26:00" }
            #expect(unexplained == [], "\(frame)")
        }
    }
}
