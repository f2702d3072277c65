import Dashboard
import Dispatch
import MarketData
import Rendering
import Synchronization
import Testing

/// The stock screen of every listing, the heatmap of the All view and the market's brokers, for the extreme state and for random
/// magnitudes up to the codec's bounds, at every size users run: every figure is a value of the state written out,
/// rounded or abbreviated, never digits cut from a different number or run into a neighbour.
@Suite struct ScreenNumberTests {
    static let states: [(name: String, state: DashboardState)] =
        [("extreme", ExtremeValueTests.extremeState())]
        + (1...5 as ClosedRange<UInt64>).map { ("seed \($0)", ExtremeValueTests.randomMagnitudeState(seed: $0)) }

    static func frame(_ state: DashboardState, width: Int, height: Int) -> String {
        FrameExport.text(Renderer.render(state, width: width, height: height, context: RenderContext()))
    }

    /// The stock screens are drawn and read on every core at once, then checked in order.
    @Test(arguments: ExtremeValueTests.sizes)
    func everyStockScreenExplainsEveryFigure(width: Int, height: Int) {
        let tapeRows = StockScreen.Layout(width: width, height: height).tapeRows
        // From 120 columns the brokers show above the halts; below, `b` puts them in the halts' place.
        let brokerPanels = width < 120 ? [false, true] : [false]
        let screens = Self.states.flatMap { name, state in
            state.market.symbols.flatMap { symbol in
                brokerPanels.map { brokers in
                    var screen = state
                    screen.ui.stockScreen = symbol
                    screen.ui.brokersShown = brokers
                    return (label: "\(name) \(symbol.code)", state: screen)
                }
            }
        }
        let read = Mutex([(frame: String, unexplained: [String])?](repeating: nil, count: screens.count))
        DispatchQueue.concurrentPerform(iterations: screens.count) { index in
            let frame = Self.frame(screens[index].state, width: width, height: height)
            let unexplained = ShownNumbers(screens[index].state, tapeRows: tapeRows).unexplained(in: frame)
            read.withLock { $0[index] = (frame, unexplained) }
        }
        for (screen, read) in zip(screens, read.withLock { $0 }) {
            let (frame, unexplained) = read!
            #expect(unexplained.isEmpty, "\(screen.label) \(width)x\(height):\n\(frame)")
        }
    }

    /// A quote from the smallest price to the largest: the book panel leaves out the spread's ticks rather than cut them.
    @Test(arguments: ExtremeValueTests.sizes)
    func aSpreadAcrossTheWholePriceRangeIsNeverCut(width: Int, height: Int) {
        var state = ExtremeValueTests.randomMagnitudeState(seed: 1)
        let symbol = state.market.symbols[0]
        let quote = Quote(
            symbol: symbol, bid: Price("0.0001")!, bidQuantity: 1, ask: Price("999999999.95")!, askQuantity: 1,
            timestamp: 1_795_577_534_000, seq: 2)
        Dashboard.reduce(into: &state, action: .records([.success(.quote(quote))], receivedAt: 0))
        state.ui.stockScreen = symbol
        let frame = Self.frame(state, width: width, height: height)
        let shown = ShownNumbers(state, tapeRows: StockScreen.Layout(width: width, height: height).tapeRows)
        #expect(shown.unexplained(in: frame).isEmpty, "\(width)x\(height):\n\(frame)")
        #expect(frame.contains("999,999,999.95"))
        let spreads = frame.split(separator: "\n").compactMap { line in line.range(of: "Spread ").map { line[$0.upperBound...] } }
        #expect(spreads.allSatisfy { !$0.contains("·") || $0.contains(" ticks") }, "ticks whole or left out")
    }

    @Test(arguments: ExtremeValueTests.sizes)
    func theMarketsBrokersExplainEveryFigure(width: Int, height: Int) {
        for (name, state) in Self.states {
            var brokers = state
            brokers.ui.brokersShown = true
            let frame = Self.frame(brokers, width: width, height: height)
            #expect(frame.contains("Brokers"))
            #expect(ShownNumbers(brokers).unexplained(in: frame).isEmpty, "\(name) \(width)x\(height):\n\(frame)")
        }
    }

    @Test(arguments: ExtremeValueTests.sizes)
    func theHeatmapOfTheAllViewExplainsEveryFigure(width: Int, height: Int) {
        for (name, state) in Self.states {
            var heatmap = state
            heatmap.ui.view = .all
            heatmap.ui.heatmapShown = true
            let frame = Self.frame(heatmap, width: width, height: height)
            #expect(ShownNumbers(heatmap).unexplained(in: frame).isEmpty, "\(name) \(width)x\(height):\n\(frame)")
        }
    }
}
