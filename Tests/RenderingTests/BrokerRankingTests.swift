import Dashboard
import GoldenFiles
import MarketData
import Rendering
import Testing

/// The brokers: the market's screen (`b` on the table) and the stock screen's panel, as golden frames at the sizes
/// users run, and what they show on hand-built ledgers.
@Suite struct BrokerRankingTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    static func frame(_ state: DashboardState, width: Int = 120, height: Int = 40, glyphs: Glyphs = .unicode) -> CellGrid {
        Renderer.render(state, width: width, height: height, context: RenderContext(glyphs: glyphs))
    }

    /// The figures of `text` no value of `state` explains, but for the feed's address and the countdown to the recess.
    static func unexplained(_ text: String, _ state: DashboardState, tapeRows: Int? = nil) -> [String] {
        ShownNumbers(state, tapeRows: tapeRows).unexplained(in: text).filter { $0 != "127.0.0.1:9092" && $0 != "1:00:01" }
    }

    static var marketScreen: DashboardState {
        var state = StockScreenTests.state
        Dashboard.reduce(into: &state, action: .key(.dismiss))
        Dashboard.reduce(into: &state, action: .key(.toggleBrokers))
        return state
    }

    @Test(arguments: sizes)
    func marketScreenFrame(size: (Int, Int)) throws {
        let grid = Self.frame(Self.marketScreen, width: size.0, height: size.1)
        let text = FrameExport.text(grid)
        #expect(text.contains("Brokers · whole market") && text.contains(" Buyers ") && text.contains(" Sellers "))
        #expect(Self.unexplained(text, Self.marketScreen).isEmpty, "\(text)")
        try assertSnapshot(text, named: "brokers-\(size.0)x\(size.1).txt")
        try assertSnapshot(RoleMap.text(grid), named: "brokers-\(size.0)x\(size.1).roles.txt")
    }

    /// With `b` the stock's brokers take the place of its halts beside time & sales, at every size.
    @Test(arguments: sizes)
    func stockScreenWithBrokersFrame(size: (Int, Int)) throws {
        var state = StockScreenTests.state
        Dashboard.reduce(into: &state, action: .key(.toggleBrokers))
        let grid = Self.frame(state, width: size.0, height: size.1)
        let text = FrameExport.text(grid)
        #expect(text.contains("Brokers") && !text.contains("Halts & notices"))
        let tapeRows = StockScreen.Layout(width: size.0, height: size.1).tapeRows
        #expect(Self.unexplained(text, state, tapeRows: tapeRows).isEmpty, "\(text)")
        try assertSnapshot(text, named: "stock-brokers-\(size.0)x\(size.1).txt")
        try assertSnapshot(RoleMap.text(grid), named: "stock-brokers-\(size.0)x\(size.1).roles.txt")
    }

    @Test func fromOneHundredAndTwentyColumnsTheStockScreenShowsBrokersAboveHaltsAndBelowOnlyHalts() {
        for (width, height) in Self.sizes {
            let text = FrameExport.text(Self.frame(StockScreenTests.state, width: width, height: height))
            #expect(text.contains("Halts & notices"))
            #expect(text.contains("─ Brokers · F foreign ─") == (width >= 120), "\(width)x\(height)")
        }
    }

    @Test func bTogglesTheMarketScreenEscClosesItAndTheHeatmapReplacesIt() {
        var state = Self.marketScreen
        #expect(FrameExport.text(Self.frame(state)).contains("Brokers · whole market"))
        Dashboard.reduce(into: &state, action: .key(.toggleHeatmap))
        #expect(state.ui.heatmapShown && !state.ui.brokersShown)
        Dashboard.reduce(into: &state, action: .key(.toggleBrokers))
        #expect(!state.ui.heatmapShown && state.ui.brokersShown)
        Dashboard.reduce(into: &state, action: .key(.dismiss))
        #expect(!state.ui.brokersShown && !FrameExport.text(Self.frame(state)).contains("Brokers"))
    }

    /// A hand-built day: the figures of each line, worked out by hand, in their columns and roles.
    @Test func eachLineShowsCodeForeignMarkNetBoughtSoldTradesAndShare() throws {
        var state = DashboardState(source: "test")
        let trades = [
            Trade(
                symbol: "ALI", price: Price("30.00")!, quantity: 1_000, timestamp: 1_795_577_533_000, seq: 1, buyer: "COL", seller: "BDO"),
            Trade(
                symbol: "ALI", price: Price("30.50")!, quantity: 2_000, timestamp: 1_795_577_533_000, seq: 2, buyer: "XMB", seller: "COL",
                foreign: .buy),
        ]
        Dashboard.reduce(into: &state, action: .records(trades.map { .success(.trade($0)) }, receivedAt: 0))
        Dashboard.reduce(into: &state, action: .key(.toggleBrokers))
        let grid = Self.frame(state, width: 80, height: 24)
        let lines = FrameExport.text(grid).split(separator: "\n").map(String.init)
        // Turnover 91,000: XMB bought 61,000 (33.5% of both sides); COL bought 30,000 and sold 61,000 (50.0%).
        let xmb = try #require(lines.firstIndex { $0.contains(" XMB F") })
        #expect(lines[xmb].contains(" XMB F ₱+61.00K ₱61.00K      ₱0      1  33.5%"), "\(lines[xmb])")
        let col = try #require(lines.firstIndex { $0.contains(" COL ") })
        #expect(lines[col].contains(" COL   ₱−31.00K ₱30.00K ₱61.00K      2  50.0%"), "\(lines[col])")
        let netColumn = try #require(lines[xmb].range(of: "₱+61.00K")).lowerBound.utf16Offset(in: lines[xmb])
        #expect(grid[netColumn, xmb].role == .up && grid[netColumn, col].role == .down)
        let mark = try #require(lines[xmb].range(of: "XMB F")).upperBound.utf16Offset(in: lines[xmb]) - 1
        #expect(grid[mark, xmb].role == .header)
    }

    @Test func aDayWithoutBrokerCodesSaysSo() {
        var state = simulatedState(until: "09:00")
        Dashboard.reduce(into: &state, action: .key(.toggleBrokers))
        #expect(FrameExport.text(Self.frame(state)).contains("No broker codes on the trades yet"))
    }

    @Test func brokersBeyondTheCapCloseTheListAsOthers() {
        var state = DashboardState(source: "test")
        let trades = (1...BrokerLedgers.capacity + 1).map {
            Trade(
                symbol: "ALI", price: Price("10.00")!, quantity: 100, timestamp: 1_795_577_533_000, seq: Int64($0),
                buyer: BrokerCode("B\($0)"),
                seller: "S")
        }
        Dashboard.reduce(into: &state, action: .records(trades.map { .success(.trade($0)) }, receivedAt: 0))
        Dashboard.reduce(into: &state, action: .key(.toggleBrokers))
        let text = FrameExport.text(Self.frame(state))
        #expect(text.contains(" Others: bought ₱2.00K, sold ₱0 in 2 trades"), "\(text)")
    }

    @Test func asciiFramesHaveNoUnicode() {
        var stock = StockScreenTests.state
        Dashboard.reduce(into: &stock, action: .key(.toggleBrokers))
        for state in [Self.marketScreen, stock] {
            #expect(FrameExport.text(Self.frame(state, glyphs: .ascii)).unicodeScalars.allSatisfy { $0.isASCII })
        }
    }
}
