import Dashboard
import Foundation
import MarketData
import Rendering
import Testing

/// The limits in the table's flag column and on the stock screen, and the header's countdown to the next phase, on
/// small hand-built states.
@Suite struct PriceLimitsAndPhaseClockTests {
    static let date = StockTableTests.date
    static func at(_ time: String) -> EpochMillis { StockTableTests.at(time) }

    /// ALI (closed at 22.05: band 15.44–33.05, cluster A) at its ceiling, BDO (134.60: 94.25–201.80) at its floor,
    /// MER (closed at 999,999,995) untraded, at `time`.
    static func state(at time: String = "14:40:48") -> DashboardState {
        var state = DashboardState(source: "test")
        let events: [MarketEvent] = [
            .status(StatusChange(scope: .market, phase: .open, timestamp: at("09:30:00"))),
            .reference(ReferenceData(subject: .security("ALI"), previousClose: Price("22.05")!, date: date, cluster: .a)),
            .reference(ReferenceData(subject: .security("BDO"), previousClose: Price("134.60")!, date: date)),
            .reference(ReferenceData(subject: .security("MER"), previousClose: Price("999999995")!, date: date)),
            .trade(Trade(symbol: "ALI", price: Price("33.05")!, quantity: 1_000, timestamp: at(time), seq: 1)),
            .trade(Trade(symbol: "BDO", price: Price("94.30")!, quantity: 10, timestamp: at(time), seq: 1)),
        ]
        Dashboard.reduce(into: &state, action: .records(events.map { .success($0) }, receivedAt: 0))
        return state
    }

    static func row(_ grid: CellGrid, _ symbol: String) throws -> Int {
        try #require((1..<grid.height).first { grid.text(row: $0).hasPrefix(" \(symbol) ") })
    }

    @Test func theFlagColumnSaysCeilAndFloorInTheRolesOfARiseAndAFall() throws {
        let grid = StockTableTests.render(Self.state(), width: 90, rows: 32)
        let (ali, bdo) = (try Self.row(grid, "ALI"), try Self.row(grid, "BDO"))
        let ceiling = try #require(grid.text(row: ali).range(of: "CEIL"))
        let x = grid.text(row: ali).distance(from: grid.text(row: ali).startIndex, to: ceiling.lowerBound)
        #expect((x..<x + 4).allSatisfy { grid[$0, ali].role == .up })
        let floor = grid.text(row: bdo).trimmingCharacters(in: .whitespaces)
        #expect(floor.hasSuffix("FLOOR") && grid[floor.count - 1, bdo].role == .down, "\(floor)")
        var halted = Self.state()
        let halt = StatusChange(scope: .security("ALI"), phase: .halted, timestamp: Self.at("14:41:00"))
        Dashboard.reduce(into: &halted, action: .records([.success(.status(halt))], receivedAt: 0))
        let haltedGrid = StockTableTests.render(halted, width: 90, rows: 32)
        #expect(haltedGrid.text(row: try Self.row(haltedGrid, "ALI")).trimmingCharacters(in: .whitespaces).hasSuffix("HALT 14:41"))
    }

    @Test func theStockScreenShowsBothBandsWithTheClusterWhenKnown() {
        let panel = StockScreenTests.frame(StockScreenTests.open("ALI", in: Self.state()), width: 120, height: 40)
        #expect(panel.contains(" Static      15.44 – 33.05 "), "\(panel)")
        // 33.05 ± 20 %: 26.44 → 26.45, 39.66 → 39.65.
        #expect(panel.contains(" Dyn T       26.45 – 39.65  cluster A "), "\(panel)")
        let line = StockScreenTests.frame(StockScreenTests.open("BDO", in: Self.state()), width: 100, height: 30, glyphs: .ascii)
        // 94.22 → 94.25; 94.30 ± 10 % (cluster C assumed, not shown): 84.87 → 84.90, 103.73 → 103.70.
        #expect(line.contains("   Static 94.25 - 201.80   Dyn T 84.90 - 103.70   Range"), "\(line)")
    }

    @Test func aBandTooWideForThePanelKeepsBothNumbersWhole() {
        // 699,999,996.5 → 700,000,000 and 1,499,999,992.5 → 1,499,999,990, too wide for its half: 1.50B.
        let panel = StockScreenTests.frame(StockScreenTests.open("MER", in: Self.state()), width: 120, height: 40)
        #expect(panel.contains(" Static      700,000,000 – 1.50B "), "\(panel)")
    }

    static func header(_ state: DashboardState, width: Int) -> String {
        var text = [Character](repeating: " ", count: width)
        for placement in HeaderLine.line(state, totals: state.shown.totals, context: RenderContext(glyphs: .unicode)).placements(
            width: width)
        {
            text.replaceSubrange(placement.x..<placement.x + placement.segment.width, with: placement.segment.text)
        }
        return String(text)
    }

    @Test(arguments: [
        ("14:40:48", "OPEN  PRE-CLOSE in 4:12  14:40:48 PHT"),
        ("14:47:59", "OPEN  NO-CANCEL in 0:01  14:47:59 PHT"),
        ("10:42:13", "OPEN  RECESS in 1:17:47  10:42:13 PHT"),
    ])
    func theHeaderCountsDownToTheNextPhaseFromTheDataClock(time: String, expected: String) {
        #expect(Self.header(Self.state(at: time), width: 200).hasSuffix(expected + " "))
    }

    @Test func theCountdownIsTheFirstToGoWhenNarrowAndAbsentAfterTheClose() {
        let narrow = Self.header(Self.state(), width: 60)
        #expect(narrow.contains("OPEN") && narrow.contains("14:40:48") && !narrow.contains(" in "), "\(narrow)")
        #expect(!Self.header(Self.state(at: "15:00:00"), width: 200).contains(" in "))
    }
}
