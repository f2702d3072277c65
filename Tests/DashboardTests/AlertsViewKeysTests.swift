import Dashboard
import MarketData
import Testing

/// The `A` key: the alerts view instead of the table, one of the heatmap, the brokers and the alerts at a time,
/// Esc closes it, and the arrows and pages scroll the day's alerts within their count.
@Suite struct AlertsViewKeysTests {
    /// ALI trading at 21.99 then 22.01 … 22.09 each minute from 10:00, `count` minutes: each minute a fresh 'ALI above
    /// 22' alert (with no margin the rule re-arms below 22.00); 20 rows fit.
    static func state(alerts count: Int) -> DashboardState {
        var test = AlertTests(AlertRule(.last("ALI", .above(Price("22.00")!)), margin: 0))
        for minute in 0..<count {
            test.trade("21.99", at: "10:\(minute < 10 ? "0" : "")\(minute)")
            test.trade("22.0\(minute % 9 + 1)", at: "10:\(minute < 10 ? "0" : "")\(minute):30")
        }
        Dashboard.reduce(into: &test.state, action: .alertRows(20))
        return test.state
    }

    static func press(_ keys: KeyCommand..., in state: inout DashboardState) {
        for key in keys { Dashboard.reduce(into: &state, action: .key(key)) }
    }

    @Test func theSetUpFiresOneAlertATrade() {
        #expect(Self.state(alerts: 45).alerts.fired.count == 45)
    }

    @Test func aShowsTheAlertsInsteadOfTheHeatmapOrTheBrokersAndEscClosesIt() {
        var state = Self.state(alerts: 3)
        Self.press(.toggleHeatmap, .toggleAlerts, in: &state)
        #expect(state.ui.alertsShown && !state.ui.heatmapShown)
        Self.press(.toggleBrokers, in: &state)
        #expect(state.ui.brokersShown && !state.ui.alertsShown)
        Self.press(.toggleAlerts, .dismiss, in: &state)
        #expect(!state.ui.alertsShown && !state.ui.brokersShown && !state.ui.heatmapShown)
        Self.press(.toggleAlerts, .toggleAlerts, in: &state)
        #expect(!state.ui.alertsShown)
    }

    @Test func theArrowsAndPagesScrollWithinTheAlertsAndLeaveTheSelectionAlone() {
        var state = Self.state(alerts: 45)  // 45 alerts, 20 rows: scrolls 0…25
        let selected = state.ui.selected
        Self.press(.toggleAlerts, .down, .down, in: &state)
        #expect(state.ui.alertsScroll == 2)
        Self.press(.pageDown, in: &state)
        #expect(state.ui.alertsScroll == 22)
        Self.press(.pageDown, in: &state)
        #expect(state.ui.alertsScroll == 25)
        Self.press(.up, in: &state)
        #expect(state.ui.alertsScroll == 24)
        Self.press(.pageUp, .pageUp, in: &state)
        #expect(state.ui.alertsScroll == 0)
        Self.press(.end, in: &state)
        #expect(state.ui.alertsScroll == 25)
        Self.press(.home, in: &state)
        #expect(state.ui.alertsScroll == 0 && state.ui.selected == selected)
    }

    @Test func aTallerScreenPullsTheScrollBackSoTheLastPageStaysFull() {
        var state = Self.state(alerts: 45)
        Self.press(.toggleAlerts, .end, in: &state)
        Dashboard.reduce(into: &state, action: .alertRows(30))
        #expect(state.ui.alertsScroll == 15)
    }

    @Test func fewerAlertsThanRowsDoNotScroll() {
        var state = Self.state(alerts: 3)
        Self.press(.toggleAlerts, .down, .pageDown, .end, in: &state)
        #expect(state.ui.alertsScroll == 0)
    }

    @Test func searchAndTimeAndSalesWaitForTheTable() {
        var state = Self.state(alerts: 3)
        Self.press(.toggleAlerts, .startSearch, .toggleDetail, .openStock, in: &state)
        #expect(state.ui.search == nil && !state.ui.detailShown && state.ui.stockScreen == nil && state.ui.alertsShown)
    }

    @Test func onAStocksScreenAIsIgnored() {
        var state = Self.state(alerts: 3)
        Self.press(.openStock, .toggleAlerts, in: &state)
        #expect(state.ui.stockScreen != nil && !state.ui.alertsShown)
    }
}
