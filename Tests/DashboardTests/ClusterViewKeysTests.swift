import Dashboard
import MarketData
import Testing

/// `K` shows the Kafka view instead of the table (and hides the heatmap, brokers and alerts), `K` or Esc goes back,
/// a stock's screen ignores it; the consumer's reports are kept as they arrive.
@Suite struct ClusterViewKeysTests {
    static func press(_ keys: KeyCommand..., in state: inout DashboardState) {
        for key in keys { Dashboard.reduce(into: &state, action: .key(key)) }
    }

    @Test func kShowsTheKafkaViewInsteadOfTheOtherScreens() {
        var state = DashboardState(source: "test")
        Self.press(.toggleHeatmap, .toggleCluster, in: &state)
        #expect(state.ui.clusterShown && !state.ui.heatmapShown)
        Self.press(.toggleBrokers, in: &state)
        #expect(!state.ui.clusterShown && state.ui.brokersShown)
        Self.press(.toggleCluster, .toggleAlerts, in: &state)
        #expect(!state.ui.clusterShown && state.ui.alertsShown)
        Self.press(.toggleCluster, .toggleCluster, in: &state)
        #expect(!state.ui.clusterShown && !state.ui.alertsShown && !state.ui.brokersShown && !state.ui.heatmapShown)
        Self.press(.toggleCluster, .dismiss, in: &state)
        #expect(!state.ui.clusterShown)
    }

    @Test func theKafkaViewOpensNoAlertFormAndNoStock() {
        var state = DashboardState(source: "test")
        Dashboard.reduce(
            into: &state,
            action: .records(
                [
                    .success(
                        .trade(Trade(symbol: "ALI", price: Price("31.00")!, quantity: Quantity(100), timestamp: 1_764_037_502_000, seq: 1)))
                ], receivedAt: 0))
        Self.press(.toggleCluster, .openAlertForm, .openStock, in: &state)
        #expect(state.ui.alertForm == nil && state.ui.stockScreen == nil)
        Self.press(.toggleCluster, .openAlertForm, in: &state)
        #expect(state.ui.alertForm != nil)
    }

    @Test func aStockScreenIgnoresK() {
        var state = DashboardState(source: "test")
        state.ui.stockScreen = "ALI"
        Self.press(.toggleCluster, in: &state)
        #expect(!state.ui.clusterShown && state.ui.stockScreen == "ALI")
    }

    @Test func arrowsMoveTheSelectedPartitionWithinTheList() {
        var state = DashboardState(source: "test")
        let partitions = (0..<5).map { ClusterSnapshot.Partition(topic: "pse.trades", partition: Int32($0)) }
        Dashboard.reduce(into: &state, action: .cluster(ClusterSnapshot(partitions: partitions)))
        Self.press(.toggleCluster, .down, .down, in: &state)
        #expect(state.ui.clusterSelected == 2 && state.ui.selected == 0)
        Self.press(.end, in: &state)
        #expect(state.ui.clusterSelected == 4)
        Self.press(.down, .pageDown, in: &state)
        #expect(state.ui.clusterSelected == 4)
        Self.press(.up, .home, .up, in: &state)
        #expect(state.ui.clusterSelected == 0)
        // Back on the table the arrows move the table's selection again.
        Self.press(.toggleCluster, .down, in: &state)
        #expect(state.ui.clusterSelected == 0)
    }

    @Test func theNewestReportReplacesTheLast() {
        var state = DashboardState(source: "test")
        let first = ClusterSnapshot(partitions: [ClusterSnapshot.Partition(topic: "pse.trades", partition: 0, leader: 1)])
        var second = first
        second.partitions[0].leader = 2
        Dashboard.reduce(into: &state, action: .cluster(first))
        #expect(state.feed.cluster == first)
        Dashboard.reduce(into: &state, action: .cluster(second))
        #expect(state.feed.cluster?.partitions.first?.leader == 2)
    }
}
