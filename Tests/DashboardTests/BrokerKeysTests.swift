import Dashboard
import MarketData
import Testing

/// `b`: the market's brokers instead of the table (one of it and the heatmap at a time), and on a stock's screen its
/// brokers in place of its halts, without leaving the screen; Esc closes the stock screen first, then the brokers.
@Suite struct BrokerKeysTests {
    var state = DashboardState(source: "test")

    mutating func press(_ keys: KeyCommand...) {
        for key in keys { Dashboard.reduce(into: &state, action: .key(key)) }
    }

    @Test mutating func bShowsTheMarketsBrokersInsteadOfTheHeatmapAndEscClosesThem() {
        press(.toggleHeatmap, .toggleBrokers)
        #expect(state.ui.brokersShown && !state.ui.heatmapShown)
        press(.toggleHeatmap)
        #expect(!state.ui.brokersShown && state.ui.heatmapShown)
        press(.toggleBrokers, .dismiss)
        #expect(!state.ui.brokersShown && !state.ui.heatmapShown)
    }

    @Test mutating func onAStocksScreenBTogglesItsBrokersAndEscReturnsToTheMarketsBrokers() {
        press(.toggleBrokers, .openStock)
        #expect(state.ui.stockScreen == "AC" && state.ui.brokersShown)
        press(.toggleBrokers)
        #expect(state.ui.stockScreen == "AC" && !state.ui.brokersShown)
        press(.toggleBrokers, .dismiss)
        #expect(state.ui.stockScreen == nil && state.ui.brokersShown)
        press(.dismiss)
        #expect(!state.ui.brokersShown)
    }
}
