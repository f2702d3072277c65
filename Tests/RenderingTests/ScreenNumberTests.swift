import Dashboard
import MarketData
import Rendering
import Testing

/// The stock screen of every listing and the heatmap of the All view, for the extreme state and for random
/// magnitudes up to the codec's bounds, at every size users run: every figure is a value of the state written out,
/// rounded or abbreviated, never digits cut from a different number or run into a neighbour.
@Suite struct ScreenNumberTests {
    static let states: [(name: String, state: DashboardState)] =
        [("extreme", ExtremeValueTests.extremeState())]
        + (1...5 as ClosedRange<UInt64>).map { ("seed \($0)", ExtremeValueTests.randomMagnitudeState(seed: $0)) }

    static func frame(_ state: DashboardState, width: Int, height: Int) -> String {
        FrameExport.text(Renderer.render(state, width: width, height: height, context: RenderContext()))
    }

    @Test(arguments: ExtremeValueTests.sizes)
    func everyStockScreenExplainsEveryFigure(width: Int, height: Int) {
        for (name, state) in Self.states {
            let tapeRows = StockScreen.Layout(width: width, height: height).tapeRows
            for symbol in state.market.symbols {
                var screen = state
                screen.ui.stockScreen = symbol
                let frame = Self.frame(screen, width: width, height: height)
                let shown = ShownNumbers(screen, tapeRows: tapeRows)
                #expect(shown.unexplained(in: frame).isEmpty, "\(name) \(symbol.code) \(width)x\(height):\n\(frame)")
            }
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
