import Dashboard
import MarketData
import Rendering
import Testing

@Suite struct LayoutTests {
    @Test(arguments: [(39, 24), (80, 9), (10, 3), (0, 0)])
    func tooSmallShowsOneLineAndNeverCrashes(width: Int, height: Int) {
        let grid = Renderer.render(simulatedState(until: "10:00"), width: width, height: height, context: RenderContext())
        if width > 0 && height > 0 {
            #expect(FrameExport.text(grid).hasPrefix(String("terminal too small (needs 40×10)".prefix(width))))
        }
    }

    @Test func everyConstituentIsReachableAt80x24ByScrolling() {
        var state = simulatedState(until: "10:00")
        let layout = Renderer.Layout(width: 80, height: 24)
        Dashboard.reduce(into: &state, action: .tableRows(layout.stockRows))
        var seen = Set<String>()
        for _ in 0..<4 {
            let text = FrameExport.text(Renderer.render(state, width: 80, height: 24, context: RenderContext()))
            for line in text.split(separator: "\n") {
                let fields = line.dropFirst().split(separator: " ")
                if let symbol = fields.first, PSERules.constituent(Symbol(String(symbol)) ?? "X") != nil,
                   fields.contains(where: { $0.hasSuffix("%") }) {
                    seen.insert(String(symbol))
                }
            }
            Dashboard.reduce(into: &state, action: .key(.pageDown))
        }
        #expect(seen.count == 30)
    }

    @Test func wideTerminalsShowBidAskAndTradeCount() {
        let text = FrameExport.text(Renderer.render(simulatedState(until: "10:00"), width: 200, height: 60, context: RenderContext()))
        #expect(text.contains("BID") && text.contains("ASK") && text.contains("TRADES"))
        let narrow = FrameExport.text(Renderer.render(simulatedState(until: "10:00"), width: 120, height: 40, context: RenderContext()))
        #expect(!narrow.contains("TRADES"))
    }
}

@Suite struct OverlayTests {
    @Test func timeAndSalesListsTheSelectedStocksLatestTradesNewestFirst() throws {
        var state = simulatedState(until: "10:00")
        Dashboard.reduce(into: &state, action: .key(.toggleDetail))
        let text = FrameExport.text(Renderer.render(state, width: 120, height: 40, context: RenderContext()))
        #expect(text.contains("AC time & sales"))
        let newest = try #require(state.stocks["AC"]!.tape.trades.last)
        let firstTradeLine = try #require(text.split(separator: "\n").first { $0.contains(ManilaTime(epochMillis: newest.timestamp).clockText) })
        #expect(firstTradeLine.contains(newest.price.formatted(grouping: true)))
    }
}
