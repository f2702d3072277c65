import Dashboard
import MarketData
import Testing

/// The live DVR inside the reducer: a rewind shows the market it carries at its instant while the live market keeps
/// taking records and firing alerts; `.rewind(nil)` shows the live market again, with everything that arrived.
@Suite struct RewindTests {
    static func trade(_ price: String, _ time: String, seq: Int64) -> MarketEvent {
        .trade(Trade(symbol: "ALI", price: Price(price)!, quantity: Quantity(1_000), timestamp: TestDay.at(time), seq: seq))
    }

    @Test func aRewindShowsItsMarketWhileTheLiveOneTakesRecordsAndFiresAlerts() throws {
        var state = DashboardState(source: "test")
        state.alerts = AlertBook(rules: [try AlertRule(parsing: "ALI above 40")])
        state.receive([
            .reference(ReferenceData(subject: .security("ALI"), previousClose: Price("35.00")!, date: TestDay.date)),
            Self.trade("35.50", "10:00:00", seq: 1),
        ])
        let then = state.market
        state.receive([Self.trade("36.00", "10:42:00", seq: 2)])

        Dashboard.reduce(into: &state, action: .rewind(Rewind(at: TestDay.at("10:01"), market: then)))
        #expect(state.shown == then && state.shownTime == TestDay.at("10:01"))
        #expect(state.shown.stocks["ALI"]?.last == Price("35.50")!)

        state.receive([Self.trade("40.50", "10:43:00", seq: 3)])
        #expect(state.shown == then, "the rewound market stays at its instant")
        #expect(state.market.stocks["ALI"]?.last == Price("40.50")!)
        #expect(state.alerts.firedCount == 1, "the live market fires its alerts while rewound")

        Dashboard.reduce(into: &state, action: .rewind(nil))
        #expect(state.shown == state.market && state.shownTime == TestDay.at("10:43"))
    }

    @Test func aRewindToFewerRowsKeepsTheSelectionInThem() {
        var state = DashboardState(source: "test")
        let symbols: [Symbol] = ["MWIDE", "PXP"]  // listings outside the PSEi
        state.receive(
            symbols.map { .reference(ReferenceData(subject: .security($0), previousClose: Price("10.00")!, date: TestDay.date)) })
        let before = DashboardState(source: "test").market
        Dashboard.reduce(into: &state, action: .key(.showView(1)))
        Dashboard.reduce(into: &state, action: .key(.end))
        let liveRows = state.rowCount
        #expect(state.ui.view == .all && state.ui.selected == liveRows - 1)
        Dashboard.reduce(into: &state, action: .rewind(Rewind(at: TestDay.at("09:00"), market: before)))
        #expect(state.rowCount < liveRows && state.ui.selected == state.rowCount - 1)
    }
}
